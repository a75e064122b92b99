package id.go.merangin.sapo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;

class JpegPhotoTest {

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(200, 160, 120));
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The refusal's reason, after checking that its code is the one of that reason (and so its status). */
    private static String reasonOf(Throwable thrown) {
        String reason = (String) ((SapoException) thrown).details().get("reason");
        ProblemCode code = switch (reason) {
            case "NOT_JPEG" -> ProblemCode.PHOTO_NOT_JPEG;
            case "TOO_LARGE" -> ProblemCode.PHOTO_TOO_LARGE;
            default -> ProblemCode.INVALID_PHOTO;
        };
        assertThat(((SapoException) thrown).code()).isEqualTo(code);
        return reason;
    }

    @Test
    void acceptsACameraSizedJpegAndFingerprintsIt() throws IOException {
        byte[] bytes = image("jpeg", 480, 640);

        JpegPhoto photo = JpegPhoto.of(bytes, 200 * 1024);

        assertThat(photo.width()).isEqualTo(480);
        assertThat(photo.height()).isEqualTo(640);
        assertThat(photo.sha256()).hasSize(64).isEqualTo(JpegPhoto.sha256(bytes.clone()));
    }

    @Test
    void keepsAFingerprintWorkedOutBeforeAndStillChecksTheBytes() throws IOException {
        byte[] bytes = image("jpeg", 480, 640);
        String sha256 = JpegPhoto.sha256(bytes);

        assertThat(JpegPhoto.of(bytes, 200 * 1024, sha256).sha256())
                .isEqualTo(sha256)
                .isEqualTo(JpegPhoto.of(bytes, 200 * 1024, null).sha256());
        assertThatThrownBy(() -> JpegPhoto.of(image("png", 480, 640), 200 * 1024, sha256))
                .extracting(JpegPhotoTest::reasonOf)
                .isEqualTo("NOT_JPEG");
    }

    @Test
    void refusesAPngNamedAsJpeg() throws IOException {
        assertThatThrownBy(() -> JpegPhoto.of(image("png", 480, 640), 200 * 1024))
                .extracting(JpegPhotoTest::reasonOf)
                .isEqualTo("NOT_JPEG");
    }

    @Test
    void refusesBytesThatAreNoImage() {
        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        assertThatThrownBy(() -> JpegPhoto.of(noise, 200 * 1024))
                .extracting(JpegPhotoTest::reasonOf)
                .isEqualTo("NOT_JPEG");
    }

    @Test
    void refusesAJpegHeaderFollowedByGarbage() {
        byte[] fake = new byte[2000];
        new Random(3).nextBytes(fake);
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        assertThatThrownBy(() -> JpegPhoto.of(fake, 200 * 1024))
                .extracting(JpegPhotoTest::reasonOf)
                .isEqualTo("NOT_JPEG");
    }

    @Test
    void refusesOneByteOverTheLimit() throws IOException {
        byte[] bytes = image("jpeg", 480, 640);
        assertThat(JpegPhoto.of(bytes, bytes.length)).isNotNull();
        assertThatThrownBy(() -> JpegPhoto.of(bytes, bytes.length - 1))
                .extracting(JpegPhotoTest::reasonOf)
                .isEqualTo("TOO_LARGE");
    }

    @Test
    void refusesATinyOrHugePicture() throws IOException {
        assertThatThrownBy(() -> JpegPhoto.of(image("jpeg", 32, 32), 200 * 1024))
                .extracting(JpegPhotoTest::reasonOf)
                .isEqualTo("PIXEL_SIZE");
        assertThatThrownBy(() -> JpegPhoto.of(image("jpeg", 5000, 64), 200 * 1024))
                .extracting(JpegPhotoTest::reasonOf)
                .isEqualTo("PIXEL_SIZE");
    }

    @Test
    void refusesAnEmptyPhoto() {
        assertThatThrownBy(() -> JpegPhoto.of(new byte[0], 200 * 1024))
                .extracting(JpegPhotoTest::reasonOf)
                .isEqualTo("EMPTY");
    }

    @Test
    void refusesAJpegCutShort() throws IOException {
        byte[] whole = image("jpeg", 480, 640);
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> JpegPhoto.of(cut, 200 * 1024))
                .extracting(JpegPhotoTest::reasonOf)
                .isEqualTo("NOT_JPEG");
    }

    @Test
    void acceptsBytesAPhoneAppendsAfterTheEndOfImage() throws IOException {
        byte[] whole = image("jpeg", 480, 640);
        byte[] withTrailer = Arrays.copyOf(whole, whole.length + 16);
        assertThat(JpegPhoto.of(withTrailer, 200 * 1024).width()).isEqualTo(480);
    }

    @Test
    void acceptsAProgressiveJpeg() throws IOException {
        BufferedImage picture = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(picture, null, null), param);
        } finally {
            writer.dispose();
        }
        JpegPhoto photo = JpegPhoto.of(out.toByteArray(), 200 * 1024);
        assertThat(photo.width()).isEqualTo(300);
        assertThat(photo.height()).isEqualTo(400);
    }
}
