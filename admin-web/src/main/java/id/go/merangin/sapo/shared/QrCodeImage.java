package id.go.merangin.sapo.shared;

import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A QR code drawn as an SVG image in a {@code data:} address, for a page to show inline: made on the server from
 * SAPO's own text (the second factor's {@code otpauth://} address), never fetched from anywhere, never in a URL the
 * browser requests (the address holds a secret). The QR code itself is made by Nayuki's QR Code generator.
 */
public final class QrCodeImage {

    private static final int BORDER = 4;

    private QrCodeImage() {}

    public static String dataUri(String text) {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder()
                        .encodeToString(
                                svg(QrCode.encodeText(text, QrCode.Ecc.MEDIUM)).getBytes(StandardCharsets.UTF_8));
    }

    static String svg(QrCode qr) {
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + BORDER)
                            .append(',')
                            .append(y + BORDER)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\"240\""
                + " height=\"240\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
