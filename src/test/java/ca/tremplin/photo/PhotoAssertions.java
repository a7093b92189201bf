package ca.tremplin.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** What a person would see of a processed photo: its sizes, its pixels, and what its bytes hold besides them. */
final class PhotoAssertions {

    static final int RED = 0xd01010;
    static final int BLUE = 0x1030d0;
    static final int WHITE = 0xffffff;

    private PhotoAssertions() {
    }

    static PhotoVariant single(ProcessedPhoto photo) {
        assertEquals(1, photo.variants().size(), () -> sizes(photo).toString());
        return photo.variants().get(0);
    }

    static List<String> sizes(ProcessedPhoto photo) {
        List<String> sizes = new ArrayList<>();
        for (PhotoVariant variant : photo.variants()) {
            sizes.add(variant.width() + "x" + variant.height());
        }
        return sizes;
    }

    static BufferedImage decode(PhotoVariant variant) {
        try {
            return ImageIO.read(new ByteArrayInputStream(variant.bytes()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * The JPEG holds its start, the JFIF header, tables, a frame, scans and its end: no APPn segment but JFIF's APP0
     * (EXIF and XMP are APP1, ICC profiles APP2, Photoshop's IPTC APP13), no comment.
     */
    static void assertOnlyPixelSegments(byte[] jpeg) {
        assertEquals(0xFFD8, ((jpeg[0] & 0xFF) << 8) | (jpeg[1] & 0xFF));
        int position = 2;
        while (position + 4 <= jpeg.length) {
            int marker = jpeg[position + 1] & 0xFF;
            assertEquals(0xFF, jpeg[position] & 0xFF, "a marker at " + position);
            boolean allowed = marker == 0xE0 || marker == 0xDB || marker == 0xC4 || marker == 0xC0 || marker == 0xC2
                    || marker == 0xDD || marker == 0xDA;
            assertTrue(allowed, "segment 0xFF" + Integer.toHexString(marker) + " in the variant");
            if (marker == 0xDA) {
                return; // entropy-coded data follows: nothing of the original is written there but pixels
            }
            int length = ((jpeg[position + 2] & 0xFF) << 8) | (jpeg[position + 3] & 0xFF);
            if (marker == 0xE0) {
                assertEquals("JFIF", new String(jpeg, position + 4, 4, StandardCharsets.US_ASCII));
            }
            position += 2 + length;
        }
    }

    static boolean contains(byte[] bytes, String text) {
        byte[] wanted = text.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Within what JPEG compression changes of a flat colour. */
    static void assertColour(int expected, BufferedImage image, int x, int y) {
        int actual = image.getRGB(x, y);
        for (int shift : new int[] {16, 8, 0}) {
            assertTrue(Math.abs(channel(expected, shift) - channel(actual, shift)) <= 24,
                    () -> "expected about " + hex(expected) + " at " + x + "," + y + ", found " + hex(actual));
        }
    }

    static void assertNotColour(int unexpected, BufferedImage image, int x, int y) {
        int actual = image.getRGB(x, y);
        int distance = 0;
        for (int shift : new int[] {16, 8, 0}) {
            distance = Math.max(distance, Math.abs(channel(unexpected, shift) - channel(actual, shift)));
        }
        assertTrue(distance > 24, () -> "unexpected " + hex(unexpected) + " at " + x + "," + y);
    }

    static int channel(int rgb, int shift) {
        return (rgb >> shift) & 0xFF;
    }

    static String hex(int rgb) {
        return String.format("#%06x", rgb & 0xFFFFFF);
    }
}
