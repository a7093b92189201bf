package ca.tremplin.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A campaign's requests are read week by week, Monday to Sunday, against a weekly objective of requests. */
class WeeklyRequestsTest {

    @Test
    void daysFoldIntoTheirWeeksAgainstTheTarget() {
        Campaign campaign = campaign(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 20), ObjectiveMeasure.REQUESTS);
        List<CampaignFigures.Week> weeks = WeeklyRequests.of(campaign, Map.of(
                LocalDate.of(2027, 1, 6), 40L, LocalDate.of(2027, 1, 10), 25L,
                LocalDate.of(2027, 1, 11), 3L, LocalDate.of(2027, 2, 1), 99L));
        assertEquals(3, weeks.size());
        assertEquals(LocalDate.of(2027, 1, 4), weeks.get(0).monday());
        assertEquals(65, weeks.get(0).requests());
        assertTrue(weeks.get(0).reached());
        assertEquals(3, weeks.get(1).requests());
        assertFalse(weeks.get(1).reached());
        assertEquals(0, weeks.get(2).requests());
        assertEquals(60, weeks.get(2).target());
    }

    @Test
    void objectiveOfAnotherMeasureSetsNoWeeklyTarget() {
        Campaign campaign = campaign(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 10), ObjectiveMeasure.LEADS);
        assertNull(WeeklyRequests.of(campaign, Map.of()).get(0).target());
    }

    private static Campaign campaign(LocalDate start, LocalDate end, ObjectiveMeasure measure) {
        Campaign campaign = new Campaign();
        campaign.setStartsOn(start);
        campaign.setEndsOn(end);
        campaign.setObjectiveMeasure(measure);
        campaign.setObjectiveTarget(60);
        campaign.setObjectiveWeekly(true);
        return campaign;
    }
}
