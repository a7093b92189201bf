package ca.tremplin.person;

import java.util.Arrays;
import java.util.List;

/**
 * Where a lead stands on its way from a first request to arrival in Québec, in order; {@link #LOST} can be reached
 * from any stage. Moving one stage forward needs nothing more; moving backwards, skipping stages or leaving
 * {@code LOST} needs a reason, and losing a lead needs a reason from the centre's list.
 */
public enum LeadStage {
    NEW, CONTACTED, QUALIFIED, APPLIED, ADMITTED, CAQ_OBTAINED, STUDY_PERMIT_OBTAINED, ENROLLED, ARRIVED, LOST;

    /** The stages of the board, in order, lost last. */
    public static List<LeadStage> board() {
        return Arrays.asList(values());
    }

    /** Whether going from this stage to {@code target} is anything but the next step forward. */
    public boolean needsReasonToReach(LeadStage target) {
        if (target == LOST) {
            return true;
        }
        return this == LOST || target.ordinal() != ordinal() + 1;
    }

    public String messageKey() {
        return "pipeline.stage." + name();
    }
}
