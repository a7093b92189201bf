package ca.tremplin.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.person.ConsentChannel;
import ca.tremplin.person.ConsentEntry;
import ca.tremplin.person.ConsentPurpose;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The consents page on the processing of a person's applications: each application still under way with where its
 * own processing stands, rather than the register's one "withdrawn" that contradicts an application sent, or sent
 * again, since the withdrawal and processed under its own consent; and what a button pressed then changes.
 */
class ApplicationsProcessingShownTest {

    private static final Instant WITHDRAWN = Instant.parse("2026-09-10T10:00:00Z");
    private static final ConsentEntry WITHDRAWAL = new ConsentEntry(WITHDRAWN, ConsentPurpose.APPLICATION, false,
            ConsentChannel.PREFERENCES, null, "fr", "v", "texte", null, null, null, false);

    @Test
    void anApplicationSentAgainSinceTheWithdrawalIsSaidProcessedAndCanBeWithdrawn() {
        PreferencesView.Purpose shown = PreferencesView.Purpose.ofApplications(WITHDRAWAL, List.of(
                application(false, Instant.parse("2026-09-20T10:00:00Z"))));

        assertTrue(shown.given(), "the application waiting is processed: not a single \"withdrawn\"");
        assertFalse(shown.withdrawn());
        assertEquals(1, shown.applications().size());
        assertFalse(shown.givable(), "nothing on hold to give it back to");
        assertFalse(shown.already(false), "withdrawing now stops the application sent again: it is recorded");
        assertTrue(shown.already(true));
    }

    @Test
    void oneOnHoldAndOneProcessedOfferBothToWithdrawAndToGiveBack() {
        PreferencesView.Purpose shown = PreferencesView.Purpose.ofApplications(WITHDRAWAL, List.of(
                application(true, WITHDRAWN), application(false, Instant.parse("2026-09-20T10:00:00Z"))));

        assertTrue(shown.given() && shown.withdrawn());
        assertTrue(shown.withdrawable() && shown.givable());
        assertFalse(shown.already(true), "giving it back resumes the one on hold");
        assertFalse(shown.already(false), "withdrawing it stops the one processed");
    }

    @Test
    void withNoApplicationUnderWayTheRegisterSaysWhereItStands() {
        PreferencesView.Purpose shown = PreferencesView.Purpose.ofApplications(WITHDRAWAL, List.of());

        assertTrue(shown.withdrawn());
        assertFalse(shown.given());
        assertEquals(WITHDRAWN, shown.since());
        assertTrue(shown.applications().isEmpty());
        assertTrue(shown.givable());
        assertTrue(shown.already(false), "withdrawn already");

        PreferencesView.Purpose allOnHold = PreferencesView.Purpose.ofApplications(WITHDRAWAL,
                List.of(application(true, WITHDRAWN)));
        assertFalse(allOnHold.given());
        assertTrue(allOnHold.withdrawn());
        assertTrue(allOnHold.already(false), "every application on hold: nothing more to withdraw");
    }

    @Test
    void eachApplicationIsSaidInBothLanguages() {
        PreferencesView.Application welder = new PreferencesView.Application("Soudeur", "Welder",
                "Soudures du Fjord", true, WITHDRAWN);
        assertEquals("Soudeur", welder.trade(Languages.FRENCH));
        assertEquals("Welder", welder.trade(Languages.ENGLISH));
        assertEquals("Soudeur, Soudures du Fjord : en attente — consentement retiré le 10 sept.",
                Messages.get(Languages.FRENCH, "preferences.application.onHold", "Soudeur", "Soudures du Fjord",
                        "10 sept."));
        assertEquals("Welder, Soudures du Fjord: being processed — consent given on Sept. 20",
                Messages.get(Languages.ENGLISH, "preferences.application.processed", "Welder", "Soudures du Fjord",
                        "Sept. 20"));
        assertFalse(Messages.get(Languages.ENGLISH, "preferences.application.both").equals(
                Messages.get(Languages.FRENCH, "preferences.application.both")));
    }

    private static PreferencesView.Application application(boolean onHold, Instant since) {
        return new PreferencesView.Application("Soudeur", "Welder", "Soudures du Fjord", onHold, since);
    }
}
