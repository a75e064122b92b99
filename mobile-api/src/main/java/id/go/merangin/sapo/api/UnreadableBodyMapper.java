package id.go.merangin.sapo.api;

import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.servlet.http.HttpServletRequest;
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

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ProcessingException e) {
        ProblemCode code = tooBig(e) ? ProblemCode.PAYLOAD_TOO_LARGE : ProblemCode.MALFORMED_JSON;
        CheckInAdmission.answered(request, code);
        return Problems.of(code, Map.of(), headers);
    }

    private static boolean tooBig(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("RequestTooBigException")) {
                return true;
            }
        }
        return false;
    }
}
