package ca.tremplin.pipeline;

import ca.tremplin.person.LeadStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rule of a move forward past {@link LeadStage#ADMITTED} for a lead whose admission was never recorded: the CAQ
 * needs the school's letter of admission first, so a lead that reaches the CAQ, the study permit, enrolment or arrival
 * without it is most likely a wrong click or a file whose admission was never written down. Such a move is made only
 * once someone confirmed it, and its line on the timeline says the admission was not recorded. The board, the lead's
 * page and the bulk action all move through {@link LeadService#moveStage}, which asks this.
 */
final class UnrecordedAdmission {

    private UnrecordedAdmission() {
    }

    /** Whether a move to this stage can go past an admission at all: only then is the lead's history read. */
    static boolean concerns(LeadStage target) {
        return target != null && target != LeadStage.LOST && target.ordinal() > LeadStage.ADMITTED.ordinal();
    }

    /**
     * The stages from "admitted" up to {@code target} that the lead never reached, in order, when the move from
     * {@code from} to {@code target} goes forward past an admission never recorded; empty when the move needs no
     * confirmation (the lead was admitted once, the move does not go past admission, or it goes backwards).
     *
     * @param reached every stage the lead ever entered, its current one included
     */
    static List<LeadStage> skipped(LeadStage from, LeadStage target, Set<LeadStage> reached) {
        if (!concerns(target) || reached.contains(LeadStage.ADMITTED)) {
            return List.of();
        }
        // Leaving "lost" for a stage past admission is forward; otherwise a move back is not the way forward.
        if (from != LeadStage.LOST && from.ordinal() >= target.ordinal()) {
            return List.of();
        }
        // A lead already past admission without one was asked about (or moved before the question existed) on its
        // way there: its next steps skip nothing new, and asking at each would stop a term's bulk move to "enrolled".
        if (from != LeadStage.LOST && from.ordinal() > LeadStage.ADMITTED.ordinal()) {
            return List.of();
        }
        List<LeadStage> skipped = new ArrayList<>();
        for (int stage = LeadStage.ADMITTED.ordinal(); stage < target.ordinal(); stage++) {
            LeadStage onTheWay = LeadStage.values()[stage];
            if (!reached.contains(onTheWay)) {
                skipped.add(onTheWay);
            }
        }
        return List.copyOf(skipped);
    }
}
