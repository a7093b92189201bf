package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The owner each lead had as the list showed it, carried in the row's key and sent back with the rows ticked: a bulk
 * assignment leaves to whoever took it a lead whose owner changed since, and takes as it stands a lead whose key says
 * nothing of its owner.
 */
class ShownOwnersTest {

    @Test
    void aRowsKeyNamesTheLeadAndTheOwnerItWasShownWithOrNobody() {
        assertEquals("412-7", ShownOwners.key(412, 7L));
        assertEquals("412-", ShownOwners.key(412, null));
        assertEquals(412L, ShownOwners.leadId("412-7"));
        assertEquals(7L, ShownOwners.ownerId("412-7"));
        assertNull(ShownOwners.ownerId("412-"), "shown without an owner");
        assertEquals(412L, ShownOwners.leadId("412"), "a key of the id alone is read too");
        assertNull(ShownOwners.ownerId("412"));
    }

    @Test
    void aLeadTakenByAColleagueSinceTheListWasShownIsSaidChanged() {
        ShownOwners shown = ShownOwners.read("412-7,413-,414-7");

        assertFalse(shown.changedSince(412, 7L), "still the owner it was shown with");
        assertTrue(shown.changedSince(412, 9L), "given to another colleague since");
        assertTrue(shown.changedSince(412, null), "taken from its owner since");
        assertTrue(shown.changedSince(413, 9L), "shown without an owner, taken since");
        assertFalse(shown.changedSince(413, null));
    }

    @Test
    void aLeadWhoseOwnerWasNotShownIsTakenAsItStands() {
        ShownOwners shown = ShownOwners.read("412,zzz-3,-4,415-x");

        assertFalse(shown.changedSince(412, 9L), "a key of the id alone tells nothing of the owner");
        assertFalse(shown.changedSince(415, 9L), "a key the list did not write tells nothing");
        assertFalse(ShownOwners.NONE.changedSince(412, 9L));
        assertFalse(ShownOwners.read(null).changedSince(412, 9L));
        assertFalse(ShownOwners.read("@all").changedSince(412, 9L));
    }

    @Test
    void aLeadShownTwiceWithTwoOwnersIsUnchangedWhileItHasEither() {
        // Ticked on one page, then seen again after a colleague's change on another showing of the list.
        ShownOwners shown = ShownOwners.read("412-7,412-9");

        assertFalse(shown.changedSince(412, 7L));
        assertFalse(shown.changedSince(412, 9L));
        assertTrue(shown.changedSince(412, 11L));
    }

    @Test
    void theWholeListIsTakenWithTheOwnersItWasReadWith() {
        ShownOwners shown = ShownOwners.of(List.of(row(412, 7L), row(413, null)));

        assertFalse(shown.changedSince(412, 7L));
        assertTrue(shown.changedSince(413, 7L));
    }

    private static LeadRow row(long id, Long ownerId) {
        return new LeadRow(id, "Awa", "Diop", null, null, "SN", null, null, ownerId, null);
    }
}
