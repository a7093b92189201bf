package ca.tremplin.photo;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.spi.ServiceRegistry;

/**
 * The readers and the writer of photos, chosen by name rather than by what ImageIO's global registry happens to hold.
 * That registry is one per JVM and is filled from the service files of the class loader of whichever thread first
 * touched it: inside WildFly a deployment's plugins may be missing from it, and once added they would keep the class
 * loader of an undeployed application alive. So the TwelveMonkeys plugins (JPEG — CMYK, YCCK, odd ICC profiles, broken
 * markers — and WebP) are instantiated here and never put in the global registry; the JDK's own PNG and GIF readers
 * and JPEG writer, which that registry always holds, are looked up by class.
 */
final class ImagePlugins {

    private static final ImageReaderSpi JPEG = twelveMonkeysJpeg();
    private static final ImageReaderSpi WEBP = new WebPImageReaderSpi();
    private static final ImageReaderSpi PNG = jdkProvider(ImageReaderSpi.class,
            "com.sun.imageio.plugins.png.PNGImageReaderSpi");
    private static final ImageReaderSpi GIF = jdkProvider(ImageReaderSpi.class,
            "com.sun.imageio.plugins.gif.GIFImageReaderSpi");
    private static final ImageWriterSpi JPEG_WRITER = jdkProvider(ImageWriterSpi.class,
            "com.sun.imageio.plugins.jpeg.JPEGImageWriterSpi");

    private ImagePlugins() {
    }

    /** A new reader (readers hold state: one per photo). */
    static ImageReader reader(PhotoFormat format) throws IOException {
        ImageReaderSpi provider = switch (format) {
            case JPEG -> JPEG;
            case PNG -> PNG;
            case WEBP -> WEBP;
            case GIF -> GIF;
        };
        return provider.createReaderInstance(null);
    }

    static ImageWriter jpegWriter() throws IOException {
        return JPEG_WRITER.createWriterInstance(null);
    }

    private static <T> T jdkProvider(Class<T> category, String className) {
        Iterator<T> providers = IIORegistry.getDefaultInstance().getServiceProviders(category, false);
        while (providers.hasNext()) {
            T provider = providers.next();
            if (provider.getClass().getName().equals(className)) {
                return provider;
            }
        }
        throw new IllegalStateException("The JDK's image plugin " + className + " is missing");
    }

    /**
     * TwelveMonkeys' JPEG reader wraps the JDK's, which it finds when it is registered: it is registered in a registry
     * of its own, beside the JDK's reader, rather than in the global one.
     */
    private static ImageReaderSpi twelveMonkeysJpeg() {
        ServiceRegistry own = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
        own.registerServiceProvider(jdkProvider(ImageReaderSpi.class, "com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi"),
                ImageReaderSpi.class);
        JPEGImageReaderSpi twelveMonkeys = new JPEGImageReaderSpi();
        own.registerServiceProvider(twelveMonkeys, ImageReaderSpi.class);
        if (!own.contains(twelveMonkeys)) {
            throw new IllegalStateException("TwelveMonkeys' JPEG reader did not find the JDK's to wrap");
        }
        return twelveMonkeys;
    }
}
