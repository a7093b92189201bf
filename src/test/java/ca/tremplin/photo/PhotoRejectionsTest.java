package ca.tremplin.photo;

import static ca.tremplin.photo.PhotoSamples.bytes;
import static ca.tremplin.photo.PhotoSamples.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every photo that cannot be published is refused with its reason, before anything costly happens: an empty upload, a
 * file that is not a picture whatever its name, one over 15 MB (read no further than that), one declaring more than 50
 * megapixels (refused from its header, never decoded), one too small to see anybody on, an animation, a file cut short
 * or corrupt, and an iPhone's HEIC, with a message that says how to send a JPEG instead. Each reason has its message in
 * French and in English.
 */
class PhotoRejectionsTest {

    private final PhotoProcessor processor = new PhotoProcessor();

    @Test
    void nothingSentIsEmpty() {
        assertRejected(PhotoRejection.EMPTY, new byte[0]);
        PhotoRejectedException noStream = assertThrows(PhotoRejectedException.class, () -> processor.process(null));
        assertEquals(PhotoRejection.EMPTY, noStream.reason());
    }

    @Test
    void aTextFileNamedLikeAPhotoIsNotAnImage() {
        assertRejected(PhotoRejection.NOT_AN_IMAGE, bytes("not-a-photo.jpg"));
    }

