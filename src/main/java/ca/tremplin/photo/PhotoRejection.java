package ca.tremplin.photo;

/** Why a photo was refused; each has its message, {@code photo.rejected.<NAME>}, in both bundles. */
public enum PhotoRejection {
    /** Nothing was sent. */
    EMPTY,
    /** The bytes are not a JPEG, PNG, WebP or GIF, whatever the file is called. */
    NOT_AN_IMAGE,
    /** More than {@link PhotoProcessor#MAX_UPLOAD_BYTES}. */
    FILE_TOO_LARGE,
    /** The header declares more than {@link PhotoProcessor#MAX_PIXELS}: refused before decoding. */
    TOO_MANY_PIXELS,
    /** A side shorter than {@link PhotoProcessor#MIN_SIDE}: nobody could be seen at work on it. */
    TOO_SMALL,
    /**
     * One side more than {@link PhotoProcessor#MOST_ELONGATED} times the other (a strip, a screenshot of a long
     * page): on a profile card it would show a few pixels wide.
     */
    TOO_ELONGATED,
    /** An animation (GIF, WebP or PNG of more than one frame). */
    ANIMATED,
    /** A known format whose content is truncated or corrupt, as an interrupted upload leaves it. */
    BROKEN,
    /** HEIC/HEIF, the iPhone's default: no decoder for it runs here. */
    HEIC_NOT_SUPPORTED
}
