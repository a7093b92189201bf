package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class UploadedImagesTest {

    private static final UploadedImages.Purpose PHOTO = new UploadedImages.Purpose("photo", 5 * 1024 * 1024, 1200,
            800, "jpg");

    @Test
    void aSmallFileDeclaringAHugeImageIsRefusedBeforeItIsDecoded() throws Exception {
        byte[] bomb = withDeclaredSize(png(32, 32), 50_000, 50_000);
        assertTrue(bomb.length < 1024, "a few hundred bytes");

        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> UploadedImages.normalise(bomb, PHOTO));

        assertEquals("photo.tooManyPixels", refused.messageKey());
        assertEquals("This image is too large: at most 12,000 pixels on a side and 40 million pixels in all.",
                refused.localizedMessage(Languages.ENGLISH));
    }

    @Test
    void aPhonesPhotoStoredSidewaysComesOutUprightAsTheLogoOrPhotoItIs() throws Exception {
        byte[] stored = ca.tremplin.photo.PhotoSamples.encoded(400, 300, "jpeg");
        byte[] sideways = ca.tremplin.photo.PhotoSamples.withExifOrientation(stored, 6, java.nio.ByteOrder.BIG_ENDIAN);
        UploadedImages.Purpose logo = new UploadedImages.Purpose("logo", 5 * 1024 * 1024, 640, 640, "png");

        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(UploadedImages.normalise(sideways, logo)));

        assertEquals(300, shown.getWidth(), "turned a quarter clockwise: as wide as it was high");
        assertEquals(400, shown.getHeight());
        int topRight = shown.getRGB(shown.getWidth() - 10, 10);
        assertTrue(((topRight >> 16) & 0xFF) > 180 && ((topRight >> 8) & 0xFF) < 80,
                "the red block stored at the top left is shown at the top right: " + Integer.toHexString(topRight));
    }

    @Test
    void tooManyPixelsInAllIsRefusedEvenWithinTheSides() {
        assertThrows(BusinessRuleException.class, () -> UploadedImages.checkDimensions(8_000, 6_000, PHOTO));
        UploadedImages.checkDimensions(6_000, 4_000, PHOTO);
    }

    @Test
    void anOrdinaryImageIsStillReducedAndReEncoded() throws Exception {
        byte[] encoded = UploadedImages.normalise(png(2400, 1600), PHOTO);

        BufferedImage reduced = ImageIO.read(new ByteArrayInputStream(encoded));
        assertEquals(1200, reduced.getWidth());
        assertEquals(800, reduced.getHeight());
    }

    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** The same PNG with its IHDR chunk claiming another size (and a CRC to match, so readers trust it). */
    private static byte[] withDeclaredSize(byte[] png, int width, int height) {
        ByteBuffer bytes = ByteBuffer.wrap(png.clone());
        // Signature (8), IHDR length (4), "IHDR" (4), then width and height.
        bytes.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(bytes.array(), 12, 4 + 13);
        bytes.putInt(12 + 4 + 13, (int) crc.getValue());
        return bytes.array();
    }

    @Test
    void anImageTooLargeIsSaidWithItsSizeAndTheLimit() {
        byte[] camera = new byte[6 * 1024 * 1024];
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> UploadedImages.normalise(camera, PHOTO));
        assertEquals("photo.tooLarge", refused.messageKey());
        assertEquals("L’image pèse 6,3 Mo, plus que les 5 Mo permis.", refused.localizedMessage(Languages.FRENCH));
        assertEquals("The image is 6.3 MB, larger than the 5 MB allowed.", refused.localizedMessage(Languages.ENGLISH));
        assertEquals("L’image pèse {size} Mo, plus que les 5 Mo permis.", PHOTO.tooLargeWhenChosen(Languages.FRENCH),
                "the same words as soon as the image is chosen, the page's script putting its size in");
        assertEquals("The image is {size} MB, larger than the 5 MB allowed.", PHOTO.tooLargeWhenChosen(Languages.ENGLISH));
    }
}
