package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.person.LeadStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadFilterTest {

    @Test
    void anAddressWritesAndReadsBackTheSameFilter() {
        LeadFilter filter = new LeadFilter(LeadStage.ADMITTED, 12L, "SN", "Salon Dakar", 7L, "2027-08", null, 3L,
                4L, 5L);
        assertEquals(filter, LeadFilter.parse(filter.toQuery()));
        assertEquals(List.of(), LeadFilter.unreadable(filter.toQuery()));
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
