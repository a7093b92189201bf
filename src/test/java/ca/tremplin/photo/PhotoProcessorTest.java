package ca.tremplin.photo;

import static ca.tremplin.photo.PhotoAssertions.BLUE;
import static ca.tremplin.photo.PhotoAssertions.RED;
import static ca.tremplin.photo.PhotoAssertions.WHITE;
import static ca.tremplin.photo.PhotoAssertions.assertColour;
import static ca.tremplin.photo.PhotoAssertions.assertNotColour;
import static ca.tremplin.photo.PhotoAssertions.assertOnlyPixelSegments;
import static ca.tremplin.photo.PhotoAssertions.channel;
import static ca.tremplin.photo.PhotoAssertions.contains;
import static ca.tremplin.photo.PhotoAssertions.decode;
import static ca.tremplin.photo.PhotoAssertions.hex;
import static ca.tremplin.photo.PhotoAssertions.single;
import static ca.tremplin.photo.PhotoAssertions.sizes;
import static ca.tremplin.photo.PhotoSamples.bytes;
import static ca.tremplin.photo.PhotoSamples.stream;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A photo as a phone, a camera or an editor writes it comes out as JPEG variants that show it the right way up, in
 * sRGB, opaque, at 320, 640 and 1280 pixels wide or at its own width when narrower — never enlarged — and that carry
 * nothing of the original but its pixels: no position, no device, no date, no comment, no thumbnail.
 */
class PhotoProcessorTest {

    private final PhotoProcessor processor = new PhotoProcessor();

    @Test
    void aPhoneHeldUprightStoresItsPhotoSidewaysAndThePhotoComesOutUpright() throws Exception {
        // Stored 400 × 300 with Orientation 6: the camera's top-left corner is the shown picture's top-right.
        ProcessedPhoto photo = processor.process(stream(bytes("phone-rotated.jpg")));

        assertEquals(300, photo.width());
        assertEquals(400, photo.height());
        assertEquals("jpeg", photo.sourceFormat());
        PhotoVariant only = single(photo);
        assertEquals(300, only.width());
        assertEquals(400, only.height());
        BufferedImage shown = decode(only);
        assertEquals(300, shown.getWidth());
        assertEquals(400, shown.getHeight());
        assertColour(RED, shown, 290, 10);
        assertColour(BLUE, shown, 10, 390);
    }

    @Test
    void noMetadataOfThePhoneSurvives() throws Exception {
        byte[] original = bytes("phone-rotated.jpg");
        for (String written : List.of("Exif", "GPS", "Apple", "iPhone 13", "Awa Diop", "Atelier de soudage",
                "http://ns.adobe.com/xap/1.0/", "Artifex")) {
            assertTrue(contains(original, written), "the sample carries " + written);
        }

        ProcessedPhoto photo = processor.process(stream(original));

        for (PhotoVariant variant : photo.variants()) {
            assertOnlyPixelSegments(variant.bytes());
            for (String written : List.of("Exif", "GPS", "Apple", "iPhone", "Awa Diop", "Atelier", "xap", "Artifex")) {
                assertFalse(contains(variant.bytes(), written), written + " left in the variant");
            }
        }
    }

    @Test
    void aWebPCarryingTheCameraExifIsTurnedUprightAndStrippedToo() throws Exception {
        byte[] original = bytes("rotated-exif.webp");
        assertTrue(contains(original, "GPS") || contains(original, "Exif") || contains(original, "Apple"));

        ProcessedPhoto photo = processor.process(stream(original));

        assertEquals("webp", photo.sourceFormat());
        assertEquals(300, photo.width());
        assertEquals(400, photo.height());
        BufferedImage shown = decode(single(photo));
        assertColour(RED, shown, 290, 10);
        assertColour(BLUE, shown, 10, 390);
        assertOnlyPixelSegments(single(photo).bytes());
        assertFalse(contains(single(photo).bytes(), "Apple"));
    }

