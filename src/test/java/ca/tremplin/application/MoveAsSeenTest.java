package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A move on an offer's board names the status the page showed: an application moved since by a colleague or in
 * another tab is not moved again from a step it no longer holds, and the refusal says where it stands now, in the
 * reader's words.
 */
class MoveAsSeenTest {

    @Test
    void anApplicationStillWhereThePageShowedItMoves() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertDoesNotThrow(() -> ApplicationService.requireAsSeen(status, status));
        }
    }

    @Test
    void anApplicationMovedSinceIsRefusedNamingWhereItStandsNow() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> ApplicationService.requireAsSeen(ApplicationStatus.OFFER_MADE, ApplicationStatus.INTERVIEW));

        assertEquals("application.changedMeanwhile", refused.messageKey());
        assertTrue(refused.localizedMessage(Locale.FRENCH).contains("« Offre faite »"),
                refused.localizedMessage(Locale.FRENCH));
        assertTrue(refused.localizedMessage(Locale.ENGLISH).contains("“Offer made”"),
                refused.localizedMessage(Locale.ENGLISH));
        assertTrue(refused.localizedMessage(Locale.ENGLISH).contains("Nothing was changed or sent"));
    }
}
