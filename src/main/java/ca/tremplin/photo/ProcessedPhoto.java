package ca.tremplin.photo;

import java.util.List;

/** A photo checked and re-encoded: the size it came in, its format, and its variants, largest first. */
public record ProcessedPhoto(int width, int height, String sourceFormat, List<PhotoVariant> variants) {
}
