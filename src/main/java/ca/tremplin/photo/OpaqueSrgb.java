package ca.tremplin.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;

/**
 * Decoded pixels as the web shows them: sRGB, without transparency. A wide-gamut photo (Adobe RGB, Display P3) is
 * converted through its ICC profile — the profile itself is not kept, so its colours must be in the pixels;
 * transparency is laid on white; grey, palette and 16-bit images become plain 8-bit RGB.
 */
final class OpaqueSrgb {

    private OpaqueSrgb() {
    }

    static BufferedImage of(BufferedImage decoded) {
        ColorSpace space = decoded.getColorModel().getColorSpace();
        boolean transparent = decoded.getColorModel().hasAlpha();
        int type = decoded.getType();
        boolean plainRgb = type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_INT_BGR;
        if (space.isCS_sRGB() && plainRgb) {
            return decoded;
        }
        BufferedImage image = decoded;
        if (space.getType() == ColorSpace.TYPE_RGB && !space.isCS_sRGB()) {
            image = new ColorConvertOp(null).filter(decoded, new BufferedImage(decoded.getWidth(), decoded.getHeight(),
                    transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB));
            if (!transparent) {
                return image;
            }
        }
        return onWhite(image);
    }

    /** Drawn over white: opaque pixels are copied as they are (grey levels included), transparent ones blend. */
    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = opaque.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return opaque;
    }
}
