package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import org.junit.jupiter.api.Test;

/**
 * The users list says where each account stands: an invitation cancelled before anyone joined is said so, not
 * "Deactivated", which the list keeps for a colleague who joined and left.
 */
class UserRowTest {

    @Test
    void anInvitationCancelledBeforeAnyoneJoinedIsSaidCancelledNotDeactivated() {
        UserRow cancelled = new UserRow(7, "Awa Diop", "awa@exemple.test", Role.RECRUITER, false, false, null);
        assertEquals("Invitation annulée", Messages.get(Languages.FRENCH, cancelled.statusKey()));
        assertEquals("Invitation cancelled", Messages.get(Languages.ENGLISH, cancelled.statusKey()));
    }

    @Test
    void eachOtherStandingKeepsItsWord() {
        assertEquals("Désactivé", Messages.get(Languages.FRENCH,
                new UserRow(7, "Awa Diop", "awa@exemple.test", Role.RECRUITER, false, true, null).statusKey()));
        assertEquals("Invited", Messages.get(Languages.ENGLISH,
                new UserRow(7, "Awa Diop", "awa@exemple.test", Role.RECRUITER, true, false, null).statusKey()));
        assertEquals("Active", Messages.get(Languages.ENGLISH,
                new UserRow(7, "Awa Diop", "awa@exemple.test", Role.RECRUITER, true, true, null).statusKey()));
    }
}
