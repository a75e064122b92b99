package id.go.merangin.sapo.api;

import id.go.merangin.sapo.shared.ProblemCode;
import id.go.merangin.sapo.shared.ProblemMessages;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the RFC 9457 {@code application/problem+json} answers of the API from a {@link ProblemCode}: the code and
 * its status, a {@code title} fixed for the code (the same for every occurrence), a {@code detail} that is the
 * code's message with this occurrence's details filled in, in the caller's language (Indonesian unless
 * {@code Accept-Language} asks for English), and the problem's details as fields of their own.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** Looked up once: {@code Json.createObjectBuilder()} looks the JSON provider up again on every call. */
    private static final JsonBuilderFactory JSON = JsonProvider.provider().createBuilderFactory(Map.of());

    private Problems() {}

    /**
     * The answer for {@code code}: its status, and {@code Retry-After} from the {@code retryAfterS} detail or
     * {@code WWW-Authenticate} when the code asks for them. The code (never the caller) chooses the status.
     */
    public static Response of(ProblemCode code, Map<String, Object> details, HttpHeaders headers) {
        Response.ResponseBuilder answer =
                Response.status(code.status()).type(MEDIA_TYPE).entity(json(code, details, locale(headers)));
        if (code.unauthenticated()) {
            answer.header("WWW-Authenticate", "Bearer realm=\"sapo\"");
        }
        if (code.retryLater() && details.get("retryAfterS") instanceof Number seconds) {
            answer.header("Retry-After", seconds.longValue());
        }
        return answer.build();
    }

    /** The problem as JSON text, for answers written outside JAX-RS (see {@link CheckInAdmission}). */
    static String json(ProblemCode code, Map<String, Object> details, Locale locale) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "urn:sapo:problem:" + code.name())
                .add("title", ProblemMessages.title(code, locale))
                .add("status", code.status())
                .add("code", code.name())
                .add("detail", ProblemMessages.message(code, details, locale));
        details.forEach((name, value) -> add(body, name, value));
        if (details.containsKey("locationId")) {
            body.add(
                    "location",
                    JSON.createObjectBuilder()
                            .add("id", ((Number) details.get("locationId")).longValue())
                            .add("name", String.valueOf(details.get("locationName"))));
        }
        return body.build().toString();
    }

    private static void add(JsonObjectBuilder body, String name, Object value) {
        if (value instanceof Integer || value instanceof Long) {
            body.add(name, ((Number) value).longValue());
        } else if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            body.add(name, number.doubleValue());
        } else if (value instanceof Boolean bool) {
            body.add(name, bool);
        } else if (value != null) {
            body.add(name, value.toString());
        }
    }

    static Locale locale(HttpHeaders headers) {
        return locale(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** English when asked for before Indonesian, otherwise Indonesian; {@code wanted} in order of preference. */
    static Locale locale(List<Locale> wanted) {
        for (Locale locale : wanted) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage())) {
                return INDONESIAN;
            }
        }
        return INDONESIAN;
    }
}
