package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import ca.tremplin.tenant.Tenant;
import org.junit.jupiter.api.Test;

/** The header's centre name follows a rename of the admin's own centre in the answer to the save, not at a reload. */
class SignedInUserTest {

    @Test
    void theirOwnCentreRenamedIsShownAtOnceAndAnotherCentreLeavesTheHeaderAsItIs() throws Exception {
        Tenant fjord = new Tenant();
        fjord.setNameFr("Centre de services scolaire du Fjord");
        fjord.setNameEn("Fjord School Service Centre");
        java.lang.reflect.Field id = Tenant.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(fjord, 7L);
        SignedInUser admin = new SignedInUser();
        admin.refresh(new UserAccount("admin@fjord.test", "Isabelle Lévesque", Role.CSS_ADMIN, Languages.FRENCH), fjord);

        admin.centreRenamed(8, "Centre de services scolaire des Îles", "Islands School Service Centre");
        assertEquals("Centre de services scolaire du Fjord", admin.tenantName(Languages.FRENCH), "another centre");

        admin.centreRenamed(7, "Centre de services scolaire du Fjord-du-Saguenay", "Saguenay Fjord School Service Centre");
        assertEquals("Centre de services scolaire du Fjord-du-Saguenay", admin.tenantName(Languages.FRENCH));
        assertEquals("Saguenay Fjord School Service Centre", admin.tenantName(Languages.ENGLISH));
    }
}