    @Test
    void anAndroidPhotoWithItsOrientationInIntelByteOrderIsTurnedToo() throws Exception {
        // 8: turn counter-clockwise. The red block, stored at the top left, ends at the bottom left.
        byte[] jpeg = PhotoSamples.withExifOrientation(PhotoSamples.encoded(400, 240, "jpeg"), 8,
                ByteOrder.LITTLE_ENDIAN);

        ProcessedPhoto photo = processor.process(stream(jpeg));

        assertEquals(240, photo.width());
        assertEquals(400, photo.height());
        BufferedImage shown = decode(single(photo));
        assertColour(RED, shown, 10, 390);
        assertNotColour(RED, shown, 10, 10);
    }

    @Test
    void aLargePhotoGetsThreeWidthsNoneEnlarged() throws Exception {
        ProcessedPhoto photo = processor.process(stream(PhotoSamples.encoded(3000, 2000, "jpeg")));

        assertEquals(3000, photo.width());
        assertEquals(2000, photo.height());
        assertEquals(List.of("320x213", "640x427", "1280x853"), sizes(photo));
        for (PhotoVariant variant : photo.variants()) {
            BufferedImage decoded = decode(variant);
            assertEquals(variant.width(), decoded.getWidth());
            assertEquals(variant.height(), decoded.getHeight());
            assertEquals("image/jpeg", variant.contentType());
            assertColour(RED, decoded, 5, 5);
        }
    }

    @Test
    void aPhotoBetweenTwoWidthsKeepsItsOwnAsTheLargest() throws Exception {
        ProcessedPhoto photo = processor.process(stream(PhotoSamples.encoded(1000, 750, "png")));

        assertEquals(List.of("320x240", "640x480", "1000x750"), sizes(photo));
    }

    @Test
    void aPhotoNarrowerThanTheNarrowestWidthStillGetsOneVariantAtItsOwnSize() throws Exception {
        ProcessedPhoto photo = processor.process(stream(PhotoSamples.encoded(250, 200, "png")));

        assertEquals(List.of("250x200"), sizes(photo));
    }

