package ca.tremplin.campaign;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A campaign's dates hold together before it is saved; a year mistyped is refused, said in both languages. */
class CampaignPlanTest {

    private static Campaign campaign(LocalDate start, LocalDate end) {
        Campaign campaign = new Campaign();
        campaign.setStartsOn(start);
        campaign.setEndsOn(end);
        campaign.setObjectiveDue(end);
        campaign.setObjectiveTarget(10);
        return campaign;
    }

    @Test
    void aCampaignEndingCenturiesLaterIsRefusedRatherThanPlannedOverThousandsOfWeeks() {
        LocalDate start = LocalDate.of(2027, 1, 11);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> campaign(start, LocalDate.of(2207, 3, 31)).checkPlan());
        assertEquals("campaign.invalid.tooLong", refused.messageKey());
        assertEquals("Une campagne dure au plus 3 ans : vérifiez l’année de sa fin.",
                refused.localizedMessage(Languages.FRENCH));
        assertEquals("A campaign runs for 3 years at most: check the year it ends.",
                refused.localizedMessage(Languages.ENGLISH));
    }

    @Test
    void aCampaignOfUpToThreeYearsIsPlanned() {
        LocalDate start = LocalDate.of(2027, 1, 11);
        assertDoesNotThrow(() -> campaign(start, start.plusYears(3)).checkPlan());
        assertThrows(BusinessRuleException.class, () -> campaign(start, start.plusYears(3).plusDays(1)).checkPlan());
    }

    @Test
    void activitiesLeftOutsideNewDatesAreSaidWithTheirNumberAndTheFirstDayInBothLanguages() {
        LocalDate first = LocalDate.of(2027, 3, 1);
        assertEquals("2 activités du plan, la première le 1er mars 2027, tombent hors de ces dates : déplacez-les"
                + " d’abord, ou gardez des dates qui les couvrent.", new BusinessRuleException(
                "campaign.invalid.activitiesOutside", 2, first).localizedMessage(Languages.FRENCH));
        assertEquals("An activity of the plan, on March 1, 2027, falls outside these dates: move them first, or keep"
                + " dates that cover them.", new BusinessRuleException("campaign.invalid.activitiesOutside", 1, first)
                .localizedMessage(Languages.ENGLISH));
    }
}
