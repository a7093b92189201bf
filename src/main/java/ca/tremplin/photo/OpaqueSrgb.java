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
        if (space.getType() == ColorSpace.TYPE_GRAY && type != BufferedImage.TYPE_BYTE_GRAY) {
            return greyOnWhite(decoded);
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

    /**
     * A grey image with transparency or 16-bit samples (PNG's grey and alpha): Java decodes it in a linear grey
     * space, and drawing it as sRGB would lighten every grey (60 came out as 133); PNG's grey samples are encoded
     * for display as sRGB's are, so they are read as they are, scaled to 8 bits and laid on white by their alpha.
     */
    private static BufferedImage greyOnWhite(BufferedImage grey) {
        java.awt.image.Raster samples = grey.getRaster();
        java.awt.image.ColorModel model = grey.getColorModel();
        double greyMax = (1 << model.getComponentSize(0)) - 1;
        boolean transparent = model.hasAlpha() && samples.getNumBands() > 1;
        double alphaMax = transparent ? (1 << model.getComponentSize(1)) - 1 : 1;
        BufferedImage opaque = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                double level = samples.getSample(x, y, 0) / greyMax * 255;
                double alpha = transparent ? samples.getSample(x, y, 1) / alphaMax : 1;
                int shown = (int) Math.round(level * alpha + 255 * (1 - alpha));
                opaque.setRGB(x, y, shown << 16 | shown << 8 | shown);
            }
        }
        return opaque;
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
