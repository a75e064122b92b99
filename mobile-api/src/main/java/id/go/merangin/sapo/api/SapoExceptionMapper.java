package id.go.merangin.sapo.api;

import id.go.merangin.sapo.files.Attachment;
import id.go.merangin.sapo.shared.AccessDeniedException;
import id.go.merangin.sapo.shared.AuthenticationException;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.JpegPhoto;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.SapoException;
import id.go.merangin.sapo.shared.TooManyRequestsException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** SAPO's business exceptions as problems: the class says the HTTP status, the code says the rest. */
@Provider
public class SapoExceptionMapper implements ExceptionMapper<SapoException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(SapoException e) {
        Response response = Problems.of(status(e), e.code(), e.details(), headers);
        if (e instanceof AuthenticationException) {
            return Response.fromResponse(response)
                    .header("WWW-Authenticate", "Bearer realm=\"sapo\"")
                    .build();
        }
        if (e instanceof TooManyRequestsException tooMany) {
            return Response.fromResponse(response)
                    .header("Retry-After", tooMany.retryAfterSeconds())
                    .build();
        }
        return response;
    }

    static int status(SapoException e) {
        if (JpegPhoto.INVALID_PHOTO.equals(e.code())) {
            Object reason = e.details().get("reason");
            return "NOT_JPEG".equals(reason) ? 415 : "TOO_LARGE".equals(reason) ? 413 : 422;
        }
        if (Attachment.INVALID_ATTACHMENT.equals(e.code())) {
            Object reason = e.details().get("reason");
            return "UNSUPPORTED_TYPE".equals(reason) ? 415 : "TOO_LARGE".equals(reason) ? 413 : 422;
        }
        if (e instanceof InvalidInputException) {
            return 400;
        }
        if (e instanceof AuthenticationException) {
            return 401;
        }
        if (e instanceof AccessDeniedException) {
            return 403;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        if (e instanceof TooManyRequestsException) {
            return 429;
        }
        return 422;
    }
}
