package id.go.merangin.sapo.api;

import id.go.merangin.sapo.platform.DatabaseOutage;
import id.go.merangin.sapo.platform.OutageLog;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Anything else: a database out of reach is answered 503 {@code DATABASE_UNAVAILABLE} with {@code Retry-After}
 * (the phone tries again with the same key; nothing was stored), logged by {@link OutageLog} in one line every
 * few seconds, never a stack trace per request; everything else is SAPO's fault, logged in full and answered as a
 * bare 500 problem that reveals nothing.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "sapo.outage.retry-after-s", defaultValue = "10")
    int retryAfterS;

    @Override
    public Response toResponse(Throwable e) {
        if (DatabaseOutage.causedBy(e)) {
            OutageLog.note("the mobile API", e);
            CheckInAdmission.answered(request, ProblemCode.DATABASE_UNAVAILABLE);
            return Problems.of(ProblemCode.DATABASE_UNAVAILABLE, Map.of("retryAfterS", retryAfterS), headers);
        }
        LOG.error("Unexpected error answering a mobile API request", e);
        CheckInAdmission.answered(request, ProblemCode.INTERNAL_ERROR);
        return Problems.of(ProblemCode.INTERNAL_ERROR, Map.of(), headers);
    }
}
