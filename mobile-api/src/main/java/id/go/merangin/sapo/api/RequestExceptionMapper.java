package id.go.merangin.sapo.api;

import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAcceptableException;
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

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
        ProblemCode code = code(e);
        CheckInAdmission.answered(request, code);
        return Problems.of(code, Map.of(), headers);
    }

    /** The catalogue's code for what JAX-RS refused; its status is the code's. */
    static ProblemCode code(WebApplicationException e) {
        int status = e.getResponse() == null ? 400 : e.getResponse().getStatus();
        if (e instanceof NotFoundException) {
            return ProblemCode.NOT_FOUND;
        }
        if (e instanceof NotAllowedException) {
            return ProblemCode.METHOD_NOT_ALLOWED;
        }
        if (e instanceof NotAcceptableException) {
            return ProblemCode.NOT_ACCEPTABLE;
        }
        if (e instanceof NotSupportedException) {
            return ProblemCode.UNSUPPORTED_MEDIA_TYPE;
        }
        if (status == 413) {
            return ProblemCode.PAYLOAD_TOO_LARGE;
        }
        if (status >= 500) {
            return ProblemCode.INTERNAL_ERROR;
        }
        return ProblemCode.MALFORMED_JSON;
    }
}
