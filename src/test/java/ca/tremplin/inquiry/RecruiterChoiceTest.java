package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A centre's rule names the recruiter of a new request. */
class RecruiterChoiceTest {

    private static final List<Long> RECRUITERS = List.of(11L, 12L, 13L);

    @Test
    void roundRobinGivesEachTurnToTheNextRecruiterAndWrapsAround() {
        assertEquals(Optional.of(11L), choose(RoutingRule.ROUND_ROBIN, 0, Map.of()));
        assertEquals(Optional.of(12L), choose(RoutingRule.ROUND_ROBIN, 1, Map.of()));
        assertEquals(Optional.of(13L), choose(RoutingRule.ROUND_ROBIN, 2, Map.of()));
        assertEquals(Optional.of(11L), choose(RoutingRule.ROUND_ROBIN, 3, Map.of()));
    }

    @Test
    void roundRobinShareTurnsAmongTheRecruitersStillActive() {
        assertEquals(Optional.of(13L), RecruiterChoice.choose(RoutingRule.ROUND_ROBIN, List.of(11L, 13L), () -> 1,
                Map.of(), "FR", Set.of()));
    }

    @Test
    void byCountryTakesTheRecruiterOfTheCountryElseTheNextInTurn() {
        assertEquals(Optional.of(13L), choose(RoutingRule.BY_COUNTRY, 1, Map.of("MA", 13L)));
        assertEquals(Optional.of(12L), choose(RoutingRule.BY_COUNTRY, 1, Map.of("SN", 13L)));
    }

    @Test
    void byProgramTakesTheRecruiterOfAProgramAskedAbout() {
        assertEquals(Optional.of(11L), RecruiterChoice.choose(RoutingRule.BY_PROGRAM, RECRUITERS, () -> 1,
                Map.of("501", 11L), "MA", List.of(500L, 501L)));
    }

    @Test
    void aMappedRecruiterWhoIsNoLongerActiveIsSkipped() {
        assertEquals(Optional.of(12L), choose(RoutingRule.BY_COUNTRY, 1, Map.of("MA", 99L)));
    }

    /** The first program asked about is mapped to a recruiter who left: the second's recruiter takes it, no turn. */
    @Test
    void byProgramTheNextProgramsRecruiterTakesARequestWhoseFirstProgramsRecruiterLeft() {
        assertEquals(Optional.of(13L), RecruiterChoice.choose(RoutingRule.BY_PROGRAM, RECRUITERS, NO_TURN,
                Map.of("500", 99L, "501", 13L), "MA", List.of(500L, 501L)));
    }

    @Test
    void nobodyActiveLeavesTheRequestUnassigned() {
        assertEquals(Optional.empty(), RecruiterChoice.choose(RoutingRule.ROUND_ROBIN, List.of(), NO_TURN, Map.of(),
                "MA", Set.of()));
    }

    /**
     * Requests from Morocco and Senegal alternate, Morocco mapped to Awa (11) of two recruiters: the Moroccan ones take
     * no turn, so that the Senegalese ones go to each recruiter in turn, not all to Benoît (12).
     */
    @Test
    void aRequestTheMappingGivesTakesNoTurnAndTheOthersAlternate() {
        AtomicLong turns = new AtomicLong();
        List<Long> chosen = new ArrayList<>();
        for (String country : List.of("MA", "SN", "MA", "SN", "MA", "SN", "MA", "SN")) {
            chosen.add(RecruiterChoice.choose(RoutingRule.BY_COUNTRY, List.of(11L, 12L), turns::getAndIncrement,
                    Map.of("MA", 11L), country, Set.of()).orElseThrow());
        }
        assertEquals(List.of(11L, 11L, 11L, 12L, 11L, 11L, 11L, 12L), chosen,
                "Morocco to its recruiter, Senegal by turns");
        assertEquals(4, turns.get(), "one turn for each request the mapping left");
        assertEquals(Optional.of(11L), RecruiterChoice.choose(RoutingRule.BY_PROGRAM, RECRUITERS, NO_TURN,
                Map.of("501", 11L), "SN", List.of(501L)), "a mapped program takes no turn either");
    }

    /** A turn that must not be taken. */
    private static final java.util.function.LongSupplier NO_TURN = () -> {
        throw new AssertionError("a turn was taken");
    };

    private static Optional<Long> choose(RoutingRule rule, long turn, Map<String, Long> mapping) {
        return RecruiterChoice.choose(rule, RECRUITERS, () -> turn, mapping, "MA", Set.of());
    }
}
