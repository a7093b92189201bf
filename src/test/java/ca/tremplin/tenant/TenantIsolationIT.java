package ca.tremplin.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.inquiry.InquiryRequest;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.TableSort;
import ca.tremplin.person.HeardFrom;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadStage;
import ca.tremplin.pipeline.LeadFilter;
import ca.tremplin.pipeline.LeadListService;
import ca.tremplin.pipeline.LeadRow;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.security.UserAdministration;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation is enforced by the persistence layer: queries written without any tenant condition, and
 * loads by primary key, see only the current tenant's rows; rows written across tenants carry their own.
 */
class TenantIsolationIT extends InServerTest {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    UserAdministration userAdministration;

    @Inject
    LeadListService leadList;

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
    void whatAPersonToldOneCentreNeverShowsInAnotherCentresLeadFilters() {
        Tenant a = fixtures.newSchoolBoard("interest-a");
        Tenant b = fixtures.newSchoolBoard("interest-b");
        UserAccount recruiterOfA = fixtures.newAccount(a, Role.RECRUITER);
        UserAccount recruiterOfB = fixtures.newAccount(b, Role.RECRUITER);
        Program ofA = program(a);
        Program ofB = program(b);
        // One request about a program of each centre: the person becomes a lead of both.
        InquiryRequest toBoth = InquiryRequests.complete(InquiryRequests.uniqueEmail(), ofA.getId(), ofB.getId());
        toBoth.setPreferredIntake(java.time.YearMonth.now(ca.tremplin.kernel.QuebecTime.ZONE).plusYears(3).toString());
        toBoth.setHeardFrom("PARTNER");
        Lead bothInA = fixtures.newLead(a, toBoth);
        Lead bothInB = fixtures.leadOf(b, toBoth.getEmail());
        InquiryRequest toB = InquiryRequests.complete(InquiryRequests.uniqueEmail(), ofB.getId());
        toB.setPreferredIntake(java.time.YearMonth.now(ca.tremplin.kernel.QuebecTime.ZONE).plusYears(3).toString());
        toB.setHeardFrom("PARTNER");
        Lead onlyInB = fixtures.newLead(b, toB);

        LeadFilter intake = new LeadFilter(null, null, null, null, null, java.time.YearMonth.now(ca.tremplin.kernel.QuebecTime.ZONE).plusYears(3).toString(), null);
        LeadFilter partner = new LeadFilter(null, null, null, null, null, null, HeardFrom.PARTNER);
        try (var session = TestSessions.signedInAs(recruiterOfA, a)) {
            assertEquals(List.of(bothInA.getId()), ids(intake));
            assertEquals(List.of(bothInA.getId()), ids(partner));
            assertEquals(List.of(bothInA.getId()), ids(new LeadFilter(null, null, null, null, ofA.getId(), null,
                    null)));
            assertEquals(1, leadList.stageCounts(partner).get(LeadStage.NEW), "the board counts A's lead only");
        }
        try (var session = TestSessions.signedInAs(recruiterOfB, b)) {
            assertEquals(java.util.Set.of(bothInB.getId(), onlyInB.getId()), java.util.Set.copyOf(ids(intake)));
            assertEquals(java.util.Set.of(bothInB.getId(), onlyInB.getId()), java.util.Set.copyOf(ids(
                    new LeadFilter(null, null, null, null, ofB.getId(), null, null))));
            assertEquals(2, leadList.stageCounts(partner).get(LeadStage.NEW));
        }
        for (Lead lead : List.of(bothInA, bothInB, onlyInB)) {
            List<?> tenants = em.createNativeQuery("select distinct tenant_id from lead_interest where lead_id = ?1")
                    .setParameter(1, lead.getId()).getResultList();
            assertEquals(List.of(lead.getTenantId()), tenants.stream().map(id -> ((Number) id).longValue()).toList(),
                    "a lead's interests carry its centre");
        }
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
                    () -> userAdministration.deactivate(userOfB.getId(), userOfB.getVersion(), null));
        }
        boolean stillActive = tenancy.acrossAllTenants(() -> em.find(UserAccount.class, userOfB.getId()).isActive());
        assertTrue(stillActive, "the forged deactivation changed nothing");
    }

    private List<Long> ids(LeadFilter filter) {
        return leadList.page(filter, 0, 50, TableSort.DEFAULT).stream().map(LeadRow::id).toList();
    }

    private Program program(Tenant tenant) {
        String word = "i" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(),
                "Programme " + word, "Program " + word, "07", word, true);
    }
}
