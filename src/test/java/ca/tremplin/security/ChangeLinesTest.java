package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A record's history page shows the most recent fifty lines, each by its author's name or as the platform's own, and a
 * long detail by its beginning, the whole of it kept for the reader to open.
 */
class ChangeLinesTest {

    private static StaffChange line(Long actorId, String detail) {
        return new StaffChange(actorId, StaffChange.Subject.EVENT, 2L, StaffChange.What.EVENT_EDITED, detail,
                Instant.EPOCH);
    }

    @Test
    void aPageShowsTheMostRecentFiftyLinesAtFirstAndFiftyMoreAtEachAsk() {
        assertEquals(50, ChangeLines.STEP);
        assertEquals(100, ChangeLines.more(50));
        assertEquals(ChangeLines.MOST, ChangeLines.more(ChangeLines.MOST), "never past the most a page shows");
    }

    @Test
    void aLineSaysWhoByNameAnAccountGoneByADashAndThePlatformByNone() {
        ChangeLines lines = new ChangeLines(List.of(), Map.of(7L, "Amani Nyambura"), false);

        assertEquals("Amani Nyambura", lines.who(line(7L, null)));
        assertEquals("—", lines.who(line(8L, null)));
        assertNull(lines.who(line(null, null)), "the page says Tremplin (automatic)");
    }

    @Test
    void aShortDetailIsShownWholeALongOneByItsBeginningInTheReadersWords() {
        ChangeLines lines = new ChangeLines(List.of(), Map.of(), false);
        assertNull(lines.shortenedDetail(line(7L, "CAPACITY (80 → 120)"), Locale.ENGLISH), "shown whole");

        String meeting = "https://meet.example/j/" + "9".repeat(300);
        StaffChange moved = line(7L, "ONLINE_URL (" + meeting + "1 → " + meeting + "2)");
        String shortened = lines.shortenedDetail(moved, Locale.ENGLISH);
        assertEquals(ChangeLines.SHOWN_DETAIL, shortened.length());
        assertTrue(shortened.startsWith("online meeting address (https://meet.example/j/999"), shortened);
        assertTrue(shortened.endsWith("…"));
        assertTrue(moved.detailIn(Locale.ENGLISH).endsWith(meeting + "2)"), "the whole, for the reader to open");
    }
}
