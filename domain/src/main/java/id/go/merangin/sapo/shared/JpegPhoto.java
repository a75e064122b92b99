package id.go.merangin.sapo.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A camera photo as SAPO accepts it: real JPEG data (not a PNG with a JPEG name, not random bytes), no larger than
 * a byte limit, with a sane pixel size, checked from the header before the pixels are decoded so that a small file
 * claiming a huge picture cannot exhaust memory. The SHA-256 of the bytes lets a reused photo be recognised.
 */
public record JpegPhoto(byte[] bytes, int width, int height, String sha256) {

    public static final String INVALID_PHOTO = "INVALID_PHOTO";
    public static final int MIN_SIDE_PX = 64;
    public static final int MAX_SIDE_PX = 4096;

    public JpegPhoto {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Validates {@code bytes} as a JPEG of at most {@code maxBytes}; throws {@code INVALID_PHOTO} otherwise. */
    public static JpegPhoto of(byte[] bytes, int maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw invalid("the photo is empty", "EMPTY");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException(INVALID_PHOTO, "the photo has " + bytes.length + " bytes, more than "
                    + maxBytes, Map.of("reason", "TOO_LARGE", "maxBytes", maxBytes, "bytes", bytes.length));
        }
        if (bytes.length < 3 || (bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xFF) != 0xD8 || (bytes[2] & 0xFF) != 0xFF) {
            throw invalid("the photo is not a JPEG", "NOT_JPEG");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < MIN_SIDE_PX || height < MIN_SIDE_PX || width > MAX_SIDE_PX || height > MAX_SIDE_PX) {
                throw new InvalidInputException(INVALID_PHOTO, "the photo is " + width + "x" + height + " pixels",
                        Map.of("reason", "PIXEL_SIZE", "width", width, "height", height));
            }
            if (reader.read(0) == null) {
                throw invalid("the photo cannot be decoded", "NOT_JPEG");
            }
            return new JpegPhoto(bytes, width, height, sha256(bytes));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw invalid("the photo cannot be decoded as a JPEG", "NOT_JPEG");
        } finally {
            reader.dispose();
        }
    }

    private static InvalidInputException invalid(String message, String reason) {
        return new InvalidInputException(INVALID_PHOTO, message, Map.of("reason", reason));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
