package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Law 25, application by application: a person who withdrew their consent to the processing of their applications,
 * then applied to another offer, has that new application processed and the ones sent before still on hold; applying
 * again to one of those gives the consent back to it alone; giving it back from their page, or telling staff, gives
 * it back to all. What their page and the lead page show in force says the withdrawal still stands for those.
 */
class ProcessingPerApplicationTest {

    private static final Instant FIRST_APPLIED = Instant.parse("2026-09-01T10:00:00Z");
    private static final Instant WITHDRAWN = Instant.parse("2026-09-10T10:00:00Z");
    private static final Instant SECOND_APPLIED = Instant.parse("2026-09-20T10:00:00Z");

    private final ConsentEntry first = ConsentStandingsTest.form(ConsentPurpose.APPLICATION, true,
            FIRST_APPLIED.toString());
    private final ConsentEntry withdrawal = ConsentStandingsTest.change(ConsentPurpose.APPLICATION, false,
            WITHDRAWN.toString());
    private final ConsentEntry second = ConsentStandingsTest.form(ConsentPurpose.APPLICATION, true,
            SECOND_APPLIED.toString());

    @Test
    void aNewApplicationsConsentCoversItAloneAndTheEarlierOneStaysOnHold() {
        List<ConsentEntry> register = List.of(first, withdrawal, second);

        assertTrue(ConsentStandings.processingWithdrawn(register, FIRST_APPLIED),
                "the application sent before the withdrawal stays on hold");
        assertFalse(ConsentStandings.processingWithdrawn(register, SECOND_APPLIED),
                "the application sent after it is processed");
        assertEquals(withdrawal, ConsentStandings.inForce(register).get(ConsentPurpose.APPLICATION),
                "the person's page still offers to give the consent back");
    }

    @Test
    void applyingAgainToOneApplicationGivesItBackToThatOneAlone() {
        Instant again = Instant.parse("2026-09-25T10:00:00Z");
        ConsentEntry appliedAgain = new ConsentEntry(again, ConsentPurpose.APPLICATION, true,
                ConsentChannel.APPLICATION, null, "fr", "v", "texte", "#12 Soudures du Fjord — Soudeur", null, null,
                false);
        List<ConsentEntry> register = List.of(first, withdrawal, second, appliedAgain);

        assertFalse(ConsentStandings.processingWithdrawn(register, again), "the application sent again, its consent now");
        assertTrue(ConsentStandings.processingWithdrawn(register, FIRST_APPLIED),
                "another application sent before the withdrawal, not sent again, stays on hold");
        assertFalse(ConsentStandings.forEveryApplication(appliedAgain));
    }

    @Test
    void theConsentGivenBackOnThePersonsPageOrToStaffCoversEveryApplication() {
        ConsentEntry givenBack = new ConsentEntry(Instant.parse("2026-09-30T10:00:00Z"), ConsentPurpose.APPLICATION,
                true, ConsentChannel.PREFERENCES, null, "fr", "v", "texte", null, null, null, false);
        List<ConsentEntry> register = List.of(first, withdrawal, second, givenBack);

        assertFalse(ConsentStandings.processingWithdrawn(register, FIRST_APPLIED));
        assertFalse(ConsentStandings.processingWithdrawn(register, SECOND_APPLIED));
        assertEquals(givenBack, ConsentStandings.inForce(register).get(ConsentPurpose.APPLICATION));
        ConsentEntry withdrawnAgain = ConsentStandingsTest.change(ConsentPurpose.APPLICATION, false,
                "2026-10-05T10:00:00Z");
        assertTrue(ConsentStandings.processingWithdrawn(List.of(first, withdrawal, second, givenBack, withdrawnAgain),
                SECOND_APPLIED), "a withdrawal after an application stops it, wherever it was sent");
    }

    /**
     * What the person's consents page says of each application: on hold since the withdrawal that stopped it, or
     * processed since its own consent — or since the consent given back to all, when that came after it.
     */
    @Test
    void eachApplicationsProcessingIsSaidWithTheDayItStandsSince() {
        List<ConsentEntry> register = List.of(first, withdrawal, second);

        assertEquals(new ConsentStandings.Processing(true, WITHDRAWN),
                ConsentStandings.processing(register, FIRST_APPLIED), "on hold since the withdrawal");
        assertEquals(new ConsentStandings.Processing(false, SECOND_APPLIED),
                ConsentStandings.processing(register, SECOND_APPLIED), "processed since it was sent");
        assertEquals(new ConsentStandings.Processing(false, FIRST_APPLIED),
                ConsentStandings.processing(List.of(first), FIRST_APPLIED), "nothing withdrawn: since it was sent");

        Instant givenBackAt = Instant.parse("2026-09-30T10:00:00Z");
        ConsentEntry givenBack = new ConsentEntry(givenBackAt, ConsentPurpose.APPLICATION, true,
                ConsentChannel.PREFERENCES, null, "fr", "v", "texte", null, null, null, false);
        assertEquals(new ConsentStandings.Processing(false, givenBackAt),
                ConsentStandings.processing(List.of(first, withdrawal, second, givenBack), FIRST_APPLIED),
                "processed again since the consent was given back");
    }

    @Test
    void aWithdrawalAtTheVeryMomentTheApplicationWasSentCameAfterIt() {
        ConsentEntry sameMoment = ConsentStandingsTest.change(ConsentPurpose.APPLICATION, false,
                FIRST_APPLIED.toString());

        assertTrue(ConsentStandings.processingWithdrawn(List.of(first, sameMoment), FIRST_APPLIED));
        assertFalse(ConsentStandings.processingWithdrawn(List.of(first), FIRST_APPLIED), "nothing withdrawn");
    }
}
