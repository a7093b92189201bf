package ca.tremplin.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A profile's trail reads in words in French and in English: every move, every status it went from and to, and who
 * made a move no one of the staff made. The moderation page's search finds what was typed, as typed, and the queue
 * only when the search could find a profile waiting.
 */
class ShowcaseDecisionTextsTest {

    @Test
    void everyMoveAndStatusOfATrailIsSaidInBothLanguages() {
        for (Locale language : List.of(Languages.FRENCH, Languages.ENGLISH)) {
            for (ShowcaseDecision.Kind kind : ShowcaseDecision.Kind.values()) {
                assertFalse(Messages.get(language, kind.messageKey()).startsWith("???"), language + ": " + kind);
                ShowcaseDecisions.Line line = new ShowcaseDecisions.Line(kind, ProfileStatus.APPROVED,
                        ProfileStatus.AWAITING_MODERATION, null, Instant.EPOCH, null, false);
                assertFalse(Messages.get(language, line.othersKey()).startsWith("???"), language + ": " + kind);
            }
            for (ProfileStatus status : ProfileStatus.values()) {
                assertFalse(Messages.get(language, status.messageKey()).startsWith("???"), language + ": " + status);
            }
        }
        assertEquals("Des visiteurs", Messages.get(Languages.FRENCH, line(ShowcaseDecision.Kind.REPORTED).othersKey()),
                "reports of several people took it off");
        assertEquals("Their parent or guardian", Messages.get(Languages.ENGLISH,
                line(ShowcaseDecision.Kind.GUARDIAN_WITHDREW).othersKey()));
        assertEquals("La personne", Messages.get(Languages.FRENCH, line(ShowcaseDecision.Kind.EDITED).othersKey()));
    }

    @Test
    void theSearchFindsWhatWasTypedAndTheQueueOnlyWhenItCouldHoldAProfileWaiting() {
        ModeratedProfiles.Search all = ModeratedProfiles.Search.ALL;
        assertNull(all.pattern());
        assertFalse(all.narrows());
        assertTrue(all.findsWaiting());

        ModeratedProfiles.Search typed = new ModeratedProfiles.Search("  Awa_D ", null);
        assertEquals("%awa!_d%", typed.pattern(), "lower-cased, its underscore looked for as itself");
        assertTrue(typed.narrows());
        assertTrue(typed.findsWaiting());

        assertTrue(new ModeratedProfiles.Search(null, ProfileStatus.APPROVED).findsWaiting(),
                "published profiles: those with reports to answer are in the queue");
        assertFalse(new ModeratedProfiles.Search(null, ProfileStatus.REFUSED).findsWaiting(),
                "refused profiles only: the queue is empty");
        assertTrue(new ModeratedProfiles.Search(null, ProfileStatus.AWAITING_MODERATION).findsWaiting());
        assertTrue(new ModeratedProfiles.Search("   ", null).pattern() == null, "blanks are no search");
        assertEquals(ModeratedProfiles.SEARCH_MAX + 2, new ModeratedProfiles.Search("a".repeat(500), null).pattern()
                .length(), "cut to a name's or an address's length");
    }

    private static ShowcaseDecisions.Line line(ShowcaseDecision.Kind kind) {
        return new ShowcaseDecisions.Line(kind, ProfileStatus.APPROVED, ProfileStatus.AWAITING_MODERATION, null,
                Instant.EPOCH, null, false);
    }
}
