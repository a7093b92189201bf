package ca.tremplin.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * The eight EXIF orientations, on a picture of six pixels stored as
 * <pre>
 * a b c
 * d e f
 * </pre>
 * shown as the EXIF specification draws them; and the orientation read from the file in either byte order.
 */
class OrientationTest {

    private static final int A = 0x0a, B = 0x0b, C = 0x0c, D = 0x0d, E = 0x0e, F = 0x0f;

    @Test
    void eachOrientationShowsTheStoredPixelsAsTheSpecificationDrawsThem() {
        assertShown(Orientation.UPRIGHT, 3, new int[] {A, B, C, D, E, F});
        assertShown(Orientation.MIRRORED, 3, new int[] {C, B, A, F, E, D});
        assertShown(Orientation.UPSIDE_DOWN, 3, new int[] {F, E, D, C, B, A});
        assertShown(Orientation.UPSIDE_DOWN_MIRRORED, 3, new int[] {D, E, F, A, B, C});
        assertShown(Orientation.TRANSPOSED, 2, new int[] {A, D, B, E, C, F});
        assertShown(Orientation.TURN_CLOCKWISE, 2, new int[] {D, A, E, B, F, C});
        assertShown(Orientation.TRANSVERSED, 2, new int[] {F, C, E, B, D, A});
        assertShown(Orientation.TURN_COUNTER_CLOCKWISE, 2, new int[] {C, F, B, E, A, D});
    }

    @Test
    void theOrientationIsReadInEitherByteOrderAndDefaultsToUpright() {
        byte[] jpeg = PhotoSamples.encoded(400, 300, "jpeg");
        for (int value = 1; value <= 8; value++) {
            assertEquals(Orientation.values()[value - 1], Orientation.of(PhotoFormat.JPEG,
                    PhotoSamples.withExifOrientation(jpeg, value, ByteOrder.BIG_ENDIAN)));
            assertEquals(Orientation.values()[value - 1], Orientation.of(PhotoFormat.JPEG,
                    PhotoSamples.withExifOrientation(jpeg, value, ByteOrder.LITTLE_ENDIAN)));
        }
        assertEquals(Orientation.UPRIGHT, Orientation.of(PhotoFormat.JPEG, jpeg));
        assertEquals(Orientation.UPRIGHT, Orientation.of(PhotoFormat.JPEG,
                PhotoSamples.withExifOrientation(jpeg, 9, ByteOrder.BIG_ENDIAN)));
        assertEquals(Orientation.TURN_CLOCKWISE, Orientation.of(PhotoFormat.JPEG, PhotoSamples.bytes("phone-rotated.jpg")));
        assertEquals(Orientation.TURN_CLOCKWISE, Orientation.of(PhotoFormat.WEBP, PhotoSamples.bytes("rotated-exif.webp")));
    }

    @Test
    void aDamagedExifBlockLeavesThePhotoUpright() {
        byte[] jpeg = PhotoSamples.withExifOrientation(PhotoSamples.encoded(400, 300, "jpeg"), 6, ByteOrder.BIG_ENDIAN);
        for (int offsetByte = 0; offsetByte < 4; offsetByte++) {
            byte[] damaged = jpeg.clone();
            // The offset of the first directory now points past the block.
            damaged[2 + 4 + 6 + 4 + offsetByte] = (byte) 0x7F;
            assertEquals(Orientation.UPRIGHT, Orientation.of(PhotoFormat.JPEG, damaged));
        }
        assertEquals(Orientation.UPRIGHT, Orientation.of(PhotoFormat.JPEG, java.util.Arrays.copyOf(jpeg, 30)));
    }

    private static void assertShown(Orientation orientation, int shownWidth, int[] shownPixels) {
        BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, 3, 2, new int[] {A, B, C, D, E, F}, 0, 3);

        BufferedImage shown = orientation.upright(stored);

        assertEquals(shownWidth, shown.getWidth(), orientation.name());
        int[] pixels = shown.getRGB(0, 0, shown.getWidth(), shown.getHeight(), null, 0, shown.getWidth());
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] &= 0xFFFFFF;
        }
        assertArrayEquals(shownPixels, pixels, orientation.name());
    }
}
