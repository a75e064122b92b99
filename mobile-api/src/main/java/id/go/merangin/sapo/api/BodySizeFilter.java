package id.go.merangin.sapo.api;

import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Refuses a body larger than any request needs (a 1 MB attachment in base64 and some JSON) before it is read.
 * Undertow's own limit on the listener stops bodies sent without a length.
 */
@Provider
@PreMatching
public class BodySizeFilter implements ContainerRequestFilter {

    static final long MAX_BODY_BYTES = 2 * 1024 * 1024;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BODY_BYTES) {
            if (request.getProperty(CheckInAdmission.MEASURED) != null) {
                request.setProperty(CheckInAdmission.PROBLEM_CODE, ProblemCode.PAYLOAD_TOO_LARGE);
            }
            request.abortWith(Problems.of(ProblemCode.PAYLOAD_TOO_LARGE, Map.of("maxBytes", MAX_BODY_BYTES), headers));
        }
    }
}
