package ca.tremplin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The trace of changes to a centre's staff and settings (who, when, what), written in the change's transaction and
 * read by the centre's admins on the account's page and the settings page. Through the tenant filter: a centre's
 * trace is its own.
 */
@ApplicationScoped
public class StaffChanges {

    /** The most lines a page shows. */
    static final int MOST_SHOWN = 50;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Clock clock;

    @Inject
    ca.tremplin.tenant.Tenancy tenancy;

    /** Appends a line, by the member of staff signed in, now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(StaffChange.Subject subject, Long subjectId, StaffChange.What what, String detail) {
        em.persist(new StaffChange(signedInUser.getUserId(), subject, subjectId, what, detail, clock.instant()));
    }

    /** The changes to one account, newest first (its centre's admins). */
    @Transactional
    public List<StaffChange> ofAccount(long userId) {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        return em.createQuery("select c from StaffChange c where c.subject = :account and c.subjectId = :id"
                        + " order by c.changedAt desc, c.id desc", StaffChange.class)
                .setParameter("account", StaffChange.Subject.ACCOUNT).setParameter("id", userId)
                .setMaxResults(MOST_SHOWN).getResultList();
    }

    /**
     * Who made these changes, by id, in one query: a page shows fifty lines, not fifty lookups. Across tenants, since
     * the platform's admin who named a centre's first administrator is no member of that centre.
     */
    public java.util.Map<Long, String> actorNames(List<StaffChange> changes) {
        List<Long> ids = changes.stream().map(StaffChange::getActorId).filter(java.util.Objects::nonNull).distinct()
                .toList();
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return tenancy.acrossAllTenants(() -> em.createQuery("select u.id, u.displayName from UserAccount u"
                        + " where u.id in :ids", Object[].class).setParameter("ids", ids).getResultStream()
                .collect(java.util.stream.Collectors.toMap(row -> (Long) row[0], row -> (String) row[1])));
    }

    /** The changes to the centre's routing settings and templates, newest first (its admins). */
    @Transactional
    public List<StaffChange> ofSettings() {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        return em.createQuery("select c from StaffChange c where c.subject <> :account"
                        + " order by c.changedAt desc, c.id desc", StaffChange.class)
                .setParameter("account", StaffChange.Subject.ACCOUNT).setMaxResults(MOST_SHOWN).getResultList();
    }
}
