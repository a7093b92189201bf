package ca.tremplin.tenant;

import ca.tremplin.kernel.UploadedImages;

/** Logos: at most 2 MB uploaded, stored as a PNG of at most 480 × 240. */
public final class LogoImages {

    public static final UploadedImages.Purpose LOGO = new UploadedImages.Purpose("logo", 2 * 1024 * 1024, 480, 240, "png");

    private LogoImages() {
    }

    public static byte[] normalise(byte[] uploaded) {
        return UploadedImages.normalise(uploaded, LOGO);
    }
}
