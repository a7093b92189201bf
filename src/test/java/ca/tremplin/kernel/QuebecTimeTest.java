package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuebecTimeTest {

    @Test
    void aUtcDayAndHourIsPutOnItsQuebecDayInWinterSummerAndTheNightsTheClocksChange() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        assertEquals(LocalDate.of(2026, 3, 1), QuebecTime.dayOf(monday, 3), "03:30 UTC is 22:30 the Sunday before (−5)");
        assertEquals(monday, QuebecTime.dayOf(monday, 5), "05:00 UTC is Québec's midnight in winter");
        LocalDate july = LocalDate.of(2026, 7, 15);
        assertEquals(july.minusDays(1), QuebecTime.dayOf(july, 3), "−4 in summer");
        assertEquals(july, QuebecTime.dayOf(july, 4), "04:00 UTC is Québec's midnight in summer");
        assertEquals(LocalDate.of(2026, 3, 7), QuebecTime.dayOf(LocalDate.of(2026, 3, 8), 4),
                "the night the clocks go forward, 04:00 UTC is still 23:00 the day before");
        assertEquals(LocalDate.of(2026, 11, 1), QuebecTime.dayOf(LocalDate.of(2026, 11, 1), 4),
                "the night they go back, 04:00 UTC is 00:00 of that day");
    }
}
