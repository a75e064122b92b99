package id.go.merangin.sapo.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The detail of an audit line as named facts ("date" 2026-03-02, "nip" 1987…), kept as a small JSON object so that
 * the screen can label each fact in the officer's language and write dates, months and percentages its own way.
 * Values are kept in their ISO form; a percentage as "1.25 %". Lines written before details were structured hold
 * plain text, which {@link #parse} gives back as one unnamed fact.
 */
public final class AuditDetail {

    /** One named fact; the name is {@code null} for the free text of an old line. */
    public record Field(String name, String value) implements java.io.Serializable {}

    private final Map<String, String> fields = new LinkedHashMap<>();

    private AuditDetail() {}

    public static AuditDetail of(String name, Object value) {
        return new AuditDetail().and(name, value);
    }

    /** Adds a fact; a {@code null} value is left out. */
    public AuditDetail and(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (value != null) {
            fields.put(name, value instanceof Enum<?> constant ? constant.name() : value.toString());
        }
        return this;
    }

    /** Adds the facts of {@code other}, after these. */
    public AuditDetail and(AuditDetail other) {
        fields.putAll(other.fields);
        return this;
    }

    /** Adds a percentage, kept as "1.25 %" so that it reads as one wherever it is shown. */
    public AuditDetail percent(String name, BigDecimal percent) {
        return percent == null ? this : and(name, percent.stripTrailingZeros().toPlainString() + " %");
    }

    /** The JSON kept in the log. */
    String json() {
        JsonObjectBuilder object = Json.createObjectBuilder();
        fields.forEach(object::add);
        return object.build().toString();
    }

    /** The facts of a stored detail, in the order written; the text of an old line as one unnamed fact. */
    public static List<Field> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        if (stored.startsWith("{")) {
            try (JsonReader reader = Json.createReader(new StringReader(stored))) {
                JsonObject object = reader.readObject();
                List<Field> parsed = new ArrayList<>();
                object.forEach((name, value) -> parsed.add(new Field(name, text(value))));
                return parsed;
            } catch (JsonParsingException | ClassCastException e) {
                // not one of ours: shown as written
            }
        }
        return List.of(new Field(null, stored));
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
