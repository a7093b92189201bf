package ca.tremplin.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * An image made smaller by halving steps with bilinear interpolation, the last step landing on the size wanted: at
 * exactly half, bilinear averages each square of four pixels, so no detail is skipped (one bilinear jump from 4032 to
 * 1280 pixels would read one pixel in three and shimmer). Each step holds a quarter of the one before, so the largest
 * image in memory besides the source is a quarter of it.
 */
final class Reduction {

    private Reduction() {
    }

    static BufferedImage to(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        while (current.getWidth() != width || current.getHeight() != height) {
            int stepWidth = Math.max(width, (current.getWidth() + 1) / 2);
            int stepHeight = Math.max(height, (current.getHeight() + 1) / 2);
            current = drawn(current, stepWidth, stepHeight);
        }
        return current;
    }

    private static BufferedImage drawn(BufferedImage image, int width, int height) {
        BufferedImage smaller = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = smaller.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return smaller;
    }
}