    @Test
    void theSamePhotoGivesTheSameBytesAndTheSameValidator() throws Exception {
        ProcessedPhoto first = processor.process(stream(bytes("progressive.jpg")));
        ProcessedPhoto second = processor.process(stream(bytes("progressive.jpg")));

        assertEquals(2, first.variants().size());
        for (int i = 0; i < first.variants().size(); i++) {
            PhotoVariant one = first.variants().get(i);
            PhotoVariant other = second.variants().get(i);
            assertArrayEquals(one.bytes(), other.bytes());
            assertEquals(one.etag(), other.etag());
            assertTrue(one.etag().matches("\"[A-Za-z0-9_-]{43}\""), one.etag());
            assertEquals(JpegVariants.etag(one.bytes()), one.etag());
        }
        assertNotEquals(first.variants().get(0).etag(), first.variants().get(1).etag());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lossy.webp", "lossless.webp", "progressive.jpg", "grayscale.jpg", "single-frame.gif"})
    void photosAsPhonesAndEditorsWriteThemAreRead(String sample) throws Exception {
        ProcessedPhoto photo = processor.process(stream(bytes(sample)));

        assertEquals(400, photo.width());
        assertEquals(300, photo.height());
        assertEquals(List.of("320x240", "400x300"), sizes(photo));
        BufferedImage shown = decode(photo.variants().get(1));
        assertEquals(BufferedImage.TYPE_3BYTE_BGR, shown.getType(), "a three-component JPEG");
        if (sample.startsWith("grayscale")) {
            assertGrey(shown, 10, 10);
            assertGrey(shown, 200, 150);
        } else {
            assertColour(RED, shown, 10, 10);
            assertColour(BLUE, shown, 390, 290);
        }
    }

    @Test
    void aCmykJpegFromAPrintShopKeepsItsColoursRoughly() throws Exception {
        BufferedImage shown = decode(processor.process(stream(bytes("cmyk.jpg"))).variants().get(1));

        int red = shown.getRGB(10, 10);
        int blue = shown.getRGB(390, 290);
        assertTrue(channel(red, 16) > 180 && channel(red, 8) < 60 && channel(red, 0) < 60, hex(red));
        assertTrue(channel(blue, 0) > 180 && channel(blue, 16) < 60 && channel(blue, 8) < 80, hex(blue));
    }

    @Test
    void aWideGamutPhotoIsConvertedToSrgbSinceItsProfileIsNotKept() throws Exception {
        // Its red block is stored as about (177, 23, 23) in Adobe RGB: shown unconverted, it would look dull.
        BufferedImage shown = decode(processor.process(stream(bytes("adobe-rgb.jpg"))).variants().get(1));

        assertColour(RED, shown, 10, 10);
        assertColour(BLUE, shown, 390, 290);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rgba-16bit.png", "alpha.webp"})
    void transparencyIsLaidOnWhite(String sample) throws Exception {
        BufferedImage shown = decode(processor.process(stream(bytes(sample))).variants().get(1));

        assertColour(RED, shown, 10, 10);
        assertColour(WHITE, shown, 390, 150);
        assertColour(WHITE, shown, 390, 290);
    }

    /**
     * A grey PNG with transparency (colour type 4, as image editors and Pillow write it) keeps its greys: Java reads
     * it in a linear grey space, where a grey of 60 drawn as sRGB came out 133.
     */
    @Test
    void aGreyPngWithTransparencyKeepsItsGreysAndIsLaidOnWhite() throws Exception {
        java.awt.image.ComponentColorModel greyAndAlpha = new java.awt.image.ComponentColorModel(
                java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_GRAY), true, false,
                java.awt.Transparency.TRANSLUCENT, java.awt.image.DataBuffer.TYPE_BYTE);
        java.awt.image.WritableRaster raster = greyAndAlpha.createCompatibleWritableRaster(400, 300);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                raster.setSample(x, y, 0, x < 200 ? 60 : 200);
                raster.setSample(x, y, 1, y < 150 ? 255 : 0);
            }
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new BufferedImage(greyAndAlpha, raster, false, null), "png", png);

        BufferedImage shown = decode(processor.process(stream(png.toByteArray())).variants().get(1));

        assertLevel(60, shown.getRGB(50, 50));
        assertLevel(200, shown.getRGB(350, 50));
        assertLevel(255, shown.getRGB(50, 250));
    }

    private static void assertLevel(int expected, int rgb) {
        for (int shift : new int[] {16, 8, 0}) {
            assertTrue(Math.abs(channel(rgb, shift) - expected) <= 3, expected + " expected, " + hex(rgb));
        }
    }

    @Test
    void aMotionPhotoKeepsOnlyItsPicture() throws Exception {
        // Some Android phones append the video of a "motion photo" after the JPEG's end marker.
        byte[] video = new byte[40_000];
        System.arraycopy("ftypmp42".getBytes(StandardCharsets.US_ASCII), 0, video, 4, 8);
        byte[] motionPhoto = PhotoSamples.concat(bytes("progressive.jpg"), video);

        ProcessedPhoto photo = processor.process(stream(motionPhoto));

        assertEquals(List.of("320x240", "400x300"), sizes(photo));
        assertFalse(contains(photo.variants().get(1).bytes(), "ftypmp42"));
    }

    @Test
    void theProcessorIsABeanOfTheApplication() {
        assertTrue(PhotoProcessor.class.isAnnotationPresent(jakarta.enterprise.context.ApplicationScoped.class));
    }

    private static void assertGrey(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        assertTrue(Math.abs(channel(rgb, 16) - channel(rgb, 8)) <= 2 && Math.abs(channel(rgb, 8) - channel(rgb, 0)) <= 2,
                hex(rgb));
    }

}
