package ca.tremplin.photo;

import java.util.ArrayList;
import java.util.List;

/**
 * The sizes a photo is published at, decided from its dimensions as shown, before it is decoded: one per width of
 * {@link PhotoProcessor#VARIANT_WIDTHS} narrower than the photo, then the photo's own size if it is narrower than the
 * widest — never enlarged, and a photo narrower than the narrowest width still gets one variant. A variant is also
 * at most twice as tall as its width, which keeps a long vertical strip from turning into megabytes.
 */
record VariantPlan(List<Size> sizes, int subsampling) {

    record Size(int width, int height) {
    }

    static VariantPlan of(int width, int height) {
        List<Size> sizes = new ArrayList<>();
        double largestScale = 1;
        for (int targetWidth : PhotoProcessor.VARIANT_WIDTHS) {
            double scale = Math.min(1, Math.min((double) targetWidth / width, 2.0 * targetWidth / height));
            Size size = new Size(Math.max(1, (int) Math.round(width * scale)),
                    Math.max(1, (int) Math.round(height * scale)));
            if (!sizes.contains(size)) {
                sizes.add(size);
            }
            largestScale = scale;
            if (scale == 1) {
                break;
            }
        }
        return new VariantPlan(List.copyOf(sizes), subsamplingFor(largestScale));
    }

    /**
     * Every how many pixels to read, across and down: decoding keeps at least twice the largest variant's pixels on
     * each side, which a good filter then reduces without aliasing, and no more — a 48-megapixel photo is read as
     * 5 megapixels rather than 48 (20 MB of heap rather than 190).
     */
    private static int subsamplingFor(double largestScale) {
        return Math.max(1, (int) Math.floor(1 / (2 * largestScale)));
    }

    Size largest() {
        return sizes.get(sizes.size() - 1);
    }
}
