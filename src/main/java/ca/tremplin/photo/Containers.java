package ca.tremplin.photo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What the image readers leave aside, read from the file's own structure: where its EXIF block is (a JPEG's APP1
 * segment, a PNG's eXIf chunk, a WebP's EXIF chunk) and how many frames an animated PNG declares (the JDK reads only
 * its first). Every length is checked against the bytes present: a malformed structure yields "nothing found".
 */
final class Containers {

    /** Where a TIFF structure starts and how long it is, inside the file's bytes. */
    record Slice(int offset, int length) {
    }

    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private Containers() {
    }

    /** The EXIF block's TIFF structure, or null when the file has none. */
    static Slice exif(PhotoFormat format, byte[] bytes) {
        return switch (format) {
            case JPEG -> jpegExif(bytes);
            case PNG -> pngChunk(bytes, "eXIf");
            case WEBP -> withoutExifHeader(bytes, webpChunk(bytes, "EXIF"));
            case GIF -> null;
        };
    }

    /** The number of frames an APNG's acTL chunk declares; 1 for a plain PNG. */
    static long apngFrames(byte[] bytes) {
        Slice control = pngChunk(bytes, "acTL");
        return control == null || control.length() < 8 ? 1 : bigEndian32(bytes, control.offset());
    }

    private static Slice jpegExif(byte[] bytes) {
        int position = 2;
        while (position + 4 <= bytes.length && (bytes[position] & 0xFF) == 0xFF) {
            int marker = bytes[position + 1] & 0xFF;
            if (marker == 0xFF) {
                position++; // fill byte
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return null; // start of scan or end of image: the metadata segments are behind
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                position += 2; // markers without a length
                continue;
            }
            int length = bigEndian16(bytes, position + 2);
            int data = position + 4;
            int end = position + 2 + length;
            if (length < 2 || end > bytes.length) {
                return null;
            }
            if (marker == 0xE1 && startsWith(bytes, data, end, EXIF_HEADER)) {
                return new Slice(data + EXIF_HEADER.length, end - data - EXIF_HEADER.length);
            }
            position = end;
        }
        return null;
    }

    private static Slice pngChunk(byte[] bytes, String wanted) {
        int position = 8;
        while (position + 12 <= bytes.length) {
            long length = bigEndian32(bytes, position);
            String type = new String(bytes, position + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > bytes.length - position - 12) {
                return null;
            }
            if (type.equals(wanted)) {
                return new Slice(position + 8, (int) length);
            }
            if (type.equals("IEND")) {
                return null;
            }
            position += 12 + (int) length;
        }
        return null;
    }

    private static Slice webpChunk(byte[] bytes, String wanted) {
        int position = 12;
        while (position + 8 <= bytes.length) {
            String type = new String(bytes, position, 4, StandardCharsets.ISO_8859_1);
            long length = littleEndian32(bytes, position + 4);
            if (length > bytes.length - position - 8) {
                return null;
            }
            if (type.equals(wanted)) {
                return new Slice(position + 8, (int) length);
            }
            position += 8 + (int) length + (int) (length & 1); // chunks are padded to an even length
        }
        return null;
    }

    /** Some writers put the JPEG's "Exif\0\0" header in front of a WebP's EXIF chunk too. */
    private static Slice withoutExifHeader(byte[] bytes, Slice chunk) {
        if (chunk != null && startsWith(bytes, chunk.offset(), chunk.offset() + chunk.length(), EXIF_HEADER)) {
            return new Slice(chunk.offset() + EXIF_HEADER.length, chunk.length() - EXIF_HEADER.length);
        }
        return chunk;
    }

    private static boolean startsWith(byte[] bytes, int from, int end, byte[] expected) {
        return end - from >= expected.length
                && Arrays.equals(bytes, from, from + expected.length, expected, 0, expected.length);
    }

    static int bigEndian16(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
    }

    static long bigEndian32(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFFL) << 24) | ((bytes[offset + 1] & 0xFF) << 16) | ((bytes[offset + 2] & 0xFF) << 8)
                | (bytes[offset + 3] & 0xFF);
    }

    private static long littleEndian32(byte[] bytes, int offset) {
        return ((bytes[offset + 3] & 0xFFL) << 24) | ((bytes[offset + 2] & 0xFF) << 16) | ((bytes[offset + 1] & 0xFF) << 8)
                | (bytes[offset] & 0xFF);
    }
}
