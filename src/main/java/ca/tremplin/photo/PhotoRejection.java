package ca.tremplin.photo;

/** Why an uploaded photo was refused; each has its message, {@code photo.rejected.<NAME>}, in the bundles. */
public enum PhotoRejection { EMPTY, NOT_AN_IMAGE, FILE_TOO_LARGE, TOO_MANY_PIXELS, TOO_SMALL, ANIMATED, BROKEN, HEIC_NOT_SUPPORTED }
