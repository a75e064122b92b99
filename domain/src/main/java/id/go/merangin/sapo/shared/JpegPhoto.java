package id.go.merangin.sapo.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * A camera photo as SAPO accepts it: a whole JPEG (not a PNG with a JPEG name, not random bytes, not cut short), no
 * larger than a byte limit, with a sane pixel size. The structure is checked without decoding the pixels (see
 * {@link JpegStructure}): cheap enough for the morning rush, and a small file claiming a huge picture costs
 * nothing. The SHA-256 of the bytes lets a reused photo be recognised.
 */
public record JpegPhoto(byte[] bytes, int width, int height, String sha256) {
    public static final int MIN_SIDE_PX = 64;
    public static final int MAX_SIDE_PX = 4096;

    public JpegPhoto {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Validates {@code bytes} as a JPEG of at most {@code maxBytes}; throws {@code PHOTO_TOO_LARGE},
     * {@code PHOTO_NOT_JPEG} or {@code INVALID_PHOTO} otherwise. */
    public static JpegPhoto of(byte[] bytes, int maxBytes) {
        return of(bytes, maxBytes, null);
    }

    /**
     * As {@link #of(byte[], int)}, with {@link #sha256(byte[]) the SHA-256} of {@code bytes} worked out already by
     * the caller ({@code null}: not yet), so that a check-in hashes its selfie once.
     */
    public static JpegPhoto of(byte[] bytes, int maxBytes, String sha256) {
        if (bytes == null || bytes.length == 0) {
            throw invalid("the photo is empty", "EMPTY");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException(
                    ProblemCode.PHOTO_TOO_LARGE,
                    "the photo has " + bytes.length + " bytes, more than " + maxBytes,
                    Map.of("reason", "TOO_LARGE", "maxBytes", maxBytes, "bytes", bytes.length));
        }
        if (bytes.length < 3 || (bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xFF) != 0xD8 || (bytes[2] & 0xFF) != 0xFF) {
            throw notJpeg("the photo is not a JPEG");
        }
        int[] size;
        try {
            size = JpegStructure.size(bytes);
        } catch (IllegalArgumentException e) {
            throw notJpeg("the photo is not a whole JPEG: " + e.getMessage());
        }
        int width = size[0];
        int height = size[1];
        if (width < MIN_SIDE_PX || height < MIN_SIDE_PX || width > MAX_SIDE_PX || height > MAX_SIDE_PX) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_PHOTO,
                    "the photo is " + width + "x" + height + " pixels",
                    Map.of("reason", "PIXEL_SIZE", "width", width, "height", height));
        }
        return new JpegPhoto(bytes, width, height, sha256 == null ? sha256(bytes) : sha256);
    }

    private static InvalidInputException invalid(String message, String reason) {
        return new InvalidInputException(ProblemCode.INVALID_PHOTO, message, Map.of("reason", reason));
    }

    private static InvalidInputException notJpeg(String message) {
        return new InvalidInputException(ProblemCode.PHOTO_NOT_JPEG, message, Map.of("reason", "NOT_JPEG"));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
