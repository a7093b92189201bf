package ca.tremplin.incident;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rules of an entry of the register, without a server. */
class IncidentDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    static IncidentDetails entry() {
        IncidentDetails details = new IncidentDetails();
        details.setInformationConcerned("Adresses courriel et pays de résidence");
        details.setCircumstances("Un courriel groupé envoyé avec les destinataires visibles");
        details.setStartedOn(TODAY.minusDays(10));
        details.setLearnedOn(TODAY.minusDays(8));
        return details;
    }

    private static IncidentField broken(IncidentDetails details, String key) {
        IncidentRuleException broken = assertThrows(IncidentRuleException.class, () -> details.check(TODAY));
        assertEquals(key, broken.messageKey());
        return broken.field();
    }

    @Test
    void anIncidentBeingAssessedNeedsOnlyWhatHappenedAndWhen() {
        IncidentDetails details = entry();
        assertDoesNotThrow(() -> details.check(TODAY));
        assertNull(details.getPeopleConcerned(), "the number of people may stay unknown");
        assertEquals(IncidentStatus.OPEN, details.getStatus());
    }

    @Test
    void blankTextIsNoAnswer() {
        IncidentDetails details = entry();
        details.setCircumstances("   ");
        assertEquals(IncidentField.CIRCUMSTANCES, broken(details, "incident.invalid.required"));
    }

    @Test
    void impossibleDatesAreRefusedBesideTheirField() {
        IncidentDetails learnedEarly = entry();
        learnedEarly.setLearnedOn(learnedEarly.getStartedOn().minusDays(1));
        assertEquals(IncidentField.LEARNED_ON, broken(learnedEarly, "incident.invalid.learnedBeforeStart"));

        IncidentDetails endedEarly = entry();
        endedEarly.setEndedOn(endedEarly.getStartedOn().minusDays(1));
        assertEquals(IncidentField.ENDED_ON, broken(endedEarly, "incident.invalid.endBeforeStart"));

        IncidentDetails tomorrow = entry();
        tomorrow.setLearnedOn(TODAY.plusDays(1));
        assertEquals(IncidentField.LEARNED_ON, broken(tomorrow, "incident.invalid.future"));

        IncidentDetails noticeEarly = entry();
        noticeEarly.setCommissionNotifiedOn(noticeEarly.getLearnedOn().minusDays(1));
        assertEquals(IncidentField.COMMISSION_NOTIFIED_ON, broken(noticeEarly, "incident.invalid.noticeBeforeLearned"));
    }

    @Test
    void theNumberOfPeopleIsZeroOrMoreOrUnknown() {
        IncidentDetails negative = entry();
        negative.setPeopleConcerned(-1);
        assertEquals(IncidentField.PEOPLE_CONCERNED, broken(negative, "incident.invalid.people"));
        IncidentDetails estimatedNothing = entry();
        estimatedNothing.setPeopleEstimated(true);
        assertEquals(IncidentField.PEOPLE_CONCERNED, broken(estimatedNothing, "incident.invalid.estimateWithoutNumber"));
        IncidentDetails none = entry();
        none.setPeopleConcerned(0);
        assertDoesNotThrow(() -> none.check(TODAY));
    }

    @Test
    void anAssessedRiskNeedsItsReasonsAndASeriousOneBothNotices() {
        IncidentDetails details = entry();
        details.setRisk(RiskAssessment.SERIOUS);
        assertEquals(IncidentField.RISK_REASONS, broken(details, "incident.invalid.reasonsRequired"));
        details.setRiskReasons("Dates de naissance de mineurs");
        assertEquals(IncidentField.COMMISSION_NOTIFIED_ON, broken(details, "incident.invalid.commissionRequired"));
        details.setCommissionNotifiedOn(TODAY);
        assertEquals(IncidentField.PEOPLE_NOTIFIED_ON, broken(details, "incident.invalid.peopleNoticeRequired"));
        details.setPeopleNotNotifiedBecause("Avis public diffusé, les adresses n’étant plus valides");
        assertDoesNotThrow(() -> details.check(TODAY));
        details.setPeopleNotifiedOn(TODAY);
        assertEquals(IncidentField.PEOPLE_NOT_NOTIFIED_BECAUSE, broken(details, "incident.invalid.dateOrReason"));
    }

    @Test
    void anIncidentClosesOnceAssessedAndAnswered() {
        IncidentDetails details = entry();
        details.setStatus(IncidentStatus.CLOSED);
        assertEquals(IncidentField.STATUS, broken(details, "incident.invalid.closeUnassessed"));
        details.setRisk(RiskAssessment.NOT_SERIOUS);
        details.setRiskReasons("Adresses professionnelles, aucune donnée sensible");
        assertEquals(IncidentField.MEASURES_TAKEN, broken(details, "incident.invalid.closeWithoutMeasures"));
        details.setMeasuresTaken("Rappel aux recruteurs d’utiliser la copie cachée");
        assertDoesNotThrow(() -> details.check(TODAY));
    }

    @Test
    void theHistoryShowsValuesInTheReadersLanguage() {
        Locale french = Languages.FRENCH;
        assertEquals("inconnu", IncidentField.PEOPLE_CONCERNED.shown(null, french));
        assertEquals("unknown", IncidentField.PEOPLE_CONCERNED.shown(null, Locale.ENGLISH));
        assertEquals("Oui, risque sérieux", IncidentField.RISK.shown("SERIOUS", french));
        assertEquals("Closed", IncidentField.STATUS.shown("CLOSED", Locale.ENGLISH));
        assertEquals("2026-03-10", IncidentField.STARTED_ON.stored(entry()));
        IncidentDetails other = entry();
        other.setPeopleConcerned(12);
        assertTrue(IncidentField.PEOPLE_CONCERNED.changed(entry(), other));
    }
}
