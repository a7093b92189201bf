package ca.tremplin.photo;

import java.util.List;

/**
 * A photo accepted and re-encoded.
 *
 * @param width        the photo's width as it is shown (turned upright), at full resolution
 * @param height       its height as it is shown
 * @param sourceFormat what the bytes were: "jpeg", "png", "webp" or "gif"
 * @param variants     its re-encoded variants, narrowest first; never empty
 */
public record ProcessedPhoto(int width, int height, String sourceFormat, List<PhotoVariant> variants)
        implements java.io.Serializable {

    public ProcessedPhoto {
        variants = List.copyOf(variants);
    }
}
