package ca.tremplin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.person.LeadStage;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A report is read from its address, and what cannot be read is said, never silently dropped. */
class ReportAddressTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void withoutParametersAReportCoversTheLastTwelveMonthsAsOfToday() {
        ReportAddress.Reading reading = read(Map.of(), false);
        assertTrue(reading.readable());
        assertEquals(LocalDate.of(2025, 12, 3), reading.query().from());
        assertEquals(TODAY, reading.query().to());
        assertEquals(TODAY, reading.query().asOf());
        assertEquals(StageCounting.REACHED, reading.query().counting());
    }

    @Test
    void aReportIsALinkThatReadsBackTheSame() {
        ReportAddress.Reading reading = read(Map.of("from", "2026-01-01", "to", "2026-06-30", "asOf", "2026-09-01",
                "counting", "furthest", "source", "fair", "country", "sn", "breakdown", "program"), false);
        assertTrue(reading.readable(), reading.problems()::toString);
        String address = ReportAddress.write(reading.query());
        Map<String, String> again = new LinkedHashMap<>();
        for (String pair : address.split("&")) {
            again.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        assertEquals(reading.query(), read(again, false).query());
        assertEquals("FAIR", reading.query().filters().get(ReportDimension.SOURCE));
        assertEquals("SN", reading.query().filters().get(ReportDimension.COUNTRY));
    }

    @Test
    void impossibleDatesUnknownFiltersAndTooManyFiltersAreEachExplained() {
        assertEquals(List.of("report.periodReversed"), keys(read(Map.of("from", "2026-06-01", "to", "2026-01-01",
                "asOf", "2026-07-01"), false)));
        assertEquals(List.of("report.asOfInFuture"), keys(read(Map.of("asOf", "2027-01-01"), false)));
        assertEquals(List.of("La période commence dans le futur (1er janvier 2030) : personne n’y est encore connu."
                        + " Choisissez une période qui commence au plus tard aujourd’hui."),
                read(Map.of("from", "2030-01-01", "to", "2030-02-01"), false).problems().stream()
                        .map(problem -> problem.message(Locale.FRENCH)).toList(),
                "not a date the reader never chose (today, as of which the report is read)");
        assertEquals(List.of("report.asOfBeforePeriod"), keys(read(Map.of("from", "2026-06-01", "asOf",
                "2026-05-01"), false)));
        assertEquals(List.of("report.unreadableDate"), keys(read(Map.of("to", "31/12/2026"), false)));
        assertEquals(List.of("report.unreadableDate"), keys(read(Map.of("from", "2026-13-01", "to", "2026-11-30",
                "asOf", "2025-06-01"), false)), "an unreadable start is not stood in for in a comparison");
        assertEquals(List.of("report.dateOutOfRange"), keys(read(Map.of("from", "1969-06-01", "to", "2026-11-30",
                "asOf", "2025-01-01"), false)));
        assertEquals(List.of("« 31/12/2026 » n’est pas une date (année-mois-jour) pour « au (fin de la période) »."),
                read(Map.of("to", "31/12/2026"), false).problems().stream()
                        .map(problem -> problem.message(Locale.FRENCH)).toList(),
                "the field named as the form names it, not by the address's \"to\"");
        assertEquals(List.of("report.unknownFilter"), keys(read(Map.of("campaign", "3"), false)));
        assertEquals(List.of("report.unknownFilter"), keys(read(Map.of("centre", "3"), false)),
                "only the coordinator filters by centre");
        assertTrue(read(Map.of("centre", "3"), true).readable());
        assertEquals(List.of("report.unreadableFilter"), keys(read(Map.of("event", "salon"), false)));
        assertEquals(List.of("report.unreadableFilter"), keys(read(Map.of("country", "ZZ"), false)),
                "a code that names no country");
        assertEquals("\"ZZ\" cannot be read as a value of the filter \"Country\".", read(Map.of("country", "ZZ"),
                false).problems().get(0).message(Locale.ENGLISH));
        assertTrue(read(Map.of("country", "ci"), false).readable(), "a country's code whatever its case");
        assertEquals(List.of("report.tooManyFilters"), keys(read(Map.of("source", "FAIR", "country", "SN",
                "intake", "2027-08", "recruiter", "4"), false)));
        assertEquals(List.of("report.unknownBreakdown"), keys(read(Map.of("breakdown", "weather"), false)));
    }

    @Test
    void yearsNoCalendarCountsFromAreExplainedNotAFailure() {
        for (String date : List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "1969-12-31", "3000-01-01")) {
            assertEquals(List.of("report.dateOutOfRange"), keys(read(Map.of("to", date), false)), date);
            assertEquals(List.of("report.dateOutOfRange"), keys(read(Map.of("from", date, "to", "2026-06-30",
                    "asOf", "2026-07-01"), false)), date + ": said alone, never compared as the default it stands for");
        }
        ReportAddress.Problem problem = read(Map.of("to", "+999999999-12-31"), false).problems().get(0);
        assertEquals("« +999999999-12-31 » n’est pas une date plausible pour « au (fin de la période) » :"
                + " une année de 1970 à 2999.",
                problem.message(Languages.FRENCH));
    }

    @Test
    void aBreakdownIsReadWhateverItsCaseAndARepeatedFilterIsSaidNotDropped() {
        for (String breakdown : List.of("firstCampaign", "FIRSTCAMPAIGN", "firstcampaign")) {
            ReportAddress.Reading reading = read(Map.of("breakdown", breakdown), false);
            assertTrue(reading.readable(), breakdown + ": " + reading.problems());
            assertEquals(ReportDimension.FIRST_CAMPAIGN, reading.query().breakdown());
        }
        Map<String, String[]> twoCountries = new LinkedHashMap<>();
        twoCountries.put("country", new String[] {"SN", "CI"});
        ReportAddress.Reading reading = ReportAddress.read(twoCountries, TODAY, false);
        assertEquals(List.of("report.repeatedParameter"), keys(reading));
        // Named as the form names the field, in the reader's language, not by the address's parameter.
        assertEquals("\"Country\" is given more than once (SN, CI): a report takes one value of each filter; to compare"
                + " these values, choose a breakdown.", reading.problems().get(0).message(Languages.ENGLISH));
        assertEquals("« Pays » est donné plusieurs fois (SN, CI) : un rapport prend une seule valeur de chaque filtre ;"
                + " pour comparer ces valeurs, choisissez une ventilation.",
                reading.problems().get(0).message(Languages.FRENCH));
        // Two periods are not compared by a breakdown: a date given twice is said as such.
        ReportAddress.Reading twoStarts = ReportAddress.read(Map.of("from", new String[] {"2026-01-01", "2026-02-01"}),
                TODAY, false);
        assertEquals(List.of("report.repeatedValue"), keys(twoStarts));
        assertEquals("\"First known from (start of the period)\" is given more than once (2026-01-01, 2026-02-01): a"
                + " report takes only one.", twoStarts.problems().get(0).message(Languages.ENGLISH));
        twoCountries.put("country", new String[] {"SN", "SN", " "});
        assertTrue(ReportAddress.read(twoCountries, TODAY, false).readable(), "the same value twice is one value");
    }

    @Test
    void theMessagesNameWhatIsWrongInBothLanguages() {
        ReportAddress.Problem problem = read(Map.of("campaign", "3"), false).problems().get(0);
        assertEquals("Aucun filtre ne s’appelle « campaign ».",
                Messages.get(Languages.FRENCH, problem.key(), problem.arguments().toArray()));
        assertEquals("There is no filter named \"campaign\".",
                Messages.get(Languages.ENGLISH, problem.key(), problem.arguments().toArray()));
    }

    @Test
    void theLeadListLinkCarriesTheFiltersTheListKnowsAndTheBreakdownsValue() {
        ReportQuery query = read(Map.of("source", "FAIR", "recruiter", "7", "event", "12", "breakdown", "country"),
                false).query();
        String link = ReportAddress.leadList(query, LeadStage.APPLIED, "SN");
        assertTrue(link.contains("reached=APPLIED") && link.contains("from=" + TODAY.minusYears(1).plusDays(1))
                && link.contains("to=" + TODAY) && link.contains("asOf=" + TODAY), "the report's cohort: " + link);
        assertFalse(link.contains("stage="), "the leads that reached the stage, not those standing there: " + link);
        assertTrue(link.contains("source=FAIR") && link.contains("owner=7") && link.contains("country=SN"), link);
        assertTrue(link.contains("event=12"), "the list narrows to the event's registrants too: " + link);
    }

    @Test
    void theCoordinatorNarrowsAReportToABreakdownsValueAndThenSeesWhichCentresItWentTo() {
        ReportQuery query = read(Map.of("from", "2026-01-01", "source", "FAIR", "breakdown", "country"), true)
                .query();
        ReportQuery narrowed = readAddress(ReportAddress.narrowed(query, ReportDimension.COUNTRY, "SN"));
        assertEquals(Map.of(ReportDimension.SOURCE, "FAIR", ReportDimension.COUNTRY, "SN"), narrowed.filters());
        assertEquals(ReportDimension.CENTRE, narrowed.breakdown(), "the country's leads, centre by centre");
        assertEquals(query.from(), narrowed.from());
        assertEquals(query.asOf(), narrowed.asOf());

        ReportQuery centre = readAddress(ReportAddress.narrowed(narrowed, ReportDimension.CENTRE, 7L));
        assertEquals(7L, centre.filters().get(ReportDimension.CENTRE));
        assertEquals(null, centre.breakdown(), "one centre has nothing to break down by centre");

        assertEquals(null, ReportAddress.narrowed(query, ReportDimension.COUNTRY, null),
                "the leads without a country cannot be selected by a filter");
        ReportQuery full = read(Map.of("source", "FAIR", "country", "SN", "intake", "2027-08",
                "breakdown", "program"), true).query();
        assertEquals(null, ReportAddress.narrowed(full, ReportDimension.PROGRAM, 12L), "three filters at most");
    }

    /**
     * Filtered by program 12 and broken down by program: the row of program 31 counts the leads who named both, which
     * no filter selects (one value per dimension). Its row opens nothing — its link used to drop 31, opening every lead
     * of program 12, and the coordinator's replaced 12 with 31 —, while the row of program 12 opens its leads.
     */
    @Test
    void aRowOfAnotherValueOfWhatTheReportIsFilteredByOpensNothing() {
        for (boolean acrossCentres : new boolean[] {false, true}) {
            ReportQuery query = read(Map.of("program", "12", "country", "SN", "breakdown", "program"), acrossCentres)
                    .query();
            assertEquals(null, ReportAddress.leadList(query, null, "31"), "the leads of 12 and 31 together");
            assertEquals(null, ReportAddress.narrowed(query, ReportDimension.PROGRAM, "31"));
            String own = ReportAddress.leadList(query, null, "12");
            assertTrue(own.contains("program=12") && !own.contains("program=31") && own.contains("country=SN"), own);
            ReportQuery narrowed = readAddress(ReportAddress.narrowed(query, ReportDimension.PROGRAM, "12"));
            assertEquals("12", narrowed.filters().get(ReportDimension.PROGRAM));
            assertEquals(ReportDimension.CENTRE, narrowed.breakdown());
        }
        ReportQuery byEvent = read(Map.of("event", "7", "breakdown", "event"), true).query();
        assertEquals(null, ReportAddress.narrowed(byEvent, ReportDimension.EVENT, 8L), "an event's id alike");
        assertTrue(ReportAddress.narrowed(byEvent, ReportDimension.EVENT, 7L) != null);
        assertTrue(ReportAddress.leadList(byEvent, null, 7L) != null);
        assertTrue(ReportDimension.PROGRAM.manyPerLead() && ReportDimension.EVENT.manyPerLead(),
                "the page says why the other rows open nothing");
        assertFalse(ReportDimension.COUNTRY.manyPerLead(),
                "a country's report by country has that country's row alone");
    }

    private static ReportQuery readAddress(String address) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : address.split("&")) {
            parameters.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        ReportAddress.Reading reading = read(parameters, true);
        assertTrue(reading.readable(), reading.problems()::toString);
        return reading.query();
    }

    @Test
    void theSameReportAYearBeforeMovesTheIntakeToo() {
        ReportQuery earlier = read(Map.of("intake", "2027-08", "from", "2026-01-01", "to", "2026-06-30"), false)
                .query().yearBefore();
        assertEquals("2026-08", earlier.filters().get(ReportDimension.INTAKE));
        assertEquals(LocalDate.of(2025, 1, 1), earlier.from());
        assertEquals(TODAY.minusYears(1), earlier.asOf());
    }

    private static ReportAddress.Reading read(Map<String, String> parameters, boolean acrossCentres) {
        Map<String, String[]> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> values.put(name, new String[] {value}));
        return ReportAddress.read(values, TODAY, acrossCentres);
    }

    private static List<String> keys(ReportAddress.Reading reading) {
        return reading.problems().stream().map(ReportAddress.Problem::key).toList();
    }
}
