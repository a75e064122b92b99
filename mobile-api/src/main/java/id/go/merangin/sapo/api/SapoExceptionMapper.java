package id.go.merangin.sapo.api;

import id.go.merangin.sapo.shared.SapoException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * SAPO's business exceptions as problems: a look-up of the exception's {@link id.go.merangin.sapo.shared.ProblemCode},
 * which alone says the status; its details become the answer's fields.
 */
@Provider
public class SapoExceptionMapper implements ExceptionMapper<SapoException> {

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(SapoException e) {
        CheckInAdmission.answered(request, e.code());
        return Problems.of(e.code(), e.details(), headers);
    }
}
