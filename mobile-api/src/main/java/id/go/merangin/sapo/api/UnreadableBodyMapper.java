package id.go.merangin.sapo.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * A body that cannot be read is the caller's error: larger than Undertow's limit (413), or malformed JSON, a string
 * where a number belongs (400).
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("RequestTooBigException")) {
                return Problems.of(413, "PAYLOAD_TOO_LARGE", Map.of(), headers);
            }
        }
        return Problems.of(400, "MALFORMED_JSON", Map.of(), headers);
    }
}
