package ca.tremplin.photo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * The formats accepted, recognised by their first bytes (their "magic"), never by a file name or a declared type.
 * JPEG, PNG and WebP are what phones and browsers send; a GIF of one frame is a still picture and is accepted too.
 * Anything else — BMP, TIFF, AVIF, a PDF, a text file — is refused: no phone sends them as a photo.
 */
enum PhotoFormat {
    JPEG("jpeg"), PNG("png"), WEBP("webp"), GIF("gif");

    /**
     * ISO base media file brands of HEIF images (HEVC-coded "heic"/"heix", their sequences, the generic "mif1"/"msf1"),
     * as iPhones write them by default. AVIF shares the container but not the codec; its own brand wins.
     */
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1",
            "msf1", "mif2");
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String label;

    PhotoFormat(String label) {
        this.label = label;
    }

    /** "jpeg", "png", "webp" or "gif". */
    String label() {
        return label;
    }

    /** Whether the format can hold more than one frame, which the reader then counts. */
    boolean mayBeAnimated() {
        return this == GIF || this == WEBP;
    }

    static PhotoFormat recognise(byte[] bytes) throws PhotoRejectedException {
        if (startsWith(bytes, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return PNG;
        }
        if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
            return WEBP;
        }
        if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
            return GIF;
        }
        if (isHeif(bytes)) {
            throw new PhotoRejectedException(PhotoRejection.HEIC_NOT_SUPPORTED);
        }
        throw new PhotoRejectedException(PhotoRejection.NOT_AN_IMAGE);
    }

    /** An ISO base media file whose "ftyp" box names a HEIF brand, as its major brand or a compatible one. */
    private static boolean isHeif(byte[] bytes) {
        if (bytes.length < 16 || !startsWith(bytes, 4, ascii("ftyp"))) {
            return false;
        }
        long boxSize = ((bytes[0] & 0xFFL) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
        int end = (int) Math.min(Math.min(boxSize, 256), bytes.length);
        String major = brandAt(bytes, 8);
        if (AVIF_BRANDS.contains(major)) {
            return false;
        }
        if (HEIF_BRANDS.contains(major)) {
            return true;
        }
        for (int brand = 16; brand + 4 <= end; brand += 4) {
            if (HEIF_BRANDS.contains(brandAt(bytes, brand))) {
                return true;
            }
        }
        return false;
    }

    private static String brandAt(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] expected) {
        return bytes.length >= offset + expected.length
                && Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
