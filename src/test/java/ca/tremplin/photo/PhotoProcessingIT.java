package ca.tremplin.photo;

import static ca.tremplin.photo.PhotoSamples.bytes;
import static ca.tremplin.photo.PhotoSamples.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.tremplin.testsupport.InServerTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inside WildFly, where a deployment's class loader decides which image plugins ImageIO sees: the processor bean
 * reads a phone's WebP and its sideways JPEG, and a CMYK JPEG only TwelveMonkeys' reader decodes in colour, as it
 * does in unit tests.
 */
class PhotoProcessingIT extends InServerTest {

    @Inject
    PhotoProcessor processor;

    @Test
    void aWebPIsReadInsideTheServer() throws Exception {
        ProcessedPhoto photo = processor.process(stream(bytes("lossy.webp")));

        assertEquals("webp", photo.sourceFormat());
        assertEquals(List.of("320x240", "400x300"), PhotoAssertions.sizes(photo));
        BufferedImage shown = PhotoAssertions.decode(photo.variants().get(1));
        PhotoAssertions.assertColour(0xd01010, shown, 10, 10);
    }

    @Test
    void aPhoneJpegIsTurnedUprightAndStrippedInsideTheServer() throws Exception {
        ProcessedPhoto photo = processor.process(stream(bytes("phone-rotated.jpg")));

        assertEquals(300, photo.width());
        assertEquals(400, photo.height());
        PhotoVariant variant = PhotoAssertions.single(photo);
        PhotoAssertions.assertColour(0xd01010, PhotoAssertions.decode(variant), 290, 10);
        PhotoAssertions.assertOnlyPixelSegments(variant.bytes());
        assertFalse(PhotoAssertions.contains(variant.bytes(), "GPS"));
    }

    @Test
    void aCmykJpegIsReadInsideTheServer() throws Exception {
        ProcessedPhoto photo = processor.process(stream(bytes("cmyk.jpg")));

        assertEquals(List.of("320x240", "400x300"), PhotoAssertions.sizes(photo));
    }

    @Test
    void anIphoneHeicIsRefusedInsideTheServer() {
        PhotoRejectedException refused = assertThrows(PhotoRejectedException.class,
                () -> processor.process(stream(bytes("iphone.heic"))));
        assertEquals(PhotoRejection.HEIC_NOT_SUPPORTED, refused.reason());
    }
}
