package ca.tremplin.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.security.UserAdministration;
import ca.tremplin.testsupport.InServerTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation is enforced by the persistence layer: queries written without any tenant condition, and
 * loads by primary key, see only the current tenant's rows.
 */
class TenantIsolationIT extends InServerTest {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    UserAdministration userAdministration;

    @Test
    void queryWithoutAnyTenantConditionReturnsOnlyTheCurrentTenantsRows() {
        Tenant a = fixtures.newSchoolBoard("iso-a");
        Tenant b = fixtures.newSchoolBoard("iso-b");
        UserAccount inA = fixtures.newAccount(a, Role.RECRUITER);
        UserAccount inB = fixtures.newAccount(b, Role.RECRUITER);

        List<UserAccount> seenByA = tenancy.asTenant(a.getId(),
                () -> em.createQuery("select u from UserAccount u", UserAccount.class).getResultList());

        assertTrue(seenByA.stream().allMatch(u -> u.getTenantId().equals(a.getId())), "only tenant A's rows");
        assertTrue(seenByA.stream().anyMatch(u -> u.getId().equals(inA.getId())));
        assertTrue(seenByA.stream().noneMatch(u -> u.getId().equals(inB.getId())));
    }

    @Test
    void loadingAnotherTenantsRowByItsIdFindsNothing() {
        Tenant a = fixtures.newSchoolBoard("find-a");
        Tenant b = fixtures.newSchoolBoard("find-b");
        UserAccount inB = fixtures.newAccount(b, Role.CSS_ADMIN);

        UserAccount found = tenancy.asTenant(a.getId(), () -> em.find(UserAccount.class, inB.getId()));

        assertNull(found);
    }

    @Test
    void requestsWithoutTenantSeeNoTenantOwnedRows() {
        Tenant a = fixtures.newSchoolBoard("anon");
        fixtures.newAccount(a, Role.RECRUITER);

        long visibleWithoutTenant = em.createQuery("select count(u) from UserAccount u", Long.class)
                .getSingleResult();
        long existing = ((Number) em.createNativeQuery("select count(*) from user_account").getSingleResult())
                .longValue();

        assertEquals(0, visibleWithoutTenant);
        assertTrue(existing > 0, "the rows exist; they are only hidden");
    }

    @Test
    void rowsWrittenInATenantCarryThatTenant() {
        Tenant a = fixtures.newSchoolBoard("write");

        UserAccount created = fixtures.newAccount(a, Role.RECRUITER);

        Object storedTenant = em.createNativeQuery("select tenant_id from user_account where id = ?1")
                .setParameter(1, created.getId()).getSingleResult();
        assertEquals(a.getId().longValue(), ((Number) storedTenant).longValue());
    }

    @Test
    void crossingTenantsOnPurposeSeesEveryTenant() {
        Tenant a = fixtures.newSchoolBoard("across-a");
        Tenant b = fixtures.newSchoolBoard("across-b");
        UserAccount inA = fixtures.newAccount(a, Role.RECRUITER);
        UserAccount inB = fixtures.newAccount(b, Role.RECRUITER);

        List<Long> ids = tenancy.acrossAllTenants(() -> em.createQuery(
                        "select u.id from UserAccount u where u.id in (:ids)", Long.class)
                .setParameter("ids", List.of(inA.getId(), inB.getId())).getResultList());

        assertEquals(2, ids.size());
    }

    @Test
    void anAdminOfOneTenantCannotOpenAnotherTenantsUserByForgedId() {
        Tenant a = fixtures.newSchoolBoard("admin-a");
        Tenant b = fixtures.newSchoolBoard("admin-b");
        UserAccount adminOfA = fixtures.newAccount(a, Role.CSS_ADMIN);
        UserAccount userOfB = fixtures.newAccount(b, Role.RECRUITER);
        UserAccount colleagueInA = fixtures.newAccount(a, Role.RECRUITER);

        try (var session = TestSessions.signedInAs(adminOfA, a)) {
            assertEquals(colleagueInA.getEmail(), userAdministration.find(colleagueInA.getId()).getEmail());
            assertThrows(NotFoundException.class, () -> userAdministration.find(userOfB.getId()));
            assertThrows(NotFoundException.class,
                    () -> userAdministration.deactivate(userOfB.getId(), userOfB.getVersion()));
        }
        boolean stillActive = tenancy.acrossAllTenants(() -> em.find(UserAccount.class, userOfB.getId()).isActive());
        assertTrue(stillActive, "the forged deactivation changed nothing");
    }
}
