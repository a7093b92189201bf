package ca.tremplin.inquiry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Which recruiter takes a new request, by the centre's rule. Pure: the caller gives the active recruiters (by
 * id, ascending), how to take the centre's next turn ({@link RecruiterTurns}) and the rule's mapping; the answer is
 * empty when nobody is active, and the request then waits in the centre's queue. A turn is taken only when the
 * mapping names nobody active: a request the mapping gives to its recruiter takes no turn from the others, so that
 * "in turn otherwise" alternates the requests the mapping leaves.
 */
public final class RecruiterChoice {

    private RecruiterChoice() {
    }

    /**
     * @param activeRecruiters ids of the centre's active recruiters, ascending
     * @param turn             takes the centre's next turn number (0 for its first request, then 1, 2, ...); asked
     *                         only when the mapping gives nobody
     * @param mapping          country code or program id (as text) to recruiter id, for the mapped rules
     * @param country          the requester's country of residence
     * @param programIds       the programs of this centre that the request names
     */
    public static Optional<Long> choose(RoutingRule rule, List<Long> activeRecruiters, LongSupplier turn,
                                        Map<String, Long> mapping, String country, Collection<Long> programIds) {
        if (activeRecruiters.isEmpty()) {
            return Optional.empty();
        }
        // For a request naming several programs, the first whose mapped recruiter is still active: one who left does
        // not send the request to the turns while another program of it names a colleague.
        Optional<Long> mapped = switch (rule) {
            case BY_COUNTRY -> Optional.ofNullable(mapping.get(country));
            case BY_PROGRAM -> programIds.stream().map(id -> mapping.get(String.valueOf(id)))
                    .filter(java.util.Objects::nonNull).filter(activeRecruiters::contains).findFirst();
            case ROUND_ROBIN -> Optional.empty();
        };
        if (mapped.isPresent() && activeRecruiters.contains(mapped.get())) {
            return mapped;
        }
        return Optional.of(activeRecruiters.get((int) Math.floorMod(turn.getAsLong(),
                (long) activeRecruiters.size())));
    }
}
