package ca.tremplin.photo;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a photo only once its header has shown it is worth it: dimensions within bounds, a single frame. A few
 * kilobytes of PNG can declare 50,000 × 50,000 pixels, 10 GB once decoded; the header says so before any pixel is
 * read. Large photos are read subsampled, at about twice the largest variant, never at full size.
 */
final class BoundedDecoder {

    /** A decoded photo, its pixels still as stored (not yet turned), perhaps subsampled. */
    record Decoded(BufferedImage stored, Orientation orientation, int width, int height, VariantPlan plan) {
    }

    private BoundedDecoder() {
    }

    static Decoded decode(PhotoFormat format, byte[] bytes) throws PhotoRejectedException {
        if (format == PhotoFormat.PNG && Containers.apngFrames(bytes) > 1) {
            throw new PhotoRejectedException(PhotoRejection.ANIMATED);
        }
        Orientation orientation = Orientation.of(format, bytes);
        List<String> warnings = new ArrayList<>();
        ImageReader reader = null;
        try (ImageInputStream input = new ByteArrayImageInputStream(bytes)) {
            reader = ImagePlugins.reader(format);
            reader.setInput(input, false, true);
            int storedWidth = reader.getWidth(0);
            int storedHeight = reader.getHeight(0);
            checkDimensions(storedWidth, storedHeight);
            if (format.mayBeAnimated() && reader.getNumImages(true) > 1) {
                throw new PhotoRejectedException(PhotoRejection.ANIMATED);
            }
            int width = orientation.swapsSides() ? storedHeight : storedWidth;
            int height = orientation.swapsSides() ? storedWidth : storedHeight;
            VariantPlan plan = VariantPlan.of(width, height);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(plan.subsampling(), plan.subsampling(), 0, 0);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage stored = reader.read(0, param);
            if (warnings.stream().anyMatch(BoundedDecoder::saysTruncated)) {
                throw new PhotoRejectedException(PhotoRejection.BROKEN);
            }
            return new Decoded(stored, orientation, width, height, plan);
        } catch (IOException | RuntimeException unreadable) {
            // Decoders report truncated or corrupt data as IIOException, EOFException, or an index out of bounds.
            throw new PhotoRejectedException(PhotoRejection.BROKEN, unreadable);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    static void checkDimensions(int width, int height) throws PhotoRejectedException {
        if ((long) width * height > PhotoProcessor.MAX_PIXELS) {
            throw new PhotoRejectedException(PhotoRejection.TOO_MANY_PIXELS);
        }
        if (width < PhotoProcessor.MIN_SIDE || height < PhotoProcessor.MIN_SIDE) {
            throw new PhotoRejectedException(PhotoRejection.TOO_SMALL);
        }
        if (Math.max(width, height) > (long) PhotoProcessor.MOST_ELONGATED * Math.min(width, height)) {
            throw new PhotoRejectedException(PhotoRejection.TOO_ELONGATED);
        }
    }

    /**
     * The JPEG decoder fills what a truncated file lacks with grey and only warns ("Premature end of JPEG file").
     * Other warnings (an extraneous byte before a marker, an ignored ICC profile) leave a whole picture and are let
     * through, as browsers do.
     */
    private static boolean saysTruncated(String warning) {
        String text = warning.toLowerCase(Locale.ROOT);
        return text.contains("premature end") || text.contains("truncated");
    }
}
