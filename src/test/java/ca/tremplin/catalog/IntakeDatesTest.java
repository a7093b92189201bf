package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.tremplin.kernel.BusinessRuleException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An intake's dates keep their order when added and when corrected: a start day, a deadline to apply not after it; a
 * new intake lies ahead, a corrected one may keep a day already past but not move one into the past.
 */
class IntakeDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Test
    void aNewIntakeStartsAheadAndClosesItsApplicationsNoLaterThanItsStart() {
        assertDoesNotThrow(() -> IntakeDates.checkNew(day(8, 25), day(5, 1), TODAY));
        assertDoesNotThrow(() -> IntakeDates.checkNew(day(8, 25), day(8, 25), TODAY), "the deadline on the start day");
        assertDoesNotThrow(() -> IntakeDates.checkNew(day(8, 25), null, TODAY), "no deadline");
        assertRefused("intake.deadlineAfterStart", () -> IntakeDates.checkNew(day(8, 25), day(8, 26), TODAY));
        assertRefused("intake.startPast", () -> IntakeDates.checkNew(day(3, 9), null, TODAY));
        assertRefused("intake.deadlinePast", () -> IntakeDates.checkNew(day(8, 25), day(3, 9), TODAY));
        assertRefused("intake.startRequired", () -> IntakeDates.checkNew(null, day(5, 1), TODAY));
    }

    @Test
    void aCorrectionKeepsTheOrderAndMovesNoDateIntoThePast() {
        // A year typed wrong: 2072 for 2027.
        assertDoesNotThrow(() -> IntakeDates.checkCorrected(LocalDate.of(2072, 8, 25), day(5, 1), day(8, 25),
                day(5, 1), TODAY));
        assertRefused("intake.deadlineAfterStart", () -> IntakeDates.checkCorrected(day(8, 25), day(5, 1),
                day(4, 30), day(5, 1), TODAY));
        assertRefused("intake.startPast", () -> IntakeDates.checkCorrected(day(8, 25), null, day(3, 1), null, TODAY));
        assertRefused("intake.deadlinePast", () -> IntakeDates.checkCorrected(day(8, 25), day(5, 1), day(8, 25),
                day(3, 1), TODAY));
        assertRefused("intake.startRequired", () -> IntakeDates.checkCorrected(day(8, 25), null, null, null, TODAY));
    }

    @Test
    void anIntakeUnderWayKeepsItsPastDaysWhenItsOtherDateIsCorrected() {
        LocalDate started = day(2, 1);
        LocalDate closed = day(1, 15);
        assertDoesNotThrow(() -> IntakeDates.checkCorrected(started, closed, started, closed, TODAY), "unchanged");
        assertDoesNotThrow(() -> IntakeDates.checkCorrected(started, closed, day(9, 1), closed, TODAY),
                "the start put off, its deadline already past kept");
        assertRefused("intake.deadlinePast",
                () -> IntakeDates.checkCorrected(started, closed, started, day(1, 20), TODAY));
    }

    /** Still "open" in the back office, an intake no visitor is offered any more is said so, with why. */
    @Test
    void anOpenIntakeIsOfferedUntilItStartsOrItsApplicationsClose() {
        assertEquals(null, IntakeDates.notOfferedReason(day(8, 25), day(5, 1), TODAY));
        assertEquals(null, IntakeDates.notOfferedReason(TODAY, TODAY, TODAY), "today is still offered");
        assertEquals(null, IntakeDates.notOfferedReason(day(8, 25), null, TODAY));
        assertEquals("intake.notOfferedDeadlinePast", IntakeDates.notOfferedReason(day(8, 25), day(3, 9), TODAY));
        assertEquals("intake.notOfferedStarted", IntakeDates.notOfferedReason(day(3, 9), day(1, 15), TODAY));
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2027, month, day);
    }

    private static void assertRefused(String key, org.junit.jupiter.api.function.Executable check) {
        assertEquals(key, assertThrows(BusinessRuleException.class, check).messageKey());
    }
}
