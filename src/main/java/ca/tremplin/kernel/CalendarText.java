package ca.tremplin.kernel;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;

/**
 * A calendar as the bytes of an iCalendar file. RFC 5545 (3.1) limits a content line to 75 octets, folded with CRLF
 * and a space; ical4j folds at 75 characters, so that a line of accented text ("Séance d'information à Montréal…")
 * came out up to 85 octets, which strict calendar programs refuse. The lines are written unfolded, then folded here
 * by octets, never inside a character.
 */
public final class CalendarText {

    static final int LINE_OCTETS = 75;

    private CalendarText() {
    }

    public static byte[] of(Calendar calendar) {
        StringWriter unfolded = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, unfolded);
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return fold(unfolded.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An e-mail address as a calendar user's address ({@code mailto:}), its characters escaped as a URI needs them;
     * null for a blank address or one no URI can hold, which a calendar file then does without.
     */
    public static java.net.URI mailto(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            return new java.net.URI("mailto", address.strip(), null);
        } catch (java.net.URISyntaxException unreadable) {
            return null;
        }
    }

    /** Each line folded so that none is longer than 75 octets, its continuation lines included (their space too). */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length() + text.length() / 60);
        for (String line : text.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = LINE_OCTETS;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    folded.append("\r\n ");
                    octets = 1;
                    limit = LINE_OCTETS;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }
}
