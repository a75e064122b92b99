package id.go.merangin.sapo.api;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** What JAX-RS itself refuses (unknown path, wrong method or media type, unreadable body), as problems. */
@Provider
public class RequestExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 400 : e.getResponse().getStatus();
        String code;
        if (e instanceof NotFoundException) {
            code = "NOT_FOUND";
        } else if (e instanceof NotAllowedException) {
            code = "METHOD_NOT_ALLOWED";
        } else if (e instanceof NotSupportedException) {
            code = "UNSUPPORTED_MEDIA_TYPE";
        } else if (status == 413) {
            code = "PAYLOAD_TOO_LARGE";
        } else if (status >= 500) {
            return Problems.of(500, "INTERNAL_ERROR", Map.of(), headers);
        } else {
            code = "MALFORMED_JSON";
        }
        return Problems.of(status, code, Map.of(), headers);
    }
}
