package ca.tremplin.person;

import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Who saw whose data: the features that show or hand out a person's data record each access here, in their own
 * transaction (an access that failed is not one), and a centre's admins read the log per person and per member of
 * staff, newest first. Reads go through the tenant filter: another centre's log is never found, whatever id is sent.
 */
@ApplicationScoped
public class AccessLog {

    static final int MOST_SHOWN = 500;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Clock clock;

    /** Records that the signed-in member of staff did this with the person's data. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long leadId, AccessAction action, Long targetId) {
        Long userId = signedInUser.getUserId();
        if (userId != null) {
            em.persist(new PersonalDataAccess(leadId, userId, action, targetId, clock.instant()));
        }
    }

    /**
     * Records an export of these people, one line each, at one instant, in one statement: a whole list's export logs
     * a line per person, and one insert per line took longer than writing the file. Each line takes its centre from
     * the person's own record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordExport(List<Long> leadIds, Long exportId) {
        Long userId = signedInUser.getUserId();
        if (userId == null || leadIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        insert into personal_data_access (tenant_id, lead_id, user_id, action, target_id, accessed_at)
                        select l.tenant_id, l.id, :user, 'EXPORTED', :target, :now from `lead` l where l.id in (:ids)""")
                .setParameter("user", userId).setParameter("target", exportId)
                .setParameter("now", clock.instant()).setParameter("ids", leadIds).executeUpdate();
    }

    /** Records that the person downloaded their own data from this centre (no member of staff); across tenants. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDownloadByThePerson(long tenantId, long leadId, Long requestPartId) {
        em.persist(PersonalDataAccess.byThePerson(tenantId, leadId, requestPartId, clock.instant()));
    }

    /**
     * Records that the signed-in member of staff exported the data of an apprentice the centre knows only by their
     * showcase profile, by that profile's number ({@code targetId}: the access request answered, if any).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordApprenticeExport(long tenantId, long profileId, Long targetId) {
        Long userId = signedInUser.getUserId();
        if (userId != null) {
            em.persist(PersonalDataAccess.ofApprentice(tenantId, profileId, userId, targetId, clock.instant()));
        }
    }

    /** Records that an apprentice known only by their showcase profile downloaded their own data; across tenants. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordApprenticeDownloadByThePerson(long tenantId, long profileId, Long requestPartId) {
        em.persist(PersonalDataAccess.ofApprentice(tenantId, profileId, null, requestPartId, clock.instant()));
    }

    /** Every access to this person's data, newest first (the centre's admins only). */
    @Transactional
    public List<PersonalDataAccess> ofPerson(long leadId) {
        requireAdmin();
        return em.createQuery("select a from PersonalDataAccess a where a.leadId = :lead"
                        + " order by a.accessedAt desc, a.id desc", PersonalDataAccess.class)
                .setParameter("lead", leadId).setMaxResults(MOST_SHOWN).getResultList();
    }

    /** Every access this member of staff made, newest first (the centre's admins only). */
    @Transactional
    public List<PersonalDataAccess> byUser(long userId) {
        requireAdmin();
        return em.createQuery("select a from PersonalDataAccess a where a.userId = :user"
                        + " order by a.accessedAt desc, a.id desc", PersonalDataAccess.class)
                .setParameter("user", userId).setMaxResults(MOST_SHOWN).getResultList();
    }

    private void requireAdmin() {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
    }
}
