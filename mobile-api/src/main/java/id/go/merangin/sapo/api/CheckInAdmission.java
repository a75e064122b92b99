package id.go.merangin.sapo.api;

import id.go.merangin.sapo.platform.SapoMetrics;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the morning rush from drowning the server: at most {@code sapo.checkin.max-concurrent} attendance writes
 * run at once, at most {@code sapo.checkin.max-queue} more wait (each at most {@code sapo.checkin.max-wait-ms}) in
 * arrival order, and anything beyond is answered at once with a 503 {@code SERVER_BUSY} problem and a
 * {@code Retry-After} of {@code sapo.checkin.retry-after-s} to twice that (spread, so that refused phones do not
 * all come back in the same second). A refused request is turned away before its body is read, so it has changed
 * nothing; an admitted one runs to its commit as usual. Without this, requests pile up in the server's queues,
 * every answer slows down and phones time out on check-ins that were in fact recorded.
 *
 * <p>The number at once is the one that keeps the server's cores busy between WildFly and PostgreSQL without the
 * contention of more; the queue is short enough to be a fraction of a second of work, long enough to ride out a pause
 * of the collector or the disk without turning anyone away (the README's hot-path section gives the measurements).
 *
 * <p>It is also where the check-in is measured ({@link SapoMetrics}): every answer counted by outcome and problem
 * code (handed over by the exception mappers through {@link #answered}), its time from arrival to answer with the
 * wait for a permit, and the gate's running and waiting counts.
 */
@WebFilter(urlPatterns = "/v1/attendance", asyncSupported = true)
public class CheckInAdmission extends HttpFilter {
    /** The request attribute that marks a check-in being measured. */
    static final String MEASURED = CheckInAdmission.class.getName() + ".measured";
    /** The request attribute with the code of the problem a check-in was answered with. */
    static final String PROBLEM_CODE = CheckInAdmission.class.getName() + ".problemCode";

    @Inject
    @ConfigProperty(name = "sapo.checkin.max-concurrent", defaultValue = "6")
    int maxConcurrent;

    @Inject
    @ConfigProperty(name = "sapo.checkin.max-queue", defaultValue = "64")
    int maxQueue;

    @Inject
    @ConfigProperty(name = "sapo.checkin.max-wait-ms", defaultValue = "1000")
    long maxWaitMillis;

    @Inject
    @ConfigProperty(name = "sapo.checkin.retry-after-s", defaultValue = "5")
    int retryAfterSeconds;

    @Inject
    SapoMetrics metrics;

    private AdmissionGate gate;

    @Override
    public void init() {
        gate = new AdmissionGate(maxConcurrent, maxQueue, maxWaitMillis);
        metrics.admission(gate, AdmissionGate::running, AdmissionGate::waiting);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long arrived = System.nanoTime();
        request.setAttribute(MEASURED, Boolean.TRUE);
        try {
            if (!gate.enter()) {
                refuse(request, response);
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                gate.leave();
            }
        } finally {
            int status = response.getStatus();
            ProblemCode code = (ProblemCode) request.getAttribute(PROBLEM_CODE);
            metrics.checkInAnswered(status, code == null ? null : code.name());
            metrics.checkInTook(System.nanoTime() - arrived);
        }
    }

    /**
     * Notes the code a request was answered with, for the count of check-ins by code; a request that is not a
     * measured check-in is left alone. A JAX-RS request's properties are its servlet request's attributes.
     */
    static void answered(HttpServletRequest request, ProblemCode code) {
        if (request != null && request.getAttribute(MEASURED) != null) {
            request.setAttribute(PROBLEM_CODE, code);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(PROBLEM_CODE, ProblemCode.SERVER_BUSY);
        int retryAfter = retryAfterSeconds + ThreadLocalRandom.current().nextInt(retryAfterSeconds + 1);
        byte[] body = Problems.json(
                        ProblemCode.SERVER_BUSY,
                        Map.of("retryAfterS", retryAfter),
                        Problems.locale(
                                request.getHeader("Accept-Language") == null
                                        ? List.of()
                                        : Collections.list(request.getLocales())))
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(503);
        response.setHeader("Retry-After", Integer.toString(retryAfter));
        response.setContentType(Problems.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
