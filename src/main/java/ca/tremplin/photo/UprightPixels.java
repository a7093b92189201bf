package ca.tremplin.photo;

import java.awt.image.BufferedImage;

/**
 * Turns a decoded image the way its EXIF orientation says it is to be shown, for uploads that are re-encoded
 * elsewhere (a centre's logo, a program's photo): a phone held upright stores its picture sideways and says so in
 * the metadata, which re-encoding drops, so the turn must be made in the pixels first.
 */
public final class UprightPixels {

    private UprightPixels() {
    }

    /**
     * @param bytes   the file as uploaded, where the orientation is read
     * @param decoded its pixels as stored
     * @return the pixels as they are to be shown (the same image when upright or without an orientation)
     */
    public static BufferedImage upright(byte[] bytes, BufferedImage decoded) {
        try {
            return Orientation.of(PhotoFormat.recognise(bytes), bytes).upright(decoded);
        } catch (PhotoRejectedException notAPhotoFormat) {
            return decoded;
        }
    }
}
