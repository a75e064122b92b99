package id.go.merangin.sapo.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.jboss.logging.Logger;

/** Anything else is SAPO's fault: logged in full, answered as a bare 500 problem that reveals nothing. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        LOG.error("Unexpected error answering a mobile API request", e);
        return Problems.of(500, "INTERNAL_ERROR", Map.of(), headers);
    }
}
