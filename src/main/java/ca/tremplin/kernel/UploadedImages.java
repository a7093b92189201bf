package ca.tremplin.kernel;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Checks and re-encodes uploaded images (logos, program photos). The declared type and file name are ignored:
 * the bytes must decode as an image. Re-encoding drops whatever else the file carried (metadata, scripts
 * hidden in it) and bounds its size on the page.
 */
public final class UploadedImages {

    /** What the image is for: the bundle keys of its messages and the size it is reduced to. */
    public record Purpose(String messagePrefix, int maxUploadBytes, int maxWidth, int maxHeight, String format) {
    }

    private UploadedImages() {
    }

    public static byte[] normalise(byte[] uploaded, Purpose purpose) {
        if (uploaded == null || uploaded.length == 0) {
            throw new BusinessRuleException(purpose.messagePrefix() + ".empty");
        }
        if (uploaded.length > purpose.maxUploadBytes()) {
            throw new BusinessRuleException(purpose.messagePrefix() + ".tooLarge", purpose.maxUploadBytes() / (1024 * 1024));
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(uploaded));
            if (image == null || image.getWidth() < 16 || image.getHeight() < 16) {
                throw new BusinessRuleException(purpose.messagePrefix() + ".notAnImage");
            }
            if ("jpg".equals(purpose.format()) && image.getColorModel().hasAlpha()) {
                BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                opaque.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
                image = opaque;
            }
            ByteArrayOutputStream encoded = new ByteArrayOutputStream();
            Thumbnails.of(image)
                    .size(Math.min(purpose.maxWidth(), image.getWidth()), Math.min(purpose.maxHeight(), image.getHeight()))
                    .keepAspectRatio(true)
                    .outputFormat(purpose.format())
                    .toOutputStream(encoded);
            return encoded.toByteArray();
        } catch (IOException unreadable) {
            throw new BusinessRuleException(purpose.messagePrefix() + ".notAnImage");
        }
    }
}
