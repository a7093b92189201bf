import ca.tremplin.photo.PhotoProcessor;
import ca.tremplin.photo.ProcessedPhoto;
import ca.tremplin.photo.PhotoVariant;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Time and memory of PhotoProcessor.process for a phone photo: a JPEG of the given size, with sensor-like noise over
 * gradients and shapes (so it weighs what a phone's does, about 3 MB for 12 megapixels at quality 0.92), stored
 * sideways with EXIF Orientation 6. Prints the median and slowest time of the measured runs, the bytes allocated per
 * photo, and the peak of the heap's pools during the measured runs. The photo is made by a first run, so that
 * making it (a 48-megapixel picture takes 140 MB) does not count in the heap of the measured ones.
 * With an ICC profile given, the photo carries it as an iPhone carries Display P3, and its pixels are converted to sRGB.
 * Usage: java -cp target/classes:DEPENDENCIES src/bench/PhotoProcessing.java make width height file [profile.icc]
 *        java -Xmx... -cp target/classes:DEPENDENCIES src/bench/PhotoProcessing.java measure file warmups runs
 *        java -cp target/classes:DEPENDENCIES src/bench/PhotoProcessing.java variants file out.sql
 * The last writes the processed variants of a photo as MariaDB variables (@photo_1, @width_1, @height_1 for the
 * narrowest, then _2, _3...) for the showcase benchmark's data (src/bench/showcase-data.sql). With -Dnoise=N the
 * photo made has that much sensor noise (default 6, a phone's in dim light; 2, a bright day's, gives lighter files).
 */
public class PhotoProcessing {

    private static final double NOISE = Double.parseDouble(System.getProperty("noise", "6"));

    public static void main(String[] args) throws Exception {
        if (args[0].equals("make")) {
            byte[] profile = args.length > 4 ? Files.readAllBytes(Path.of(args[4])) : null;
            Files.write(Path.of(args[3]), phonePhoto(Integer.parseInt(args[1]), Integer.parseInt(args[2]), profile));
            return;
        }
        byte[] photo = Files.readAllBytes(Path.of(args[1]));
        if (args[0].equals("variants")) {
            writeVariables(new PhotoProcessor().process(new ByteArrayInputStream(photo)), Path.of(args[2]));
            return;
        }
        int warmups = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        PhotoProcessor processor = new PhotoProcessor();

        for (int i = 0; i < warmups; i++) {
            processor.process(new ByteArrayInputStream(photo));
        }
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        double[] millis = new double[runs];
        ProcessedPhoto result = null;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            result = processor.process(new ByteArrayInputStream(photo));
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        long allocated = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / runs;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        Arrays.sort(millis);
        StringBuilder variants = new StringBuilder();
        for (PhotoVariant variant : result.variants()) {
            variants.append(' ').append(variant.width()).append('x').append(variant.height())
                    .append(" (").append(variant.bytes().length / 1024).append(" KB)");
        }
        System.out.printf("%dx%d JPEG of %.1f MB, -Xmx%d MB: median %.0f ms, slowest %.0f ms over %d runs;"
                        + " %.0f MB allocated per photo; heap pools' peak %.0f MB; variants%s%n",
                result.width(), result.height(), photo.length / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576, millis[runs / 2],
                millis[runs - 1], runs, allocated / 1048576.0, peak / 1048576.0, variants);
    }

    private static void writeVariables(ProcessedPhoto photo, Path sql) throws Exception {
        StringBuilder variables = new StringBuilder();
        int n = 0;
        for (PhotoVariant variant : photo.variants()) {
            n++;
            variables.append(String.format("SET @width_%d = %d, @height_%d = %d, @photo_%d = 0x%s;%n", n,
                    variant.width(), n, variant.height(), n, java.util.HexFormat.of().formatHex(variant.bytes())));
            System.out.printf("variant %d: %d x %d, %d KB%n", n, variant.width(), variant.height(),
                    variant.bytes().length / 1024);
        }
        Files.writeString(sql, variables.append("SET @variants = ").append(n).append(";\n"));
    }

    /**
     * A phone-like JPEG, quality 0.92, with an EXIF block giving Orientation 6 as a phone held upright writes, and
     * the ICC profile if one is given (APP2, in one segment: the profile must be under 64 KB).
     */
    static byte[] phonePhoto(int width, int height, byte[] profile) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(0x6a8caf), 0, height, new Color(0xd9c7a1)));
        graphics.fillRect(0, 0, width, height);
        Random random = new Random(42);
        for (int i = 0; i < 400; i++) {
            graphics.setColor(new Color(random.nextInt(0xFFFFFF)));
            graphics.fillOval(random.nextInt(width), random.nextInt(height), 20 + random.nextInt(width / 8),
                    20 + random.nextInt(height / 8));
        }
        graphics.dispose();
        byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) Math.max(0, Math.min(255, (pixels[i] & 0xFF) + (int) (random.nextGaussian() * NOISE)));
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.92f);
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(jpeg)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        byte[] encoded = jpeg.toByteArray();
        byte[] exif = {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1,
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0};
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        withExif.write(encoded, 0, 2);
        withExif.write(exif);
        if (profile != null) {
            byte[] header = "ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            int length = 2 + header.length + 2 + profile.length;
            withExif.write(new byte[] {(byte) 0xFF, (byte) 0xE2, (byte) (length >> 8), (byte) length});
            withExif.write(header);
            withExif.write(new byte[] {1, 1});
            withExif.write(profile);
        }
        withExif.write(encoded, 2, encoded.length - 2);
        return withExif.toByteArray();
    }
}
