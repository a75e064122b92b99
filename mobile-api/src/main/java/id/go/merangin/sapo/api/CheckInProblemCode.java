package id.go.merangin.sapo.api;

import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;

/**
 * Hands the code of a refused check-in's problem to {@link CheckInAdmission}, which counts the check-in's answers
 * by code: a JAX-RS request's properties are its servlet request's attributes. Only check-ins are looked at.
 */
@Provider
public class CheckInProblemCode implements ContainerResponseFilter {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (request.getProperty(CheckInAdmission.MEASURED) != null
                && response.getEntity() instanceof String body
                && type != null
                && Problems.MEDIA_TYPE.equals(type.getType() + "/" + type.getSubtype())) {
            try (var reader = JSON.createReader(new StringReader(body))) {
                request.setProperty(
                        CheckInAdmission.PROBLEM_CODE, reader.readObject().getString("code", null));
            }
        }
    }
}
