package ca.tremplin.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Uploaded ZIP packages (Excel workbooks, Word documents) checked before anything reads them: a few kilobytes can
 * expand to gigabytes (a "zip bomb") or hold a million entries. The central directory is read first — the number of
 * entries, each entry's name (no absolute path, no {@code ..}, no backslash, not nested deeper than
 * {@link Bounds#mostDepth}), its declared expanded size and its compression ratio —, then every entry is inflated
 * once into nothing, counting the bytes that really come out, since the declared sizes are the sender's word: an
 * entry that gives more than it declared, more than an entry may, or a package that gives more than a package may,
 * is refused as soon as the bound is passed, never after. Once checked, the file on disk is what was counted.
 *
 * <p>Each refusal is a {@link BusinessRuleException} whose message names the limit ({@code archive.*}).
 */
public final class UploadedArchives {

    /** An entry this small may compress as well as it likes: the ratio is only asked of larger ones. */
    private static final long RATIO_FROM_BYTES = 1024 * 1024;
    private static final int MIB = 1024 * 1024;

    /**
     * What a package may hold: entries, the bytes one entry and all of them expand to, how many times an entry may
     * expand its compressed size, and how deep its names may nest.
     */
    public record Bounds(int mostEntries, long mostEntryBytes, long mostTotalBytes, int mostRatio, int mostDepth) {
    }

    /**
     * An attendee list as a workbook: Excel writes about a dozen parts, a few hundred with many sheets or pictures;
     * a sheet of Excel's million rows by a dozen columns is about 500 MB of XML; text compresses ten to thirty times,
     * a deflated bomb a thousand.
     */
    public static final Bounds WORKBOOK = new Bounds(2_000, 512L * MIB, 1024L * MIB, 200, 8);

    /** A Word document of 8 MB at most (a CV). */
    public static final Bounds DOCUMENT = new Bounds(2_000, 128L * MIB, 256L * MIB, 200, 8);

    private UploadedArchives() {
    }

    /**
     * Checks the package at {@code file} against {@code bounds}.
     *
     * @return the names of its entries, in the order of the central directory
     * @throws BusinessRuleException when it is not a readable package or passes a bound
     */
    public static java.util.List<String> check(Path file, Bounds bounds) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > bounds.mostEntries()) {
                throw new BusinessRuleException("archive.tooManyEntries", zip.size(), bounds.mostEntries());
            }
            java.util.List<String> names = new java.util.ArrayList<>(zip.size());
            long declaredTotal = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                checkName(entry.getName(), bounds);
                checkDeclared(entry, bounds);
                declaredTotal += Math.max(0, entry.getSize());
                if (declaredTotal > bounds.mostTotalBytes()) {
                    throw tooLarge(bounds);
                }
                names.add(entry.getName());
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long declared = entry.getSize() < 0 ? bounds.mostEntryBytes() : entry.getSize();
                long expanded = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                        expanded += read;
                        total += read;
                        if (expanded > bounds.mostEntryBytes()) {
                            throw entryTooLarge(bounds);
                        }
                        if (expanded > declared) {
                            throw new BusinessRuleException("archive.lyingSize");
                        }
                        if (total > bounds.mostTotalBytes()) {
                            throw tooLarge(bounds);
                        }
                    }
                }
            }
            return names;
        } catch (IOException | IllegalArgumentException unreadable) {
            // java.util.zip says a name it cannot decode with IllegalArgumentException.
            throw new BusinessRuleException("archive.unreadable");
        }
    }

    private static void checkName(String name, Bounds bounds) {
        String[] parts = name.split("/", -1);
        boolean climbs = false;
        for (String part : parts) {
            climbs |= part.equals("..");
        }
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":") || climbs
                || name.chars().anyMatch(c -> c < 32)) {
            throw new BusinessRuleException("archive.badPath");
        }
        if (parts.length > bounds.mostDepth() + 1) {
            throw new BusinessRuleException("archive.tooDeep", bounds.mostDepth());
        }
    }

    private static void checkDeclared(ZipEntry entry, Bounds bounds) {
        long size = entry.getSize();
        if (size > bounds.mostEntryBytes()) {
            throw entryTooLarge(bounds);
        }
        long compressed = entry.getCompressedSize();
        if (size > RATIO_FROM_BYTES && (compressed <= 0 || size / compressed > bounds.mostRatio())) {
            throw new BusinessRuleException("archive.ratio", bounds.mostRatio());
        }
    }

    private static BusinessRuleException entryTooLarge(Bounds bounds) {
        return new BusinessRuleException("archive.entryTooLarge", bounds.mostEntryBytes() / MIB);
    }

    private static BusinessRuleException tooLarge(Bounds bounds) {
        return new BusinessRuleException("archive.tooLarge", bounds.mostTotalBytes() / MIB);
    }
}
