package ca.tremplin.photo;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a photo as a phone sends it into variants safe to publish. The upload is read up to its limit and no further;
 * its format is recognised from its bytes; its dimensions are checked from the header before any pixel is decoded;
 * it is decoded (subsampled when far larger than needed), turned upright by its EXIF orientation, converted to opaque
 * sRGB, reduced to each width of {@link #VARIANT_WIDTHS} it exceeds, and re-encoded from its pixels alone, so that no
 * metadata of the original — GPS position, device, date, comments, thumbnails — survives.
 *
 * <p>Stateless and thread-safe: an {@code @ApplicationScoped} bean, and usable as {@code new PhotoProcessor()}.
 */
@ApplicationScoped
public class PhotoProcessor {

    /** 15 MB: a 48-megapixel phone photo weighs 8 to 12 MB. */
    public static final int MAX_UPLOAD_BYTES = 15 * 1024 * 1024;

    /** 50 megapixels: more than the largest phone sensor's default output (48 MP, 8064 × 6048 at most 50 MP). */
    public static final long MAX_PIXELS = 50_000_000L;

    /** The shorter side of an accepted photo: below 200 pixels nobody can be seen at work. */
    public static final int MIN_SIDE = 200;
    /** The longer side at most this many times the shorter: a panorama of a workshop passes, a strip does not. */
    public static final int MOST_ELONGATED = 4;

    /** The variants' widths: a phone's screen, a phone's screen at twice the density, a desktop's column. */
    public static final List<Integer> VARIANT_WIDTHS = List.of(320, 640, 1280);

    /** Reads at most MAX_UPLOAD_BYTES+1 bytes from the stream; never decodes before checking the header's dimensions. */
    public ProcessedPhoto process(InputStream upload) throws PhotoRejectedException {
        byte[] bytes = readBounded(upload);
        PhotoFormat format = PhotoFormat.recognise(bytes);
        BoundedDecoder.Decoded decoded = BoundedDecoder.decode(format, bytes);
        return new ProcessedPhoto(decoded.width(), decoded.height(), format.label(), variants(decoded));
    }

    private static byte[] readBounded(InputStream upload) throws PhotoRejectedException {
        if (upload == null) {
            throw new PhotoRejectedException(PhotoRejection.EMPTY);
        }
        byte[] bytes;
        try {
            bytes = upload.readNBytes(MAX_UPLOAD_BYTES + 1);
        } catch (IOException interrupted) {
            throw new PhotoRejectedException(PhotoRejection.BROKEN, interrupted);
        }
        if (bytes.length == 0) {
            throw new PhotoRejectedException(PhotoRejection.EMPTY);
        }
        if (bytes.length > MAX_UPLOAD_BYTES) {
            throw new PhotoRejectedException(PhotoRejection.FILE_TOO_LARGE);
        }
        return bytes;
    }

    /** Largest first, each reduced from the one before it, then listed narrowest first. */
    private static List<PhotoVariant> variants(BoundedDecoder.Decoded decoded) {
        BufferedImage source = OpaqueSrgb.of(decoded.stored());
        List<VariantPlan.Size> sizes = decoded.plan().sizes();
        PhotoVariant[] variants = new PhotoVariant[sizes.size()];
        for (int i = sizes.size() - 1; i >= 0; i--) {
            source = reduced(source, sizes.get(i), decoded.orientation());
            variants[i] = JpegVariants.encode(decoded.orientation().upright(source));
        }
        return List.of(variants);
    }

    /** The image at a size given as shown, reduced while still as stored. */
    private static BufferedImage reduced(BufferedImage stored, VariantPlan.Size shown, Orientation orientation) {
        int width = orientation.swapsSides() ? shown.height() : shown.width();
        int height = orientation.swapsSides() ? shown.width() : shown.height();
        return Reduction.to(stored, width, height);
    }
}
