package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.QuebecTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A person a list makes known is first known at the event, on the day it was held where it was held. */
class FirstContactDayTest {

    private static final Instant IMPORTED = Instant.parse("2027-04-14T15:20:00Z");

    @Test
    void aPersonOfAListOfAFairHeldWeeksAgoIsFirstKnownAtTheFairsStart() {
        Instant fair = Instant.parse("2027-03-24T09:00:00Z");
        assertEquals(fair, FirstContactDay.of(fair, ZoneId.of("Europe/Paris"), IMPORTED));
    }

    @Test
    void aListOfAnEventToComeIsDatedAtTheImport() {
        assertEquals(IMPORTED, FirstContactDay.of(Instant.parse("2027-05-02T14:00:00Z"), ZoneId.of("Europe/Paris"),
                IMPORTED));
    }

    /** A fair in Tokyo at 08:00 on Monday 22 March is still Sunday evening in Québec: counted on the Monday. */
    @Test
    void aFairHeldEastOfQuebecEarlyInItsDayIsDatedOnItsOwnDayInQuebecsCalendar() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        Instant fair = LocalDate.of(2027, 3, 22).atTime(8, 0).atZone(tokyo).toInstant();
        Instant dated = FirstContactDay.of(fair, tokyo, IMPORTED);
        assertEquals(LocalDate.of(2027, 3, 22), dated.atZone(QuebecTime.ZONE).toLocalDate());
        assertEquals(LocalDate.of(2027, 3, 22).atStartOfDay(QuebecTime.ZONE).toInstant(), dated);
    }

    /** An evening session in Honolulu on Sunday 21 March is already Monday in Québec: counted on the Sunday. */
    @Test
    void anEventHeldWestOfQuebecLateInItsDayIsDatedOnItsOwnDayInQuebecsCalendar() {
        ZoneId honolulu = ZoneId.of("Pacific/Honolulu");
        Instant session = LocalDate.of(2027, 3, 21).atTime(20, 0).atZone(honolulu).toInstant();
        Instant dated = FirstContactDay.of(session, honolulu, IMPORTED);
        assertEquals(LocalDate.of(2027, 3, 21), dated.atZone(QuebecTime.ZONE).toLocalDate());
        assertEquals(session.atZone(honolulu).toLocalDate(), dated.atZone(QuebecTime.ZONE).toLocalDate());
    }

    /** A list imported while the day is still young in Québec is never dated after its import. */
    @Test
    void neverLaterThanTheImport() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        Instant fair = LocalDate.of(2027, 3, 22).atTime(8, 0).atZone(tokyo).toInstant();
        Instant importedThatEvening = fair.plusSeconds(3600);
        assertEquals(importedThatEvening, FirstContactDay.of(fair, tokyo, importedThatEvening));
    }
}
