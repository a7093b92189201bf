package ca.tremplin.kernel;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Checks and re-encodes uploaded images (logos, program photos). The declared type and file name are ignored:
 * the bytes must decode as an image. Re-encoding drops whatever else the file carried (metadata, scripts
 * hidden in it) and bounds its size on the page.
 */
public final class UploadedImages {

    /**
     * The largest image decoded, checked from its header before a single pixel is: a few kilobytes of PNG can
     * declare 50,000 × 50,000 pixels, which would take 10 GB of memory to decode. 40 megapixels is more than any
     * camera of a phone gives; a side of 12,000 keeps panoramas out.
     */
    static final int MOST_PIXELS_ON_A_SIDE = 12_000;
    static final long MOST_PIXELS = 40_000_000L;

    /** What the image is for: the bundle keys of its messages and the size it is reduced to. */
    public record Purpose(String messagePrefix, int maxUploadBytes, int maxWidth, int maxHeight, String format) {

        /** The limit as its refusal says it, in megabytes. */
        int maxUploadMegabytes() {
            return maxUploadBytes / (1024 * 1024);
        }

        /**
         * What a page says of an image larger than the limit as soon as it is chosen
         * ({@code resources/js/file-limits.js}, which writes the file's size where {@link FileSize#CHOSEN_SIZE}
         * stands): the server's own refusal, in the page's language.
         */
        public String tooLargeWhenChosen(java.util.Locale locale) {
            return Messages.get(locale, messagePrefix + ".tooLarge", FileSize.CHOSEN_SIZE, maxUploadMegabytes());
        }
    }

    private UploadedImages() {
    }

    public static byte[] normalise(byte[] uploaded, Purpose purpose) {
        if (uploaded == null || uploaded.length == 0) {
            throw new BusinessRuleException(purpose.messagePrefix() + ".empty");
        }
        if (uploaded.length > purpose.maxUploadBytes()) {
            throw new BusinessRuleException(purpose.messagePrefix() + ".tooLarge", new FileSize(uploaded.length),
                    purpose.maxUploadMegabytes());
        }
        try {
            BufferedImage image = decodeBounded(uploaded, purpose);
            if (image == null || image.getWidth() < 16 || image.getHeight() < 16) {
                throw new BusinessRuleException(purpose.messagePrefix() + ".notAnImage");
            }
            // A phone's photo is stored sideways with an EXIF orientation that re-encoding drops: turned first.
            image = ca.tremplin.photo.UprightPixels.upright(uploaded, image);
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

    /** The image, decoded only once its declared width and height are known to be within bounds; null if unreadable. */
    private static BufferedImage decodeBounded(byte[] uploaded, Purpose purpose) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(uploaded))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                checkDimensions(reader.getWidth(0), reader.getHeight(0), purpose);
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    static void checkDimensions(int width, int height, Purpose purpose) {
        if (width > MOST_PIXELS_ON_A_SIDE || height > MOST_PIXELS_ON_A_SIDE || (long) width * height > MOST_PIXELS) {
            throw new BusinessRuleException(purpose.messagePrefix() + ".tooManyPixels",
                    MOST_PIXELS_ON_A_SIDE, MOST_PIXELS / 1_000_000);
        }
    }
}
