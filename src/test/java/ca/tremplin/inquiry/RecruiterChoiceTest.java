package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A centre's rule names the recruiter of a new request. */
class RecruiterChoiceTest {

    private static final List<Long> RECRUITERS = List.of(11L, 12L, 13L);

    @Test
    void roundRobinTakesTheNextRecruiterAndWrapsAround() {
        assertEquals(Optional.of(11L), choose(RoutingRule.ROUND_ROBIN, null, Map.of()));
        assertEquals(Optional.of(12L), choose(RoutingRule.ROUND_ROBIN, 11L, Map.of()));
        assertEquals(Optional.of(11L), choose(RoutingRule.ROUND_ROBIN, 13L, Map.of()));
    }

    @Test
    void roundRobinSkipsARecruiterWhoLeft() {
        assertEquals(Optional.of(13L), RecruiterChoice.choose(RoutingRule.ROUND_ROBIN, List.of(11L, 13L), 12L,
                Map.of(), "FR", Set.of()));
    }

    @Test
    void byCountryTakesTheRecruiterOfTheCountryElseTheNextInTurn() {
        assertEquals(Optional.of(13L), choose(RoutingRule.BY_COUNTRY, 11L, Map.of("MA", 13L)));
        assertEquals(Optional.of(12L), choose(RoutingRule.BY_COUNTRY, 11L, Map.of("SN", 13L)));
    }

    @Test
    void byProgramTakesTheRecruiterOfAProgramAskedAbout() {
        assertEquals(Optional.of(11L), RecruiterChoice.choose(RoutingRule.BY_PROGRAM, RECRUITERS, 11L,
                Map.of("501", 11L), "MA", List.of(500L, 501L)));
    }

    @Test
    void aMappedRecruiterWhoIsNoLongerActiveIsSkipped() {
        assertEquals(Optional.of(12L), choose(RoutingRule.BY_COUNTRY, 11L, Map.of("MA", 99L)));
    }

    @Test
    void nobodyActiveLeavesTheRequestUnassigned() {
        assertEquals(Optional.empty(), RecruiterChoice.choose(RoutingRule.ROUND_ROBIN, List.of(), null, Map.of(),
                "MA", Set.of()));
    }

    private static Optional<Long> choose(RoutingRule rule, Long last, Map<String, Long> mapping) {
        return RecruiterChoice.choose(rule, RECRUITERS, last, mapping, "MA", Set.of());
    }
}
