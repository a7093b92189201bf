package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Deadlines count Monday to Friday, 8:30 to 16:30, Montréal time, Québec's statutory holidays left out. */
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

    @Test
    void aRequestBeforeAHolidayIsDueAfterIt() {
        // Thursday 24 December 2026 at 15:00, 8 hours: 1.5 h that day, Christmas and the weekend out, 6.5 h on Monday.
        assertEquals(montreal("2026-12-28T15:00"), BusinessHours.deadline(montreal("2026-12-24T15:00"), 8));
        // Fête nationale 2027 on Thursday 24 June; Canada Day on Thursday 1 July.
        assertEquals(montreal("2027-06-25T10:00"), BusinessHours.deadline(montreal("2027-06-23T16:00"), 2));
    }

    @Test
    void québecsStatutoryHolidaysOfAYear() {
        java.util.List<java.time.LocalDate> holidays = java.time.LocalDate.of(2027, 1, 1).datesUntil(
                java.time.LocalDate.of(2028, 1, 1)).filter(BusinessHours::isHoliday).toList();
        assertEquals(java.util.List.of("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-24", "2027-06-24",
                "2027-07-01", "2027-09-06", "2027-10-11", "2027-12-25"),
                holidays.stream().map(Object::toString).toList(), "Easter 2027 is on 28 March");
        assertEquals(java.time.LocalDate.of(2029, 6, 25), java.time.LocalDate.of(2029, 6, 24).plusDays(
                BusinessHours.isHoliday(java.time.LocalDate.of(2029, 6, 25)) ? 1 : 0), "24 June 2029 is a Sunday");
        assertEquals(java.time.LocalDate.of(2026, 4, 5), BusinessHours.easterSunday(2026));
        assertEquals(java.time.LocalDate.of(2025, 4, 20), BusinessHours.easterSunday(2025));
    }

    private static Instant montreal(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessHours.ZONE).toInstant();
    }
}
