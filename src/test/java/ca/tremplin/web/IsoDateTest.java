package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class IsoDateTest {

    @Test
    void readsADayThatExists() {
        assertEquals(LocalDate.of(2028, 2, 29), IsoDate.parse("2028-02-29"));
        assertEquals(LocalDate.of(2026, 12, 31), IsoDate.parse("2026-12-31"));
    }

    @Test
    void refusesADayPastTheMonthsEndInsteadOfMovingItToTheLastDay() {
        assertThrows(DateTimeParseException.class, () -> IsoDate.parse("2026-02-30"));
        assertThrows(DateTimeParseException.class, () -> IsoDate.parse("2026-02-29"));
        assertThrows(DateTimeParseException.class, () -> IsoDate.parse("2026-04-31"));
        assertThrows(DateTimeParseException.class, () -> IsoDate.parse("2026-13-01"));
        assertThrows(DateTimeParseException.class, () -> IsoDate.parse("30/02/2026"));
    }
}
