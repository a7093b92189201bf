package ca.tremplin.kernel;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code as a black-on-white PNG (ZXing), with the quiet zone scanners need and medium error correction (a poster
 * or a flyer may be creased or partly covered). Used for events' posters and campaign activities' tracked links.
 */
public final class QrCodes {

    private QrCodes() {
    }

    public static byte[] png(String text, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text.length() + " characters",
                    tooLong);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** Writes a code as the response: a PNG, private to the signed-in staff member, kept five minutes. */
    public static void send(jakarta.servlet.http.HttpServletResponse response, String text, int size)
            throws IOException {
        byte[] png = png(text, size);
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
