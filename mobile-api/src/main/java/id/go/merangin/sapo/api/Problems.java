package id.go.merangin.sapo.api;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the RFC 9457 {@code application/problem+json} answers of the API: a stable {@code code}, the HTTP status,
 * a human message in the caller's language (Indonesian unless {@code Accept-Language} asks for English) and the
 * problem's details as fields of their own.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BUNDLE = "id.go.merangin.sapo.api.problems";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** Looked up once: {@code Json.createObjectBuilder()} looks the JSON provider up again on every call. */
    private static final JsonBuilderFactory JSON = JsonProvider.provider().createBuilderFactory(Map.of());

    private Problems() {}

    public static Response of(int status, String code, Map<String, Object> details, HttpHeaders headers) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(json(status, code, details, locale(headers)))
                .build();
    }

    /** The problem as JSON text, for answers written outside JAX-RS (see {@link CheckInAdmission}). */
    static String json(int status, String code, Map<String, Object> details, Locale locale) {
        String message = message(code, details, locale);
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "urn:sapo:problem:" + code)
                .add("title", message)
                .add("status", status)
                .add("code", code)
                .add("detail", message);
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

    static String message(String code, Map<String, Object> details, Locale locale) {
        String template;
        try {
            template = ResourceBundle.getBundle(BUNDLE, locale, Problems.class.getClassLoader())
                    .getString(code);
        } catch (MissingResourceException e) {
            template = code;
        }
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            Object value = details.get(placeholder.group(1));
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        placeholder.appendTail(text);
        return text.toString().strip();
    }
}
