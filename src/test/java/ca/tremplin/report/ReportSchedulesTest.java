package ca.tremplin.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportSchedulesTest {

    @Test
    void aReportLeavesOnItsWeekdayAtSevenQuebecTimeStrictlyAfterNow() {
        // Wednesday 2 December 2026, 12:00 UTC (7:00 in Québec).
        Instant wednesdayAtSeven = Instant.parse("2026-12-02T12:00:00Z");
        assertEquals(ZonedDateTime.parse("2026-12-07T07:00-05:00[America/Toronto]").toInstant(),
                ReportSchedules.nextSending(DayOfWeek.MONDAY, wednesdayAtSeven));
        assertEquals(ZonedDateTime.parse("2026-12-09T07:00-05:00[America/Toronto]").toInstant(),
                ReportSchedules.nextSending(DayOfWeek.WEDNESDAY, wednesdayAtSeven), "not twice the same hour");
        assertEquals(ZonedDateTime.parse("2026-12-02T07:00-05:00[America/Toronto]").toInstant(),
                ReportSchedules.nextSending(DayOfWeek.WEDNESDAY, Instant.parse("2026-12-02T11:59:00Z")));
        // Across the change to summer time, still 7 in the morning.
        assertEquals(ZonedDateTime.parse("2027-03-15T07:00-04:00[America/Toronto]").toInstant(),
                ReportSchedules.nextSending(DayOfWeek.MONDAY, Instant.parse("2027-03-08T12:00:00Z")));
    }

    @Test
    void aScheduleKeepsTheReportWithoutItsDatesAndEachSendingGivesItsOwn() {
        ReportQuery query = ReportAddress.read(Map.of("from", new String[] {"2026-01-01"}, "to",
                        new String[] {"2026-03-01"}, "country", new String[] {"SN"}, "breakdown", new String[] {"source"}),
                LocalDate.parse("2026-12-02"), false).query();
        String undated = ReportAddress.writeUndated(query);
        assertEquals("counting=REACHED&country=SN&breakdown=source", undated);

        Map<String, String[]> dated = ReportAddress.dated(undated, LocalDate.parse("2026-11-02"),
                LocalDate.parse("2026-11-29"), LocalDate.parse("2026-11-29"));
        assertArrayEquals(new String[] {"2026-11-02"}, dated.get("from"));
        assertArrayEquals(new String[] {"SN"}, dated.get("country"));
        ReportAddress.Reading reading = ReportAddress.read(dated, LocalDate.parse("2026-11-30"), false);
        assertEquals(java.util.List.of(), reading.problems());
        assertEquals(LocalDate.parse("2026-11-29"), reading.query().asOf());
    }

    /**
     * Those left out of a sending, as kept: each a line in the reader's language; a line kept before names were put
     * on one line (a name with a line break in it) is shown as it is, not a failure of the whole sending.
     */
    @Test
    void thoseLeftOutAreSaidLineByLineAndALineOfAnotherShapeIsShownAsItIs() {
        java.util.List<String> lines = ScheduledReportSender.leftOutLines("DEACTIVATED:QA Ligne G\nsuite\nGONE:#42",
                java.util.Locale.FRENCH);
        assertEquals(3, lines.size());
        assertEquals(true, lines.get(0).contains("QA Ligne G"), lines.get(0));
        assertEquals("suite", lines.get(1));
        assertEquals(true, lines.get(2).contains("n° 42"), "an account gone, by its number as French writes it: "
                + lines.get(2));
        assertEquals(true, ScheduledReportSender.leftOutLines("GONE:#42", java.util.Locale.ENGLISH).get(0)
                .contains("#42"));
    }

    /**
     * The admins hear of those left out when the list changes, not again because a sending on another server, or
     * after a restart, wrote the same people in another order.
     */
    @Test
    void theSamePeopleLeftOutInAnotherOrderAreNoChangeToTellTheAdminsOf() {
        String stored = "DEACTIVATED:Chloé Morin\nGONE:#42";
        assertEquals(true, ScheduledReportSender.sameLeftOut(stored,
                java.util.List.of("GONE:#42", "DEACTIVATED:Chloé Morin")));
        assertEquals(false, ScheduledReportSender.sameLeftOut(stored,
                java.util.List.of("GONE:#42", "DEACTIVATED:Chloé Morin", "NOT_JOINED:Ana Silva")));
        assertEquals(false, ScheduledReportSender.sameLeftOut(null, java.util.List.of("GONE:#42")));
    }

    /**
     * The address of a report to schedule, cut or edited by hand so that it holds a stray "%": its reading says what
     * it cannot read (the page, its schedule and its description), rather than failing with a server error.
     */
    @Test
    void anAddressWithAStrayPercentSignIsReadAndItsValueSaidUnreadable() {
        Map<String, String[]> dated = ReportAddress.dated("counting=REACHED&source=FAIR%&breakdown=country",
                LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-29"), LocalDate.parse("2026-11-29"));
        assertArrayEquals(new String[] {"FAIR%"}, dated.get("source"));
        ReportAddress.Reading reading = ReportAddress.read(dated, LocalDate.parse("2026-11-30"), false);
        assertEquals(java.util.List.of("report.unreadableFilter"),
                reading.problems().stream().map(ReportAddress.Problem::key).toList());
    }

    /**
     * An admin reads who receives a weekly report: the names in the order the language sorts them, "Émile" beside
     * "Emma" rather than after "Zoé", and after them an account gone, by its number as the language writes it.
     */
    @Test
    void aSchedulesRecipientsAreInTheOrderOfTheReadersLanguage() {
        Map<Long, String> names = Map.of(1L, "Zoé Martin", 2L, "Émile Roy", 3L, "Emma Roy", 4L, "olivier Tremblay");
        java.util.Set<Long> recipients = java.util.Set.of(1L, 2L, 3L, 4L, 9L);

        assertEquals(java.util.List.of("Émile Roy", "Emma Roy", "olivier Tremblay", "Zoé Martin", "n° 9"),
                ReportSchedules.recipientNames(recipients, names, ca.tremplin.kernel.Languages.FRENCH));
        assertEquals(java.util.List.of("Émile Roy", "Emma Roy", "olivier Tremblay", "Zoé Martin", "#9"),
                ReportSchedules.recipientNames(recipients, names, ca.tremplin.kernel.Languages.ENGLISH));
    }
}
