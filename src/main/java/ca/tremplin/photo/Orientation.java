package ca.tremplin.photo;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * How a camera stored a photo relative to how it was held: the EXIF Orientation tag (1 to 8). Phones store the
 * sensor's rows as they come and write, say, 6 ("turn 90° clockwise to show") rather than turning the pixels; once
 * the metadata is stripped, the turn must already be in the pixels.
 */
enum Orientation {
    /** 1: stored as shown. */
    UPRIGHT(false),
    /** 2: mirrored left to right. */
    MIRRORED(false),
    /** 3: turned 180°. */
    UPSIDE_DOWN(false),
    /** 4: mirrored top to bottom. */
    UPSIDE_DOWN_MIRRORED(false),
    /** 5: mirrored along the top-left to bottom-right diagonal. */
    TRANSPOSED(true),
    /** 6: to be turned 90° clockwise, as a phone held upright stores its photos. */
    TURN_CLOCKWISE(true),
    /** 7: mirrored along the other diagonal. */
    TRANSVERSED(true),
    /** 8: to be turned 90° counter-clockwise. */
    TURN_COUNTER_CLOCKWISE(true);

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;

    private final boolean swapsSides;

    Orientation(boolean swapsSides) {
        this.swapsSides = swapsSides;
    }

    /** Whether the photo as shown is the stored one's height wide. */
    boolean swapsSides() {
        return swapsSides;
    }

    /** The orientation the photo's EXIF block gives; upright when it has none or it cannot be read. */
    static Orientation of(PhotoFormat format, byte[] bytes) {
        Containers.Slice tiff = Containers.exif(format, bytes);
        return tiff == null ? UPRIGHT : fromTiff(bytes, tiff.offset(), tiff.offset() + tiff.length());
    }

    /** Reads the Orientation entry of the first directory (IFD0) of a TIFF structure. */
    private static Orientation fromTiff(byte[] bytes, int start, int end) {
        if (end - start < 8) {
            return UPRIGHT;
        }
        boolean littleEndian = bytes[start] == 'I' && bytes[start + 1] == 'I';
        if (!littleEndian && !(bytes[start] == 'M' && bytes[start + 1] == 'M')) {
            return UPRIGHT;
        }
        TiffNumbers numbers = new TiffNumbers(bytes, start, littleEndian);
        long directory = numbers.u32(4);
        if (directory < 8 || start + directory + 2 > end) {
            return UPRIGHT;
        }
        int entries = numbers.u16((int) directory);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + 12 * i;
            if (start + entry + 12 > end) {
                return UPRIGHT;
            }
            if (numbers.u16(entry) == ORIENTATION_TAG && numbers.u16(entry + 2) == SHORT) {
                int value = numbers.u16(entry + 8);
                return value >= 1 && value <= 8 ? values()[value - 1] : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    /** The image turned as it is to be shown: a new image, or this one when it is upright already. */
    BufferedImage upright(BufferedImage stored) {
        if (this == UPRIGHT) {
            return stored;
        }
        int width = stored.getWidth();
        int height = stored.getHeight();
        int[] source = stored.getType() == BufferedImage.TYPE_INT_RGB ? pixels(stored)
                : stored.getRGB(0, 0, width, height, null, 0, width);
        int shownWidth = swapsSides ? height : width;
        int shownHeight = swapsSides ? width : height;
        BufferedImage result = new BufferedImage(shownWidth, shownHeight, BufferedImage.TYPE_INT_RGB);
        int[] shown = pixels(result);
        for (int y = 0; y < shownHeight; y++) {
            for (int x = 0; x < shownWidth; x++) {
                shown[y * shownWidth + x] = source[storedIndex(x, y, width, height)];
            }
        }
        return result;
    }

    /** The pixels of an image of type INT_RGB, in place rather than copied. */
    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** Which stored pixel is shown at (x, y). */
    private int storedIndex(int x, int y, int width, int height) {
        return switch (this) {
            case UPRIGHT -> y * width + x;
            case MIRRORED -> y * width + (width - 1 - x);
            case UPSIDE_DOWN -> (height - 1 - y) * width + (width - 1 - x);
            case UPSIDE_DOWN_MIRRORED -> (height - 1 - y) * width + x;
            case TRANSPOSED -> x * width + y;
            case TURN_CLOCKWISE -> (height - 1 - x) * width + y;
            case TRANSVERSED -> (height - 1 - x) * width + (width - 1 - y);
            case TURN_COUNTER_CLOCKWISE -> x * width + (width - 1 - y);
        };
    }

    /** Unsigned numbers of a TIFF structure, in its byte order, at offsets from its start. */
    private record TiffNumbers(byte[] bytes, int start, boolean littleEndian) {

        int u16(int offset) {
            int first = bytes[start + offset] & 0xFF;
            int second = bytes[start + offset + 1] & 0xFF;
            return littleEndian ? (second << 8) | first : (first << 8) | second;
        }

        long u32(int offset) {
            long high = u16(littleEndian ? offset + 2 : offset);
            long low = u16(littleEndian ? offset : offset + 2);
            return (high << 16) | low;
        }
    }
}
