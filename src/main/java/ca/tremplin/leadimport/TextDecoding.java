package ca.tremplin.leadimport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the bytes of an uploaded list as text whatever produced it: a byte-order mark says UTF-8 or UTF-16
 * (Teams writes UTF-16LE); without one, UTF-16 shows as zero bytes every other byte; text that is valid UTF-8
 * is UTF-8; anything else is Windows-1252 (Excel's "CSV" on Windows). A file with zero bytes or control
 * characters in it is not text. The file is streamed: deciding costs one pass at most, never its size in memory.
 */
public final class TextDecoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE_BYTES = 4000;
    private static final int SAMPLE_CHARS = 8000;

    private TextDecoding() {
    }

    /** How to read the file: its character set, the byte-order mark to skip, and the name shown to staff. */
    public record Decoded(Charset charset, int markLength, String encoding) {

        /** The file's text from its start, after the byte-order mark. */
        public Reader open(ImportSource source) throws IOException {
            InputStream in = new BufferedInputStream(source.open(), 1 << 16);
            in.skipNBytes(markLength);
            return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
        }
    }

    public static Decoded decode(ImportSource source) {
        try {
            byte[] head;
            try (InputStream in = source.open()) {
                head = in.readNBytes(SAMPLE_BYTES);
            }
            if (head.length == 0) {
                throw new ImportProblem("import.invalid.empty");
            }
            if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
                return checked(source, new Decoded(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)"));
            }
            if (startsWith(head, 0xFF, 0xFE)) {
                return checked(source, new Decoded(StandardCharsets.UTF_16LE, 2, "UTF-16LE"));
            }
            if (startsWith(head, 0xFE, 0xFF)) {
                return checked(source, new Decoded(StandardCharsets.UTF_16BE, 2, "UTF-16BE"));
            }
            int zerosAtOdd = 0;
            int zerosAtEven = 0;
            for (int i = 0; i < head.length; i++) {
                if (head[i] == 0) {
                    if (i % 2 == 0) {
                        zerosAtEven++;
                    } else {
                        zerosAtOdd++;
                    }
                }
            }
            if (zerosAtOdd > head.length / 4 && zerosAtEven == 0) {
                return checked(source, new Decoded(StandardCharsets.UTF_16LE, 0, "UTF-16LE"));
            }
            if (zerosAtEven > head.length / 4 && zerosAtOdd == 0) {
                return checked(source, new Decoded(StandardCharsets.UTF_16BE, 0, "UTF-16BE"));
            }
            Decoded utf8 = new Decoded(StandardCharsets.UTF_8, 0, "UTF-8");
            return checked(source, isValidUtf8(source) ? utf8 : new Decoded(WINDOWS_1252, 0, "windows-1252"));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** One pass over the whole file with a decoder that refuses malformed input. */
    private static boolean isValidUtf8(ImportSource source) throws IOException {
        try (InputStream in = source.open(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer) >= 0) {
                // reading is the check
            }
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    /** Control characters near the start mean binary; a file of blanks is empty. */
    private static Decoded checked(ImportSource source, Decoded decoded) throws IOException {
        try (Reader reader = decoded.open(source)) {
            char[] buffer = new char[SAMPLE_CHARS];
            int sample = reader.read(buffer);
            boolean blank = true;
            for (int i = 0; i < Math.max(sample, 0); i++) {
                char c = buffer[i];
                if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                    throw new ImportProblem("import.invalid.binary");
                }
                blank &= Character.isWhitespace(c);
            }
            for (int read = sample; blank && read > 0; read = reader.read(buffer)) {
                for (int i = 0; i < read && blank; i++) {
                    blank = Character.isWhitespace(buffer[i]);
                }
            }
            if (blank) {
                throw new ImportProblem("import.invalid.empty");
            }
        }
        return decoded;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
