package ca.tremplin.leadimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the bytes of an uploaded list as text whatever produced it: a byte-order mark says UTF-8 or UTF-16
 * (Teams writes UTF-16LE); without one, UTF-16 shows as zero bytes every other byte; text that is valid UTF-8
 * is UTF-8; anything else is Windows-1252 (Excel's "CSV" on Windows). A file with zero bytes or control
 * characters in it is not text.
 */
public final class TextDecoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /** The text and the encoding it was read with. */
    public record Decoded(String text, String encoding) {
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportProblem("import.invalid.empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        int sample = Math.min(bytes.length, 4000);
        int zerosAtOdd = 0;
        int zerosAtEven = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    zerosAtEven++;
                } else {
                    zerosAtOdd++;
                }
            }
        }
        if (zerosAtOdd > sample / 4 && zerosAtEven == 0) {
            return checked(new String(bytes, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (zerosAtEven > sample / 4 && zerosAtOdd == 0) {
            return checked(new String(bytes, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return checked(utf8, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return checked(new String(bytes, WINDOWS_1252), "windows-1252");
        }
    }

    private static Decoded checked(String text, String encoding) {
        int sample = Math.min(text.length(), 8000);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                control++;
            }
        }
        if (control > 0) {
            throw new ImportProblem("import.invalid.binary");
        }
        if (text.isBlank()) {
            throw new ImportProblem("import.invalid.empty");
        }
        return new Decoded(text, encoding);
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