    @Test
    void formatsNoPhoneSendsAreNotImagesHere() {
        assertRejected(PhotoRejection.NOT_AN_IMAGE, PhotoSamples.encoded(400, 300, "bmp"));
        assertRejected(PhotoRejection.NOT_AN_IMAGE, PhotoSamples.encoded(400, 300, "tiff"));
        assertRejected(PhotoRejection.NOT_AN_IMAGE, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        // AVIF shares HEIF's container (and its mif1 brand) but is a codec of its own: not the iPhone's HEIC.
        assertRejected(PhotoRejection.NOT_AN_IMAGE, PhotoSamples.heifStart("avif", "avif", "mif1", "miaf"));
    }

    @Test
    void anUploadOverTheLimitIsRefusedWithoutReadingItAll() {
        CountingEndlessStream upload = new CountingEndlessStream(PhotoSamples.encoded(400, 300, "jpeg"));

        PhotoRejectedException refused = assertThrows(PhotoRejectedException.class, () -> processor.process(upload));

        assertEquals(PhotoRejection.FILE_TOO_LARGE, refused.reason());
        assertEquals(PhotoProcessor.MAX_UPLOAD_BYTES + 1L, upload.read);
    }

    @Test
    void anUploadOfExactlyTheLimitIsRead() {
        // A photo padded to the limit (a motion photo's video after its end): not refused for its size.
        byte[] photo = PhotoSamples.encoded(400, 300, "jpeg");
        byte[] atTheLimit = Arrays.copyOf(photo, PhotoProcessor.MAX_UPLOAD_BYTES);
        PhotoRejectedException none = null;
        try {
            processor.process(stream(atTheLimit));
        } catch (PhotoRejectedException refused) {
            none = refused;
        }
        assertEquals(null, none);
    }

    @Test
    void aTinyPngDeclaringFiftyThousandPixelsSquareIsRefusedFromItsHeader() {
        byte[] bomb = PhotoSamples.pngDeclaring(50_000, 50_000);
        assertTrue(bomb.length < 5_000, "a few kilobytes: " + bomb.length);

        // Decoded, it would need 7.5 GB, and its data ends after four rows: refused as broken, or out of memory.
        assertRejected(PhotoRejection.TOO_MANY_PIXELS, bomb);
    }

    @Test
    void aJpegWhoseHeaderClaimsMoreThanFiftyMegapixelsIsRefused() {
        assertRejected(PhotoRejection.TOO_MANY_PIXELS,
                PhotoSamples.jpegDeclaring(bytes("progressive.jpg"), 10_000, 6_000));
    }

    @Test
    void fiftyMegapixelsIsTheLimitItself() {
        assertRejected(PhotoRejection.TOO_MANY_PIXELS, PhotoSamples.pngDeclaring(10_001, 5_000));
        // At the limit the header passes; the data, of four rows, then turns out too short.
        assertRejected(PhotoRejection.BROKEN, PhotoSamples.pngDeclaring(10_000, 5_000));
    }

    @Test
    void aPhotoTooSmallToSeeAnybodyIsRefused() {
        assertRejected(PhotoRejection.TOO_SMALL, PhotoSamples.encoded(199, 300, "png"));
        assertRejected(PhotoRejection.TOO_SMALL, PhotoSamples.encoded(640, 150, "jpeg"));
    }

    @Test
    void aStripThatWouldShowAFewPixelsWideIsRefusedAndAPanoramaIsNot() throws Exception {
        assertRejected(PhotoRejection.TOO_ELONGATED, PhotoSamples.encoded(200, 20_000, "jpeg"));
        assertRejected(PhotoRejection.TOO_ELONGATED, PhotoSamples.encoded(4_100, 1_000, "png"));
        processor.process(new ByteArrayInputStream(PhotoSamples.encoded(4_000, 1_000, "jpeg")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"animated.gif", "animated.webp", "animated.png"})
    void animationsAreRefused(String sample) {
        assertRejected(PhotoRejection.ANIMATED, bytes(sample));
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone-rotated.jpg", "progressive.jpg", "cmyk.jpg", "rgba-16bit.png", "lossy.webp",
            "lossless.webp"})
    void aPhotoCutShortIsBroken(String sample) {
        byte[] whole = bytes(sample);
        assertRejected(PhotoRejection.BROKEN, Arrays.copyOf(whole, whole.length * 6 / 10));
    }

    @Test
    void aPhotoWhoseDataIsGarbageIsBroken() {
        byte[] photo = bytes("phone-rotated.jpg");
        byte[] garbage = photo.clone();
        // Keep the markers up to the frame header, overwrite the rest.
        for (int i = photo.length / 2; i < photo.length; i++) {
            garbage[i] = (byte) (i * 31);
        }
        assertRejected(PhotoRejection.BROKEN, garbage);
        assertRejected(PhotoRejection.BROKEN, Arrays.copyOf(bytes("lossy.webp"), 40));
    }

    @Test
    void anUploadInterruptedWhileReadingIsBroken() {
        InputStream interrupted = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Connection reset");
            }
        };
        PhotoRejectedException refused = assertThrows(PhotoRejectedException.class,
                () -> processor.process(interrupted));
        assertEquals(PhotoRejection.BROKEN, refused.reason());
    }

    @Test
    void anIphoneHeicIsRefusedWithItsOwnReason() {
        assertRejected(PhotoRejection.HEIC_NOT_SUPPORTED, bytes("iphone.heic"));
        assertRejected(PhotoRejection.HEIC_NOT_SUPPORTED, PhotoSamples.heifStart("heic", "mif1", "heic"));
        assertRejected(PhotoRejection.HEIC_NOT_SUPPORTED, PhotoSamples.heifStart("mif1", "heix"));
    }

    @Test
    void everyReasonHasItsMessageInBothLanguagesWithTheLimitsAsTheCodeHasThem() throws IOException {
        Properties french = bundle("messages_fr.properties");
        Properties english = bundle("messages_en.properties");
        for (PhotoRejection reason : PhotoRejection.values()) {
            String key = new PhotoRejectedException(reason).messageKey();
            assertEquals("photo.rejected." + reason.name(), key);
            assertTrue(french.containsKey(key), "French " + key);
            assertTrue(english.containsKey(key), "English " + key);
        }
        int megabytes = PhotoProcessor.MAX_UPLOAD_BYTES / (1024 * 1024);
        assertTrue(french.getProperty("photo.rejected.FILE_TOO_LARGE").contains(megabytes + " Mo"));
        assertTrue(english.getProperty("photo.rejected.FILE_TOO_LARGE").contains(megabytes + " MB"));
        long megapixels = PhotoProcessor.MAX_PIXELS / 1_000_000;
        assertTrue(french.getProperty("photo.rejected.TOO_MANY_PIXELS").contains(megapixels + " millions"));
        assertTrue(english.getProperty("photo.rejected.TOO_MANY_PIXELS").contains(megapixels + " million"));
        assertTrue(french.getProperty("photo.rejected.TOO_SMALL").contains(PhotoProcessor.MIN_SIDE + " pixels"));
        assertTrue(english.getProperty("photo.rejected.TOO_SMALL").contains(PhotoProcessor.MIN_SIDE + " pixels"));
        assertTrue(french.getProperty("photo.rejected.HEIC_NOT_SUPPORTED").contains("Le plus compatible"));
        assertTrue(english.getProperty("photo.rejected.HEIC_NOT_SUPPORTED").contains("Most Compatible"));
    }

    private void assertRejected(PhotoRejection expected, byte[] upload) {
        PhotoRejectedException refused = assertThrows(PhotoRejectedException.class,
                () -> processor.process(new ByteArrayInputStream(upload)));
        assertEquals(expected, refused.reason(), () -> "cause: " + refused.getCause());
        assertEquals("photo.rejected." + expected.name(), refused.messageKey());
    }

    private static Properties bundle(String name) throws IOException {
        try (InputStream in = PhotoRejectionsTest.class.getResourceAsStream("/ca/tremplin/i18n/" + name)) {
            Properties properties = new Properties();
            properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            return properties;
        }
    }

    /** A photo followed by zeros without end, counting what was read of it. */
    private static final class CountingEndlessStream extends InputStream {
        private final byte[] start;
        long read;

        CountingEndlessStream(byte[] start) {
            this.start = start;
        }

        @Override
        public int read() {
            return read < start.length ? start[(int) read++] & 0xFF : zero();
        }

        private int zero() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) read();
            }
            return length;
        }
    }
}
