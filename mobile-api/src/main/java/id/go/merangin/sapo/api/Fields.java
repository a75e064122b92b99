package id.go.merangin.sapo.api;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Reading the fields of a request body: present, of the right form, or a 400 problem naming the field. */
public final class Fields {

    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    private Fields() {}

    public static <T> T required(T value, String field) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new InvalidInputException(ProblemCode.MISSING_FIELD, field + " is required", Map.of("field", field));
        }
        return value;
    }

    public static String text(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw invalid(field);
        }
        return value;
    }

    public static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(required(value, field));
        } catch (DateTimeParseException e) {
            throw invalid(field);
        }
    }

    /** A time of day as {@code HH:mm}, or {@code null} when none is given. */
    public static LocalTime timeOrNull(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value, DateTimeFormatter.ofPattern("HH:mm"));
        } catch (DateTimeParseException e) {
            throw invalid(field);
        }
    }

    public static Instant instantOrNull(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(field);
        }
    }

    /** A base64 photo's bytes; {@code null} stays null (the service decides whether a photo is required). */
    public static byte[] photo(String base64) {
        return base64 == null
                ? null
                : base64(
                        base64,
                        () -> new InvalidInputException(
                                ProblemCode.INVALID_PHOTO, "photo is not base64", Map.of("reason", "NOT_BASE64")));
    }

    /** A base64 attachment's bytes; {@code null} stays null (an attachment is optional). */
    public static byte[] attachment(String base64) {
        return base64 == null
                ? null
                : base64(
                        base64,
                        () -> new InvalidInputException(
                                ProblemCode.INVALID_ATTACHMENT,
                                "attachment is not base64",
                                Map.of("reason", "NOT_BASE64")));
    }

    /**
     * Decodes base64, also as some clients wrap it (with line breaks). The common unwrapped case is decoded at once,
     * without a scan of its characters first: a selfie is some 40,000 of them on every check-in, and the scan cost
     * more than the decoding.
     */
    private static byte[] base64(String base64, Supplier<InvalidInputException> invalid) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notPlain) {
            String unwrapped = WHITESPACE.matcher(base64).replaceAll("");
            if (unwrapped.length() == base64.length()) {
                throw invalid.get();
            }
            try {
                return Base64.getDecoder().decode(unwrapped);
            } catch (IllegalArgumentException e) {
                throw invalid.get();
            }
        }
    }

    /** A stable code of {@code type} (case-insensitive), or {@code errorCode} naming the field. */
    public static <E extends Enum<E>> E code(String value, Class<E> type, String field, ProblemCode errorCode) {
        try {
            return Enum.valueOf(type, required(value, field).strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(errorCode, "unknown " + field, Map.of("field", field));
        }
    }

    public static InvalidInputException invalid(String field) {
        return new InvalidInputException(ProblemCode.INVALID_FIELD, field + " is not valid", Map.of("field", field));
    }
}
