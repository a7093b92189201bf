package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Time spent in an event, as each export writes it, in whole minutes. */
class DurationTextTest {

    @Test
    void eachExportsWayOfWritingTimeIsReadInMinutes() {
        assertEquals(Optional.of(64), DurationText.minutes("64"), "Zoom");
        assertEquals(Optional.of(53), DurationText.minutes("52,5"), "a French spreadsheet");
        assertEquals(Optional.of(53), DurationText.minutes("52.5"));
        assertEquals(Optional.of(64), DurationText.minutes("1h 4m 29s"), "Teams");
        assertEquals(Optional.of(38), DurationText.minutes("38m 29s"));
        assertEquals(Optional.of(62), DurationText.minutes("1 hr 2 min"), "Google Meet");
        assertEquals(Optional.of(58), DurationText.minutes("58 min"));
        assertEquals(Optional.of(62), DurationText.minutes("1 h 02 min"));
        assertEquals(Optional.of(64), DurationText.minutes("1:04:29"), "a clock");
        assertEquals(Optional.of(65), DurationText.minutes("1:05"));
        assertEquals(Optional.of(90), DurationText.minutes("1h30"));
        assertEquals(Optional.of(90), DurationText.minutes("90 min."), "an abbreviation's dot");
        assertEquals(Optional.of(90), DurationText.minutes("1 h. 30 min."));
        assertEquals(Optional.of(90), DurationText.minutes("90\u00A0min"), "French typography's no-break space");
        assertEquals(Optional.of(90), DurationText.minutes("1\u202Fh\u00A030"));
    }

    /**
     * English writes thousands with a comma: a day-long fair's "Duration (Minutes)" in Zoom's report, "1,205", and
     * Teams' "1,205 min" are twenty hours, not a minute; a French decimal keeps its comma, and so does an hour's.
     */
    @Test
    void aCommaBeforeThreeDigitsOfMinutesSeparatesThousandsAndAFrenchDecimalStaysOne() {
        assertEquals(Optional.of(1205), DurationText.minutes("1,205"), "Zoom's Duration (Minutes)");
        assertEquals(Optional.of(1205), DurationText.minutes("1,205 min"), "Teams");
        assertEquals(Optional.of(1205), DurationText.minutes("1,205\u00A0minutes"));
        assertEquals(Optional.of(1234567), DurationText.minutes("1,234,567"));
        assertEquals(Optional.of(13), DurationText.minutes("12,5"), "a French decimal");
        assertEquals(Optional.of(13), DurationText.minutes("12,50 min"));
        assertEquals(Optional.of(0), DurationText.minutes("0,125"), "no thousand begins with a zero");
        assertEquals(Optional.of(75), DurationText.minutes("1,250 h"), "an hour and a quarter, in French");
        assertEquals(Optional.of(1265), DurationText.minutes("1 h 1,205 min"));
    }

    @Test
    void noneAndUnreadableAreTold() {
        assertTrue(DurationText.isNone("--"), "Zoom: did not come");
        assertTrue(DurationText.isNone(" "));
        assertEquals(Optional.empty(), DurationText.minutes("une heure"));
        assertEquals(Optional.empty(), DurationText.minutes("1h de trop"));
        assertEquals(Optional.empty(), DurationText.minutes("12 pommes"));
    }
}
