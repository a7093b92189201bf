package ca.tremplin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.person.LeadStage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a lead's set of stages entered (one bit per stage of the way) counts at each stage, either way of counting. */
class StagesReachedMaskTest {

    /** New, then admitted straight away (qualified and applied skipped, as staff may record it). */
    private static final long NEW_THEN_ADMITTED = (1L << LeadStage.NEW.ordinal()) | (1L << LeadStage.ADMITTED.ordinal());

    @Test
    void reachedCountsOnlyTheStagesEntered() {
        assertEquals(List.of(LeadStage.NEW, LeadStage.ADMITTED), countedAt(NEW_THEN_ADMITTED, StageCounting.REACHED));
    }

    @Test
    void furthestCountsEveryStageUpToTheFurthestEntered() {
        assertEquals(List.of(LeadStage.NEW, LeadStage.CONTACTED, LeadStage.QUALIFIED, LeadStage.APPLIED,
                LeadStage.ADMITTED), countedAt(NEW_THEN_ADMITTED, StageCounting.FURTHEST));
    }

    @Test
    void aLeadThatEnteredNoStageByTheDayCountsNowhere() {
        assertEquals(List.of(), countedAt(0, StageCounting.REACHED));
        assertEquals(List.of(), countedAt(0, StageCounting.FURTHEST));
    }

    @Test
    void arrivedAloneCountsAtEveryStageTheFurthestWay() {
        long arrived = 1L << LeadStage.ARRIVED.ordinal();
        assertEquals(FunnelReport.WAY, countedAt(arrived, StageCounting.FURTHEST));
        assertEquals(List.of(LeadStage.ARRIVED), countedAt(arrived, StageCounting.REACHED));
    }

    private static List<LeadStage> countedAt(long mask, StageCounting counting) {
        List<LeadStage> stages = new ArrayList<>();
        for (int rank = 0; rank <= FunnelQueries.LAST_RANK; rank++) {
            if (FunnelQueries.counted(mask, rank, counting)) {
                stages.add(LeadStage.values()[rank]);
            }
        }
        return stages;
    }
}
