package ca.tremplin.inquiry;

import ca.tremplin.catalog.ProgramStatus;
import ca.tremplin.person.Lead;
import ca.tremplin.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queries of the intake. The ones used while recording a request run under the root tenant (see
 * {@link InquiryIntake}) and therefore name the tenant they mean in their condition.
 */
@ApplicationScoped
public class InquiryRepository {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    public Optional<Inquiry> findByIdempotencyKey(String key) {
        return em.createQuery("select i from Inquiry i where i.idempotencyKey = :key", Inquiry.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    public Inquiry findInquiry(long id) {
        return em.find(Inquiry.class, id);
    }

    /**
     * Up to {@code most} requests waiting to be routed, oldest first, with their programs, locked until this
     * transaction ends; those another router holds are skipped ({@code SKIP LOCKED}), so none is routed twice.
     */
    public List<Inquiry> claimWaiting(int most) {
        List<?> ids = em.createNativeQuery(
                        "select id from inquiry where routed_at is null order by id limit ?1 for update skip locked")
                .setParameter(1, most).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct i from Inquiry i left join fetch i.programIds where i.id in :ids"
                        + " order by i.id", Inquiry.class)
                .setParameter("ids", ids.stream().map(id -> ((Number) id).longValue()).toList()).getResultList();
    }

    /** The ids of up to {@code most} requests waiting to be routed, oldest first, without locking them. */
    public List<Long> waitingIds(int most) {
        return em.createQuery("select i.id from Inquiry i where i.routedAt is null order by i.id", Long.class)
                .setMaxResults(most).getResultList();
    }

