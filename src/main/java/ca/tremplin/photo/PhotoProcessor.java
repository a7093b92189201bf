package ca.tremplin.photo;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks an uploaded photo by its content and re-encodes it: the bytes must decode as a JPEG or PNG, within bounds
 * of file size and pixels read from the header before any pixel is decoded; the result is one JPEG variant of at
 * most 1280 pixels on its longer side, drawn anew so that no metadata (place, camera) survives.
 */
@ApplicationScoped
public class PhotoProcessor {

    static final int MOST_BYTES = 15 * 1024 * 1024;
    static final long MOST_PIXELS = 40_000_000L;
    static final int LEAST_SIDE = 64;
    static final int LARGEST_SIDE = 1280;

    public ProcessedPhoto process(InputStream upload) throws PhotoRejectedException {
        byte[] bytes = readBounded(upload);
        if (bytes.length == 0) {
            throw new PhotoRejectedException(PhotoRejection.EMPTY);
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new PhotoRejectedException(PhotoRejection.NOT_AN_IMAGE);
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("jpeg") && !format.equals("png")) {
                    throw new PhotoRejectedException(PhotoRejection.NOT_AN_IMAGE);
                }
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MOST_PIXELS) {
                    throw new PhotoRejectedException(PhotoRejection.TOO_MANY_PIXELS);
                }
                if (width < LEAST_SIDE || height < LEAST_SIDE) {
                    throw new PhotoRejectedException(PhotoRejection.TOO_SMALL);
                }
                BufferedImage image = reader.read(0);
                return new ProcessedPhoto(width, height, format, List.of(variant(image, LARGEST_SIDE)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            throw new PhotoRejectedException(PhotoRejection.BROKEN);
        }
    }

    private static byte[] readBounded(InputStream upload) throws PhotoRejectedException {
        if (upload == null) {
            throw new PhotoRejectedException(PhotoRejection.EMPTY);
        }
        try (upload) {
            byte[] bytes = upload.readNBytes(MOST_BYTES + 1);
            if (bytes.length > MOST_BYTES) {
                throw new PhotoRejectedException(PhotoRejection.FILE_TOO_LARGE);
            }
            return bytes;
        } catch (IOException unreadable) {
            throw new PhotoRejectedException(PhotoRejection.BROKEN);
        }
    }

    private static PhotoVariant variant(BufferedImage image, int largestSide) throws IOException {
        double scale = Math.min(1.0, (double) largestSide / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage drawn = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = drawn.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(image, 0, 0, width, height, Color.WHITE, null);
        graphics.dispose();
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        if (!ImageIO.write(drawn, "jpg", encoded)) {
            throw new IOException("no JPEG writer");
        }
        byte[] bytes = encoded.toByteArray();
        return new PhotoVariant(width, height, "image/jpeg", bytes, "\"" + sha256(bytes).substring(0, 32) + "\"");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
