package ca.tremplin.photo;

import ca.tremplin.testsupport.SampleFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * The sample photos of {@code src/test/resources/photos} (made by its {@code make-samples.sh}, described in its README),
 * and photos built here when their size or a deliberate defect matters more than the tool that wrote them.
 */
public final class PhotoSamples {

    private PhotoSamples() {
    }

    public static byte[] bytes(String name) {
        return SampleFiles.photo(name);
    }

    public static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** A picture of the given size as the JDK encodes it: a gradient with a red block at the top left. */
    public static byte[] encoded(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new java.awt.GradientPaint(0, 0, new Color(0x6a8caf), 0, height, new Color(0xd9c7a1)));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(0xd01010));
        graphics.fillRect(0, 0, width / 4, height / 4);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG with an EXIF APP1 segment holding only an Orientation, inserted right after its start marker, in the
     * given byte order (Intel "II" as most Android phones write it, Motorola "MM" as iPhones do).
     */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation, ByteOrder order) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(order);
        tiff.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
        tiff.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
        tiff.putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array());
        int length = exif.length + 2;
        byte[] segment = concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, exif);
        return concat(Arrays.copyOf(jpeg, 2), segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /**
     * A decompression bomb: a valid PNG header declaring {@code width × height} 8-bit RGB pixels, followed by a few
     * rows of real compressed data. A few hundred bytes that would need {@code 3 × width × height} bytes decoded.
     */
    static byte[] pngDeclaring(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] rows = new byte[4 * (1 + 3 * width)];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(rows);
        deflater.finish();
        byte[] compressed = new byte[rows.length + 64];
        int compressedLength = deflater.deflate(compressed);
        deflater.end();
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                pngChunk("IHDR", header.array()), pngChunk("IDAT", Arrays.copyOf(compressed, compressedLength)),
                pngChunk("IEND", new byte[0]));
    }

    /** The JPEG with the dimensions of its frame header (SOF0 or SOF2) replaced: a file lying about its size. */
    static byte[] jpegDeclaring(byte[] jpeg, int width, int height) {
        byte[] lying = jpeg.clone();
        for (int i = 2; i + 9 < lying.length; i++) {
            if ((lying[i] & 0xFF) == 0xFF && ((lying[i + 1] & 0xFF) == 0xC0 || (lying[i + 1] & 0xFF) == 0xC2)) {
                lying[i + 5] = (byte) (height >> 8);
                lying[i + 6] = (byte) height;
                lying[i + 7] = (byte) (width >> 8);
                lying[i + 8] = (byte) width;
                return lying;
            }
        }
        throw new IllegalArgumentException("No frame header");
    }

    /** An HEIF file's start as iPhones write it: an "ftyp" box of major brand heic, compatible mif1 and heic. */
    static byte[] heifStart(String majorBrand, String... compatibleBrands) {
        ByteBuffer box = ByteBuffer.allocate(16 + 4 * compatibleBrands.length);
        box.putInt(box.capacity()).put(ascii("ftyp")).put(ascii(majorBrand)).putInt(0);
        for (String brand : compatibleBrands) {
            box.put(ascii(brand));
        }
        return concat(box.array(), new byte[64]);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] pngChunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return concat(ByteBuffer.allocate(4).putInt(data.length).array(), ascii(type), data,
                ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
