package id.go.merangin.sapo.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.shared.JpegPhoto;
import id.go.merangin.sapo.shared.ProblemCode;
import id.go.merangin.sapo.shared.SapoException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AttachmentTest {

    /** A PDF of exactly {@code size} bytes: the header, filler, and the end-of-file marker. */
    static byte[] pdf(int size) {
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
        return bytes;
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.BLACK);
        graphics.drawString("Surat Keterangan Sakit", 20, 40);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The refusal's reason, after checking that its code is the one of that reason (and so its status). */
    private static String reasonOf(Throwable thrown) {
        String reason = (String) ((SapoException) thrown).details().get("reason");
        ProblemCode code = switch (reason) {
            case "UNSUPPORTED_TYPE" -> ProblemCode.ATTACHMENT_UNSUPPORTED_TYPE;
            case "TOO_LARGE" -> ProblemCode.ATTACHMENT_TOO_LARGE;
            default -> ProblemCode.INVALID_ATTACHMENT;
        };
        assertThat(((SapoException) thrown).code()).isEqualTo(code);
        return reason;
    }

    @Test
    void acceptsAPdfAndFingerprintsIt() {
        byte[] bytes = pdf(5000);

        Attachment attachment = Attachment.of(bytes, Attachment.MAX_BYTES);

        assertThat(attachment.contentType()).isEqualTo("application/pdf");
        assertThat(attachment.sha256()).isEqualTo(JpegPhoto.sha256(bytes.clone()));
    }

    @Test
    void acceptsAJpegPhotoOfALetter() throws IOException {
        Attachment attachment = Attachment.of(image("jpeg", 800, 1100), Attachment.MAX_BYTES);

        assertThat(attachment.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void acceptsExactlyOneMegabyteAndRefusesOneByteMore() {
        assertThat(Attachment.of(pdf(Attachment.MAX_BYTES), Attachment.MAX_BYTES)
                        .bytes())
                .hasSize(1024 * 1024);
        assertThatThrownBy(() -> Attachment.of(pdf(Attachment.MAX_BYTES + 1), Attachment.MAX_BYTES))
                .extracting(AttachmentTest::reasonOf)
                .isEqualTo("TOO_LARGE");
    }

    @Test
    void refusesAPng() throws IOException {
        assertThatThrownBy(() -> Attachment.of(image("png", 800, 1100), Attachment.MAX_BYTES))
                .extracting(AttachmentTest::reasonOf)
                .isEqualTo("UNSUPPORTED_TYPE");
    }

    @Test
    void refusesRandomBytes() {
        byte[] noise = new byte[5000];
        new Random(11).nextBytes(noise);
        assertThatThrownBy(() -> Attachment.of(noise, Attachment.MAX_BYTES))
                .extracting(AttachmentTest::reasonOf)
                .isEqualTo("UNSUPPORTED_TYPE");
    }

    @Test
    void refusesAJpegHeaderFollowedByGarbage() {
        byte[] fake = new byte[3000];
        new Random(5).nextBytes(fake);
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        assertThatThrownBy(() -> Attachment.of(fake, Attachment.MAX_BYTES))
                .extracting(AttachmentTest::reasonOf)
                .isEqualTo("UNSUPPORTED_TYPE");
    }

    @Test
    void refusesAFileThatOnlyMentionsPdfAfterItsStart() {
        byte[] html = "<html>%PDF-1.4</html>".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> Attachment.of(html, Attachment.MAX_BYTES))
                .extracting(AttachmentTest::reasonOf)
                .isEqualTo("UNSUPPORTED_TYPE");
    }

    @Test
    void refusesATinyJpeg() throws IOException {
        assertThatThrownBy(() -> Attachment.of(image("jpeg", 16, 16), Attachment.MAX_BYTES))
                .extracting(AttachmentTest::reasonOf)
                .isEqualTo("PIXEL_SIZE");
    }

    @Test
    void refusesAnEmptyAttachment() {
        assertThatThrownBy(() -> Attachment.of(new byte[0], Attachment.MAX_BYTES))
                .extracting(AttachmentTest::reasonOf)
                .isEqualTo("EMPTY");
    }
}
