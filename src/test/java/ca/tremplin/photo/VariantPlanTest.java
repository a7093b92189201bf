package ca.tremplin.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The variants' sizes and the subsampling a photo is decoded with, decided from its header alone. */
class VariantPlanTest {

    @Test
    void aTwelveMegapixelPhoneSensorGivesThreeWidthsAndIsReadWhole() {
        VariantPlan plan = VariantPlan.of(4032, 3024);
        assertEquals("320x240 640x480 1280x960", sizes(plan));
        assertEquals(1, plan.subsampling());
    }

    @Test
    void aFortyEightMegapixelPhotoIsReadOneInThreePixels() {
        VariantPlan plan = VariantPlan.of(8064, 6048);
        assertEquals("320x240 640x480 1280x960", sizes(plan));
        assertEquals(3, plan.subsampling());
        // Read as 2688 × 2016: still more than twice the largest variant.
        assertEquals(2688, 8064 / plan.subsampling());
    }

    @Test
    void aPortraitPhotoKeepsTheWidthsAndItsProportions() {
        assertEquals("320x427 640x853 1280x1707", sizes(VariantPlan.of(3024, 4032)));
    }

    @Test
    void aLongVerticalStripIsAtMostTwiceAsTallAsWide() {
        assertEquals("128x640 256x1280 300x1500", sizes(VariantPlan.of(300, 1500)));
    }

    @Test
    void aPhotoIsNeverEnlarged() {
        assertEquals("320x240 640x480", sizes(VariantPlan.of(640, 480)));
        assertEquals("200x200", sizes(VariantPlan.of(200, 200)));
        assertEquals(1, VariantPlan.of(200, 200).subsampling());
    }

    private static String sizes(VariantPlan plan) {
        List<VariantPlan.Size> sizes = plan.sizes();
        return sizes.stream().map(size -> size.width() + "x" + size.height()).collect(Collectors.joining(" "));
    }
}