    /**
     * The request, locked until this transaction ends (after whoever holds it now), if it still waits to be
     * routed; read committed, so a router that has just routed it is seen.
     */
    public Optional<Inquiry> lockIfWaiting(long id) {
        return Optional.ofNullable(em.find(Inquiry.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(inquiry -> !inquiry.isRouted());
    }

    /** Whether the person consented to news on this request's form. */
    public boolean newsConsented(long inquiryId) {
        return !em.createNativeQuery("select 1 from consent_record where inquiry_id = ?1 and purpose = 'NEWS'"
                + " and granted").setParameter(1, inquiryId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The part of a request a tenant holds, if any (one at most: {@code uk_routed_inquiry}). Run across tenants. */
    public Optional<RoutedInquiry> partHeldBy(long tenantId, long inquiryId) {
        return em.createQuery("select r from RoutedInquiry r where r.tenantId = :tenant and r.inquiry.id = :inquiry",
                        RoutedInquiry.class).setParameter("tenant", tenantId).setParameter("inquiry", inquiryId)
                .getResultStream().findFirst();
    }

    /** Published programs of active centres among these ids; withdrawn or unknown ids are left out. */
    public List<AskedProgram> publishedPrograms(Collection<Long> ids) {
        return published(ids, true);
    }

    /**
     * The published programs a request names, whether their centre is open or closed since the person saw them: what
     * the acknowledgement tells them they asked about, where {@link #publishedPrograms} says who answers.
     */
    public List<AskedProgram> namedPrograms(Collection<Long> ids) {
        return published(ids, false);
    }

    private List<AskedProgram> published(Collection<Long> ids, boolean openCentresOnly) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select new ca.tremplin.inquiry.AskedProgram(p.id, p.tenantId, p.type, concat(p.type, ' ', p.code),
                               p.titleFr, p.titleEn, t.nameFr, t.nameEn)
                        from Program p, Tenant t
                        where t.id = p.tenantId and p.id in :ids and p.status = :published
                              and (t.active = true or :openCentresOnly = false)
                        order by p.titleFr""", AskedProgram.class)
                .setParameter("ids", ids).setParameter("published", ProgramStatus.PUBLISHED)
                .setParameter("openCentresOnly", openCentresOnly).getResultList();
    }

    /** Published programs whose title or code contains the text, for the form's program chooser. */
    public List<AskedProgram> searchPublishedPrograms(String text, int most) {
        String like = ca.tremplin.kernel.LikePattern.containing(text);
        if (like == null) {
            return List.of();
        }
        return em.createQuery("""
                        select new ca.tremplin.inquiry.AskedProgram(p.id, p.tenantId, p.type, concat(p.type, ' ', p.code),
                               p.titleFr, p.titleEn, t.nameFr, t.nameEn)
                        from Program p, Tenant t
                        where t.id = p.tenantId and p.status = :published and t.active = true
                          and (lower(p.titleFr) like :like escape '!' or lower(p.titleEn) like :like escape '!'
                               or p.code like :like escape '!')
                        order by p.titleFr, t.nameFr""", AskedProgram.class)
                .setParameter("published", ProgramStatus.PUBLISHED).setParameter("like", like)
                .setMaxResults(most).getResultList();
    }

    /** How a centre routes its requests: its rule and its response time; the defaults until its admins choose. */
    public record CentreRouting(RoutingRule rule, int responseBusinessHours) {
    }

    /**
     * The centre's routing rule and response time in one read. Read as values, without a lock and without loading
     * the settings into the persistence context, where the settings page's own read must find them.
     */
    public CentreRouting centreRouting(long tenantId) {
        return em.createQuery("""
                        select new ca.tremplin.inquiry.InquiryRepository$CentreRouting(s.routingRule, s.responseBusinessHours)
                        from InquirySettings s where s.tenantId = :tenant""", CentreRouting.class)
                .setParameter("tenant", tenantId).getResultStream().findFirst()
                .orElse(new CentreRouting(RoutingRule.ROUND_ROBIN, InquirySettings.DEFAULT_RESPONSE_HOURS));
    }

    /** How many parts of requests the centre has given to a recruiter so far (where its round robin stands). */
    public long countAssignedParts(long tenantId) {
        return em.createQuery("select count(r) from RoutedInquiry r where r.tenantId = :tenant"
                        + " and r.assignedTo is not null", Long.class)
                .setParameter("tenant", tenantId).getSingleResult();
    }

    /**
     * Whether anyone at the centre can read its inbox: an active member of staff who has joined (set a password).
     * A centre just created, or whose people have all left, has no one.
     */
    public boolean anyoneToAnswer(long tenantId) {
        return !em.createQuery("select u.id from UserAccount u where u.tenantId = :tenant and u.active = true"
                        + " and u.passwordHash is not null", Long.class)
                .setParameter("tenant", tenantId).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The centre's active recruiters who can sign in (an invitation not yet accepted has no password: a request given
     * to it would wait for someone who may never come), by id ascending, with the name the timeline shows for each.
     */
    public Map<Long, String> activeRecruiters(long tenantId) {
        Map<Long, String> recruiters = new java.util.LinkedHashMap<>();
        em.createQuery("""
                        select u.id, u.displayName from UserAccount u
                        where u.tenantId = :tenant and u.role = :recruiter and u.active = true
                          and u.passwordHash is not null order by u.id""",
                        Object[].class)
                .setParameter("tenant", tenantId).setParameter("recruiter", Role.RECRUITER).getResultList()
                .forEach(row -> recruiters.put((Long) row[0], (String) row[1]));
        return recruiters;
    }

    /** The BY_COUNTRY or BY_PROGRAM mapping of a centre: country code or program id to recruiter. */
    public Map<String, Long> routingMapping(long tenantId, RoutingRule rule) {
        if (rule == RoutingRule.ROUND_ROBIN) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select match_value, user_account_id from inquiry_routing_entry
                        where tenant_id = ?1 and match_kind = ?2""")
                .setParameter(1, tenantId).setParameter(2, rule == RoutingRule.BY_COUNTRY ? "COUNTRY" : "PROGRAM")
                .getResultList();
        Map<String, Long> mapping = new HashMap<>();
        for (Object[] row : rows) {
            mapping.put((String) row[0], ((Number) row[1]).longValue());
        }
        return mapping;
    }

    /** The consent a parent or guardian gave with this request, if any. */
    public List<ca.tremplin.person.ConsentRecord> guardianConsents(long inquiryId) {
        return em.createQuery("select c from ConsentRecord c where c.inquiryId = :inquiry"
                        + " and c.purpose = ca.tremplin.person.ConsentPurpose.GUARDIAN", ca.tremplin.person.ConsentRecord.class)
                .setParameter("inquiry", inquiryId).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
