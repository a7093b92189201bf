package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two accounts invited as "Marie@CSS.ca" and "marie@css.ca" before addresses were kept as keys are one address: signing
 * in opens one of them, and each account's line names the other, so that an admin deactivates the one not used. A
 * centre's admin is told of another centre's account without its name or address.
 */
class SameAddressAccountsTest {

    private static final long CENTRE = 4;
    private static final long OTHER_CENTRE = 9;

    @Test
    void twoSpellingsOfOneAddressNameEachOther() {
        AccountAddress capitals = new AccountAddress(11, CENTRE, "Marie@CSS.ca", "Marie Tremblay");
        AccountAddress plain = new AccountAddress(12, CENTRE, "marie@css.ca", "Marie Tremblay (2)");
        AccountAddress stranger = new AccountAddress(13, CENTRE, "Paul@CSS.ca", "Paul Roy");

        Map<Long, List<AccountAddress>> sharing = SameAddressAccounts.sharing(List.of(plain, stranger, capitals));

        assertEquals(List.of(plain), sharing.get(11L));
        assertEquals(List.of(capitals), sharing.get(12L));
        assertTrue(!sharing.containsKey(13L), "an address no other account has is said nothing of");
    }

    @Test
    void aDomainInAsciiAPastedNameAndAnInvisibleCharacterAreTheSameAddressToo() {
        AccountAddress unicode = new AccountAddress(21, CENTRE, "lea@école.ca", "Léa Roy");
        AccountAddress ascii = new AccountAddress(22, OTHER_CENTRE, "lea@xn--cole-9oa.ca", "Léa Roy");
        AccountAddress named = new AccountAddress(23, CENTRE, "Léa Roy <LEA@ÉCOLE.CA>", "Léa R.");
        AccountAddress invisible = new AccountAddress(24, CENTRE, "le\u200Ba@école.ca", "Léa");

        Map<Long, List<AccountAddress>> sharing = SameAddressAccounts.sharing(List.of(invisible, named, ascii,
                unicode));

        assertEquals(List.of(ascii, named, invisible), sharing.get(21L), "the others, oldest first");
        assertEquals(4, sharing.size());
    }

    @Test
    void anotherCentresAccountIsSaidWithoutItsNameOrAddress() {
        AccountAddress here = new AccountAddress(31, CENTRE, "Marie@CSS.ca", "Marie Tremblay");
        AccountAddress elsewhere = new AccountAddress(32, OTHER_CENTRE, "marie@css.ca", "Marie T.");

        UserRow.SameAddressAs fromHere = UserRow.SameAddressAs.seenFrom(CENTRE, here);
        UserRow.SameAddressAs fromElsewhere = UserRow.SameAddressAs.seenFrom(CENTRE, elsewhere);

        assertEquals(new UserRow.SameAddressAs(31L, "Marie Tremblay", "Marie@CSS.ca"), fromHere);
        assertTrue(fromElsewhere.inAnotherCentre());
        assertNull(fromElsewhere.displayName());
        assertNull(fromElsewhere.email());
    }

    @Test
    void theLineSaysItInBothLanguages() {
        assertEquals("Même adresse qu’un autre compte :", ca.tremplin.kernel.Messages.get(
                ca.tremplin.kernel.Languages.FRENCH, "users.sameAddressAs"));
        assertEquals("Same address as another centre’s account.", ca.tremplin.kernel.Messages.get(
                ca.tremplin.kernel.Languages.ENGLISH, "users.sameAddressInAnotherCentre"));
    }
}
