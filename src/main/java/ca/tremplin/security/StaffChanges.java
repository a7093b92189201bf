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

    /**
     * Appends a status's move, "DRAFT → PUBLISHED", after what it is about when a record holds several ("2027-08-25
     * Laval: OPEN → FULL"); nothing when it stays.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordMove(StaffChange.Subject subject, Long subjectId, StaffChange.What what, String about,
                           Enum<?> from, Enum<?> to) {
        if (from != to) {
            record(subject, subjectId, what, (about == null ? "" : about + ": ") + from + " → " + to);
        }
    }

    /** Appends one line per field an edit changed (as {@link ca.tremplin.kernel.FieldChanges} gives them). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(StaffChange.Subject subject, Long subjectId, StaffChange.What what, List<String> fields) {
        fields.forEach(field -> record(subject, subjectId, what, field));
    }

    /**
     * A change to a centre itself, filed under that centre whoever made it (the coordinating organisation closing it,
     * its own admin editing its profile), so that both read one history. In the change's transaction: no change
     * without its line, nor the reverse.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordCentreChange(@jakarta.enterprise.event.Observes ca.tremplin.tenant.TenantChanged change) {
        StaffChange.What what = StaffChange.What.valueOf("CENTRE_" + change.kind().name());
        insertUnder(change.tenantId(), signedInUser.getUserId(), StaffChange.Subject.CENTRE, change.tenantId(), what,
                change.fields());
    }

    /**
     * A change the platform made by itself, nobody signed in (a job marking an event over done), filed under the
     * centre of the record it changed: such work runs bound to no tenant. No actor: the page says "Tremplin".
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAutomatic(long tenantId, StaffChange.Subject subject, long subjectId, StaffChange.What what,
                                String detail) {
        insertUnder(tenantId, null, subject, subjectId, what, detail);
    }

    /**
     * A change a member of staff made to their own account before signing in (the password chosen through a mailed
     * link), filed under their centre with them as its author: nobody is signed in, and no tenant is bound.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void recordByTheAccountHolder(UserAccount account, StaffChange.What what) {
        insertUnder(account.getTenantId(), account.getId(), StaffChange.Subject.ACCOUNT, account.getId(), what, null);
    }

    /** Native SQL: the tenant filter would file the line under the signed-in person's tenant, or refuse none. */
    private void insertUnder(long tenantId, Long actorId, StaffChange.Subject subject, Long subjectId,
                             StaffChange.What what, String detail) {
        StaffChange line = new StaffChange(actorId, subject, subjectId, what, detail, clock.instant());
        em.createNativeQuery("insert into staff_change (tenant_id, actor_id, subject, subject_id, what, detail,"
                        + " changed_at) values (:tenant, :actor, :subject, :subjectId, :what, :detail, :at)")
                .setParameter("tenant", tenantId).setParameter("actor", line.getActorId())
                .setParameter("subject", line.getSubject().name()).setParameter("subjectId", subjectId)
                .setParameter("what", line.getWhat().name()).setParameter("detail", line.getDetail())
                .setParameter("at", line.getChangedAt())
                .executeUpdate();
    }

    /**
     * The changes to one program, offer or event, newest first, at most {@code most}, with who made them. The feature's
     * service checks first that the record is one the reader may open; the tenant filter keeps every other centre's
     * lines out whatever the id asked for.
     */
    @Transactional
    public ChangeLines ofRecord(StaffChange.Subject subject, long subjectId, int most) {
        signedInUser.require(Role.RECRUITER, Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        List<StaffChange> read = em.createQuery("select c from StaffChange c where c.subject = :subject"
                        + " and c.subjectId = :id order by c.changedAt desc, c.id desc", StaffChange.class)
                .setParameter("subject", subject).setParameter("id", subjectId)
                .setMaxResults(most + 1).getResultList();
        return shownOf(read, most);
    }

    /**
     * The changes to the centre's campuses — created, each field edited from what to what, deleted —, newest first, at
     * most {@code most}, with who made them: the campuses' page shows them (its admins). Filed under the centre, whose
     * own page shows them among its lines too.
     */
    @Transactional
    public ChangeLines ofCampuses(int most) {
        signedInUser.require(Role.CSS_ADMIN);
        List<StaffChange> read = em.createQuery("select c from StaffChange c where c.subject = :centre"
                        + " and c.what in (:campuses) order by c.changedAt desc, c.id desc", StaffChange.class)
                .setParameter("centre", StaffChange.Subject.CENTRE)
                .setParameter("campuses", StaffChange.What.CAMPUSES)
                .setMaxResults(most + 1).getResultList();
        return shownOf(read, most);
    }

    /** The lines read, one more than shown asked for: the first {@code most}, and whether older ones are left. */
    private ChangeLines shownOf(List<StaffChange> read, int most) {
        List<StaffChange> shown = read.size() > most ? read.subList(0, most) : read;
        return new ChangeLines(List.copyOf(shown), actorNames(shown), read.size() > most);
    }

    /**
     * The changes to a centre itself, newest first: its own admins read their centre's, the platform's admin any
     * centre's (across tenants, by name).
     */
    @Transactional
    public List<StaffChange> ofCentre(long tenantId) {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        java.util.function.Supplier<List<StaffChange>> read = () -> em.createQuery("select c from StaffChange c"
                        + " where c.tenantId = :centre and c.subject = :centreSubject"
                        + " order by c.changedAt desc, c.id desc", StaffChange.class)
                .setParameter("centre", tenantId).setParameter("centreSubject", StaffChange.Subject.CENTRE)
                .setMaxResults(MOST_SHOWN).getResultList();
        return signedInUser.hasRole(Role.PLATFORM_ADMIN) ? tenancy.acrossAllTenants(read) : read.get();
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
        return em.createQuery("select c from StaffChange c where c.subject not in (:account, :centre)"
                        + " and c.what not in (:reasons) order by c.changedAt desc, c.id desc", StaffChange.class)
                .setParameter("account", StaffChange.Subject.ACCOUNT)
                .setParameter("centre", StaffChange.Subject.CENTRE)
                .setParameter("reasons", StaffChange.What.LOST_REASONS).setMaxResults(MOST_SHOWN).getResultList();
    }

    /** Who added, withdrew or restored which of the centre's lost reasons, and when, newest first (its admins). */
    @Transactional
    public List<StaffChange> ofLostReasons() {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        return em.createQuery("select c from StaffChange c where c.what in (:reasons)"
                        + " order by c.changedAt desc, c.id desc", StaffChange.class)
                .setParameter("reasons", StaffChange.What.LOST_REASONS).setMaxResults(MOST_SHOWN).getResultList();
    }
}
