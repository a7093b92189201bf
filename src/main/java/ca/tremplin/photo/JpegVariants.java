package ca.tremplin.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Pixels written as a JPEG and nothing else: no metadata is given to the writer, so the file holds the JFIF header the
 * format requires and the pixels — none of the original's EXIF, GPS, XMP, comments, thumbnails or maker notes, which
 * never reach this point. Quality 0.85 (progressive, optimised tables): no visible loss at the sizes shown, about a
 * tenth of the original's bytes.
 */
final class JpegVariants {

    static final float QUALITY = 0.85f;
    static final String CONTENT_TYPE = "image/jpeg";

    private JpegVariants() {
    }

    static PhotoVariant encode(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageWriter writer = ImagePlugins.jpegWriter();
            try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(QUALITY);
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                writer.setOutput(output);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
        } catch (IOException inMemory) {
            throw new UncheckedIOException("Writing a JPEG in memory failed", inMemory);
        }
        byte[] jpeg = bytes.toByteArray();
        return new PhotoVariant(image.getWidth(), image.getHeight(), CONTENT_TYPE, jpeg, etag(jpeg));
    }

    /** A quoted strong validator: the SHA-256 of the bytes in URL-safe Base64. */
    static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + '"';
        } catch (NoSuchAlgorithmException required) {
            throw new IllegalStateException("Every Java platform has SHA-256", required);
        }
    }
}
