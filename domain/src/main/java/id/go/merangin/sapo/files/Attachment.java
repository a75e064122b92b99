package id.go.merangin.sapo.files;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.JpegPhoto;
import id.go.merangin.sapo.shared.ProblemCode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A document an ASN attaches to a request (a doctor's letter, a signed leave form, a travel order): a PDF, or a
 * JPEG photo of the paper, of at most {@link #MAX_BYTES}. The kind is read from the bytes themselves, never from a
 * name or a claimed content type: a PDF starts with {@code %PDF-}, a JPEG must pass {@link JpegPhoto}'s checks.
 * Anything else is refused, so the admin who opens an attachment only ever opens one of these two kinds.
 */
public record Attachment(byte[] bytes, String contentType, String sha256) {
    public static final int MAX_BYTES = 1024 * 1024;
    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    public Attachment {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * Validates {@code bytes} as a PDF or a JPEG of at most {@code maxBytes}; throws {@code ATTACHMENT_TOO_LARGE},
     * {@code ATTACHMENT_UNSUPPORTED_TYPE}, or {@code INVALID_ATTACHMENT} (reason {@code EMPTY} or {@code PIXEL_SIZE}).
     */
    public static Attachment of(byte[] bytes, int maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw invalid("the attachment is empty", "EMPTY");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException(
                    ProblemCode.ATTACHMENT_TOO_LARGE,
                    "the attachment has " + bytes.length + " bytes, more than " + maxBytes,
                    Map.of("reason", "TOO_LARGE", "maxBytes", maxBytes, "bytes", bytes.length));
        }
        if (startsWith(bytes, PDF_SIGNATURE)) {
            return new Attachment(bytes, PDF, JpegPhoto.sha256(bytes));
        }
        JpegPhoto photo;
        try {
            photo = JpegPhoto.of(bytes, maxBytes);
        } catch (InvalidInputException e) {
            if ("PIXEL_SIZE".equals(e.details().get("reason"))) {
                throw new InvalidInputException(ProblemCode.INVALID_ATTACHMENT, e.getMessage(), e.details());
            }
            throw new InvalidInputException(
                    ProblemCode.ATTACHMENT_UNSUPPORTED_TYPE,
                    "the attachment is neither a PDF nor a JPEG",
                    Map.of("reason", "UNSUPPORTED_TYPE"));
        }
        return new Attachment(bytes, JPEG, photo.sha256());
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static InvalidInputException invalid(String message, String reason) {
        return new InvalidInputException(ProblemCode.INVALID_ATTACHMENT, message, Map.of("reason", reason));
    }
}
