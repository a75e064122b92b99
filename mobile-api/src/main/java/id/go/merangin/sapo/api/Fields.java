package id.go.merangin.sapo.api;

import id.go.merangin.sapo.files.Attachment;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.JpegPhoto;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;

/** Reading the fields of a request body: present, of the right form, or a 400 problem naming the field. */
public final class Fields {

    private Fields() {
    }

    public static <T> T required(T value, String field) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new InvalidInputException("MISSING_FIELD", field + " is required", Map.of("field", field));
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
        if (base64 == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(withoutWhitespace(base64));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(JpegPhoto.INVALID_PHOTO, "photo is not base64",
                    Map.of("reason", "NOT_BASE64"));
        }
    }

    /** Base64 as some clients wrap it; the common unwrapped case is returned as it is, without a copy. */
    private static String withoutWhitespace(String base64) {
        for (int i = 0; i < base64.length(); i++) {
            if (Character.isWhitespace(base64.charAt(i))) {
                return base64.replaceAll("\\s", "");
            }
        }
        return base64;
    }

    /** A base64 attachment's bytes; {@code null} stays null (an attachment is optional). */
    public static byte[] attachment(String base64) {
        if (base64 == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(withoutWhitespace(base64));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Attachment.INVALID_ATTACHMENT, "attachment is not base64",
                    Map.of("reason", "NOT_BASE64"));
        }
    }

    /** A stable code of {@code type} (case-insensitive), or {@code errorCode} naming the field. */
    public static <E extends Enum<E>> E code(String value, Class<E> type, String field, String errorCode) {
        try {
            return Enum.valueOf(type, required(value, field).strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(errorCode, "unknown " + field, Map.of("field", field));
        }
    }

    public static InvalidInputException invalid(String field) {
        return new InvalidInputException("INVALID_FIELD", field + " is not valid", Map.of("field", field));
    }
}
