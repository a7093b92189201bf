package ca.tremplin.tenant;

import ca.tremplin.kernel.BusinessRuleException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Checks and re-encodes uploaded logos. The file's declared type and name are ignored: the bytes must decode
 * as an image. Re-encoding as PNG drops whatever else the file carried (metadata, scripts in SVG-like
 * payloads) and bounds the size shown on pages.
 */
public final class LogoImages {

    static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
    static final int MAX_WIDTH = 480;
    static final int MAX_HEIGHT = 240;

    private LogoImages() {
    }

    public static byte[] normalise(byte[] uploaded) {
        if (uploaded == null || uploaded.length == 0) {
            throw new BusinessRuleException("logo.empty");
        }
        if (uploaded.length > MAX_UPLOAD_BYTES) {
            throw new BusinessRuleException("logo.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(uploaded));
            if (image == null || image.getWidth() < 16 || image.getHeight() < 16) {
                throw new BusinessRuleException("logo.notAnImage");
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            Thumbnails.of(image)
                    .size(Math.min(MAX_WIDTH, image.getWidth()), Math.min(MAX_HEIGHT, image.getHeight()))
                    .keepAspectRatio(true)
                    .outputFormat("png")
                    .toOutputStream(png);
            return png.toByteArray();
        } catch (IOException unreadable) {
            throw new BusinessRuleException("logo.notAnImage");
        }
    }
}
