package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.person.LeadStage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadFilterTest {

    @Test
    void aHandOversLeadsAreAnAddressReadBackAndAnUnreadableOneIsSaid() {
        LeadFilter filter = new LeadFilter(null, 7L, null, null, null, null, null, null, null, null, null, null, 3L);
        assertEquals("owner=7&handedOverFrom=3", filter.toQuery());
        assertEquals(filter, LeadFilter.parse(filter.toQuery()));
        assertEquals(List.of("handedOverFrom"), LeadFilter.unreadable("owner=7&handedOverFrom=abc"));
    }

    @Test
    void anAddressWritesAndReadsBackTheSameFilter() {
        LeadFilter filter = new LeadFilter(LeadStage.ADMITTED, 12L, "SN", "Salon Dakar", 7L, "2027-08", null, 3L,
                4L, 5L, new FunnelCohort(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 1),
                        LeadStage.APPLIED, true));
        assertEquals(filter, LeadFilter.parse(filter.toQuery()));
        assertEquals(List.of(), LeadFilter.unreadable(filter.toQuery()));
    }

    @Test
    void aReportsCohortIsAsOfItsEndUnlessSaidAndNoneWithoutAWholePeriod() {
        FunnelCohort cohort = LeadFilter.parse("from=2026-01-01&to=2026-03-31&reached=CONTACTED").cohort();
        assertEquals(LocalDate.of(2026, 3, 31), cohort.asOf());
        assertEquals(false, cohort.furthest(), "counted as recorded unless said");
        assertEquals(null, LeadFilter.parse("from=2026-01-01&reached=CONTACTED").cohort());
        assertEquals(null, LeadFilter.parse("from=2026-03-31&to=2026-01-01").cohort(), "a period reversed");
        assertEquals(List.of("to", "reached", "counting"),
                LeadFilter.unreadable("from=2026-01-01&to=31/03/2026&reached=LOST&counting=SOMETIMES"));
        assertEquals(List.of("from, to"), LeadFilter.unreadable("from=2026-12-01&to=2026-01-01&reached=NEW"),
                "a period reversed: an export of it would hold every lead");
        assertEquals(List.of("from, to"), LeadFilter.unreadable("from=2026-12-01&reached=NEW"), "a start alone");
        assertEquals(List.of(), LeadFilter.unreadable("from=2026-01-01&to=2026-03-31&reached=NEW"));
    }

    @Test
    void theUnreadablePartsAreNamedInTheOrderGivenAndEmptyOnesAreNoFilter() {
        assertEquals(List.of("owner", "source", "event"), LeadFilter.unreadable(
                "country=ZZ&owner=abc&stage=&source=TELEPATHY&tag=%3Cb%3E&event=1.5&program="));
        LeadFilter read = LeadFilter.parse("country=ZZ&owner=abc&stage=&source=TELEPATHY&event=1.5");
        assertEquals(new LeadFilter(null, null, "ZZ", null, null, null, null), read);
    }

    @Test
    void aStrayPercentSignIsTakenAsTypedRatherThanFailing() {
        assertEquals(List.of("owner"), LeadFilter.unreadable("owner=12%&tag=100%"));
        assertEquals("100%", LeadFilter.parse("owner=12%&tag=100%").tag());
    }
}
