package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Deadlines count Monday to Friday, 8:30 to 16:30, Montréal time. */
class BusinessHoursTest {

    @Test
    void hoursWithinTheSameDayEndTheSameDay() {
        assertEquals(montreal("2026-11-24T13:00"), BusinessHours.deadline(montreal("2026-11-24T09:00"), 4));
    }

    @Test
    void eightHoursFromMidMorningEndTheNextMorning() {
        // Tuesday 10:00 + 8 h: 6.5 h on Tuesday, 1.5 h on Wednesday from 8:30.
        assertEquals(montreal("2026-11-25T10:00"), BusinessHours.deadline(montreal("2026-11-24T10:00"), 8));
    }

    @Test
    void aRequestOnFridayAfternoonIsDueOnMonday() {
        assertEquals(montreal("2026-11-30T16:00"), BusinessHours.deadline(montreal("2026-11-27T16:00"), 8));
    }

    @Test
    void aRequestAtNightOrOnTheWeekendStartsCountingAtTheNextOpening() {
        assertEquals(montreal("2026-11-30T16:30"), BusinessHours.deadline(montreal("2026-11-28T23:00"), 8));
        assertEquals(montreal("2026-11-25T16:30"), BusinessHours.deadline(montreal("2026-11-24T20:00"), 8));
        assertEquals(montreal("2026-11-24T16:30"), BusinessHours.deadline(montreal("2026-11-24T06:00"), 8));
    }

    @Test
    void daylightSavingTimeDoesNotShiftOpeningHours() {
        // Sunday 8 March 2026 clocks go forward; Friday 16:00 + 2 h ends Monday 10:00 local time.
        assertEquals(montreal("2026-03-09T10:00"), BusinessHours.deadline(montreal("2026-03-06T16:00"), 2));
    }

    private static Instant montreal(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessHours.ZONE).toInstant();
    }
}
