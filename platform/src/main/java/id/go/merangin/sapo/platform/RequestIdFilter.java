package id.go.merangin.sapo.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id that its answer carries ({@code X-Request-Id}) and every log line of that request shows
 * ({@code requestId} in the logging MDC: {@code %X{requestId}} in the text log, a field of the JSON log). A phone's
 * problem report or an officer's complaint that quotes it leads straight to the log lines of that one request.
 *
 * <p>An id set by the regency's reverse proxy or load balancer (HAProxy's {@code unique-id-header}) is kept, so that
 * its log and SAPO's agree, if it looks like an id: at most 64 letters, digits, dots, dashes and underscores;
 * anything else is replaced, as a header may carry anything. Each WAR maps this filter first in its
 * {@code web.xml} (a filter in the EAR's {@code lib/} is not scanned).
 */
public class RequestIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = idOf(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        Object previous = MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }

    /** The id a request goes by: the one it came with when that looks like an id, a new random one otherwise. */
    static String idOf(String given) {
        if (given != null && ACCEPTABLE.matcher(given).matches()) {
            return given;
        }
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
