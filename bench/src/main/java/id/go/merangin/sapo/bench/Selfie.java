package id.go.merangin.sapo.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A camera-like selfie of about 30 KB: a 480×640 JPEG of a face-like shape on a gradient with sensor noise, so that
 * it compresses like a phone photo does rather than like a flat test pattern. Each ASN's copy carries its own JPEG
 * comment, so every selfie has its own SHA-256 and none is flagged as a reused photo.
 */
public final class Selfie {

    static final int WIDTH = 480;
    static final int HEIGHT = 640;
    private static final int TARGET_BYTES = 30 * 1024;

    private final byte[] jpeg;
    private final int insertAt;

    private Selfie(byte[] jpeg) {
        this.jpeg = jpeg;
        this.insertAt = afterApp0(jpeg);
    }

    /** Draws the picture and picks the highest JPEG quality that stays within about 30 KB. */
    public static Selfie generate(long seed) {
        BufferedImage image = draw(new Random(seed));
        byte[] best = null;
        for (int quality = 95; quality >= 20; quality -= 5) {
            best = encode(image, quality / 100f);
            if (best.length <= TARGET_BYTES + 1024) {
                break;
            }
        }
        return new Selfie(best);
    }

    /** The bytes of the shared picture. */
    public byte[] bytes() {
        return jpeg.clone();
    }

    /** The picture with {@code tag} as a JPEG comment (COM segment) after the JFIF header. */
    public byte[] taggedWith(String tag) {
        byte[] text = tag.getBytes(StandardCharsets.US_ASCII);
        int length = text.length + 2;
        byte[] tagged = new byte[jpeg.length + 2 + length];
        System.arraycopy(jpeg, 0, tagged, 0, insertAt);
        tagged[insertAt] = (byte) 0xFF;
        tagged[insertAt + 1] = (byte) 0xFE;
        tagged[insertAt + 2] = (byte) (length >> 8);
        tagged[insertAt + 3] = (byte) length;
        System.arraycopy(text, 0, tagged, insertAt + 4, text.length);
        System.arraycopy(jpeg, insertAt, tagged, insertAt + 2 + length, jpeg.length - insertAt);
        return tagged;
    }

    private static int afterApp0(byte[] jpeg) {
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            return 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        return 2;
    }

    private static BufferedImage draw(Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int y = 0; y < HEIGHT; y++) {
            g.setColor(new Color(180 - y / 8, 190 - y / 10, 200 - y / 12));
            g.drawLine(0, y, WIDTH, y);
        }
        g.setColor(new Color(60, 60, 90));
        g.fillRoundRect(90, 430, 300, 260, 120, 120);
        g.setColor(new Color(205, 160, 125));
        g.fillOval(140, 170, 200, 260);
        g.setColor(new Color(40, 30, 25));
        g.fillArc(130, 150, 220, 140, 0, 180);
        g.fillOval(190, 270, 25, 14);
        g.fillOval(265, 270, 25, 14);
        g.setColor(new Color(150, 70, 70));
        g.fillArc(205, 350, 70, 30, 180, 180);
        g.dispose();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = image.getRGB(x, y);
                int noise = (int) (random.nextGaussian() * 7);
                image.setRGB(
                        x, y, channel(rgb >> 16, noise) << 16 | channel(rgb >> 8, noise) << 8 | channel(rgb, noise));
            }
        }
        return image;
    }

    private static int channel(int value, int noise) {
        return Math.max(0, Math.min(255, (value & 0xFF) + noise));
    }

    private static byte[] encode(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
