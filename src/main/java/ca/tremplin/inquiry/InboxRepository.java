package ca.tremplin.inquiry;

import ca.tremplin.catalog.IntakeStatus;
import ca.tremplin.kernel.PersonSearch;
import ca.tremplin.kernel.TableSort;
import ca.tremplin.person.LeadEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inbox's queries, all under the current tenant: Hibernate adds the tenant to each one, so another centre's
 * request id is simply not found.
 */
@ApplicationScoped
public class InboxRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "receivedAt", "r.receivedAt", "responseDeadline", "r.responseDeadline", "status", "r.status",
            "name", "l.lastName", "country", "l.countryOfResidence");
    private static final List<InquiryStatus> AWAITING = List.of(InquiryStatus.NEW, InquiryStatus.OPEN);

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * A page of the requests awaiting an answer; {@code search}, what was typed in the inbox's search box, narrows
     * them to the people it finds (as the lead list's box does, from the lead's folded search text).
     */
    public List<InboxRow> page(InboxScope scope, Long recruiterId, String search, int first, int size,
                               TableSort sort) {
        Optional<PersonSearch.Condition> found = PersonSearch.inFoldedText(search, "l.searchName");
        TypedQuery<InboxRow> query = em.createQuery("""
                select new ca.tremplin.inquiry.InboxRow(r.id, r.receivedAt, r.responseDeadline, r.status,
                       l.firstName, l.lastName, l.countryOfResidence, r.assignedTo, i.requestedTenantSlug,
                       chosen.nameFr, chosen.nameEn)
                from RoutedInquiry r join r.lead l join r.inquiry i left join Tenant chosen
                     on chosen.slug = i.requestedTenantSlug
                where r.status in :awaiting""" + whose(scope) + found.map(c -> " and " + c.hql()).orElse("")
                + sort.orderBy(SORTABLE, "r.receivedAt", "r.id desc"), InboxRow.class);
        return scoped(query, scope, recruiterId, found).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(InboxScope scope, Long recruiterId, String search) {
        Optional<PersonSearch.Condition> found = PersonSearch.inFoldedText(search, "l.searchName");
        // The lead is joined only for a search: the count of the open requests alone reads their index.
        return scoped(em.createQuery("select count(r) from RoutedInquiry r"
                + found.map(c -> " join r.lead l").orElse("") + " where r.status in :awaiting" + whose(scope)
                + found.map(c -> " and " + c.hql()).orElse(""), Long.class),
                scope, recruiterId, found).getSingleResult();
    }

    public Optional<RoutedInquiry> find(long id) {
        return em.createQuery("""
                        select r from RoutedInquiry r join fetch r.lead join fetch r.inquiry where r.id = :id""",
                        RoutedInquiry.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public List<RoutedInquiry> requestsOfLead(long leadId) {
        return em.createQuery("""
                        select r from RoutedInquiry r join fetch r.inquiry
                        where r.lead.id = :lead order by r.receivedAt desc""", RoutedInquiry.class)
                .setParameter("lead", leadId).getResultList();
    }

    public List<LeadEvent> timeline(long leadId) {
        return em.createQuery("select e from LeadEvent e where e.leadId = :lead order by e.occurredAt desc, e.id desc",
                        LeadEvent.class)
                .setParameter("lead", leadId).getResultList();
    }

    /**
     * This centre's programs among those asked, published or archived since (the tenant filter keeps other centres'
     * out; a draft named through the API was never offered to the person), in the order the person gave them, with
     * up to three next open intakes each: an archived one is still what the person asked about, and says so.
     */
    public List<InquiryDetail.ProgramIntakes> programsWithIntakes(Collection<Long> programIds, LocalDate today) {
        return programsWithIntakes(programIds, today, false);
    }

    /**
     * As the other; {@code namingCentres}, each title followed by its centre's name: the coordinating organisation,
     * reading across centres, sees the programs of every centre a request names (one closed since included), and
     * whose they are, to know where to hand it.
     */
    public List<InquiryDetail.ProgramIntakes> programsWithIntakes(Collection<Long> programIds, LocalDate today,
                                                                  boolean namingCentres) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> found = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("""
                        select p.id, concat(p.type, ' ', p.code), p.titleFr, p.titleEn, p.status, t.nameFr, t.nameEn
                        from Program p, Tenant t
                        where t.id = p.tenantId and p.id in :ids and p.status <> :draft""", Object[].class)
                .setParameter("ids", programIds)
                .setParameter("draft", ca.tremplin.catalog.ProgramStatus.DRAFT).getResultList()) {
            if (namingCentres) {
                String centreEn = row[6] == null ? (String) row[5] : (String) row[6];
                row[2] = row[2] + " (" + row[5] + ")";
                row[3] = (row[3] == null ? row[2] : row[3] + " (" + centreEn + ")");
            }
            found.put((Long) row[0], row);
        }
        Map<Long, Object[]> programs = new LinkedHashMap<>();
        programIds.stream().filter(found::containsKey).forEach(id -> programs.put(id, found.get(id)));
        Map<Long, List<LocalDate>> intakes = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("""
                        select i.program.id, i.startDate from Intake i
                        where i.program.id in :ids and i.status = :open and i.startDate >= :today
                        order by i.startDate""", Object[].class)
                .setParameter("ids", programs.keySet().isEmpty() ? List.of(-1L) : programs.keySet())
                .setParameter("open", IntakeStatus.OPEN).setParameter("today", today).getResultList()) {
            List<LocalDate> dates = intakes.computeIfAbsent((Long) row[0], id -> new ArrayList<>());
            if (dates.size() < 3) {
                dates.add((LocalDate) row[1]);
            }
        }
        return programs.values().stream().map(row -> new InquiryDetail.ProgramIntakes((Long) row[0],
                (String) row[1], (String) row[2], (String) row[3],
                intakes.getOrDefault((Long) row[0], List.of()), row[4] == ca.tremplin.catalog.ProgramStatus.ARCHIVED))
                .toList();
    }

    /**
     * Every centre's part of one request, the first routed first, each with the programs asked of its centre among
     * {@code askedPrograms} (a draft, never offered to the person, left out): to be read across tenants, for the
     * coordinating organisation alone, which routes requests and follows where each part stands. The coordination's
     * part holds the programs of the centres that have no part of their own.
     */
    public List<InquiryDetail.RequestPart> partsOf(long inquiryId, Collection<Long> askedPrograms) {
        Map<Long, List<InquiryDetail.PartProgram>> programsByCentre = new LinkedHashMap<>();
        if (!askedPrograms.isEmpty()) {
            for (Object[] row : em.createQuery("""
                            select p.tenantId, concat(p.type, ' ', p.code), p.titleFr, p.titleEn from Program p
                            where p.id in :ids and p.status <> :draft order by p.code""", Object[].class)
                    .setParameter("ids", askedPrograms)
                    .setParameter("draft", ca.tremplin.catalog.ProgramStatus.DRAFT).getResultList()) {
                programsByCentre.computeIfAbsent((Long) row[0], centre -> new ArrayList<>())
                        .add(new InquiryDetail.PartProgram((String) row[1], (String) row[2], (String) row[3]));
            }
        }
        List<Object[]> rows = em.createQuery("""
                        select r.id, r.tenantId, t.nameFr, t.nameEn, t.kind, r.status, h.nameFr, h.nameEn
                        from RoutedInquiry r join Tenant t on t.id = r.tenantId
                             left join Tenant h on h.id = r.routedToTenantId
                        where r.inquiry.id = :inquiry order by r.id""", Object[].class)
                .setParameter("inquiry", inquiryId).getResultList();
        java.util.Set<Long> withAPart = new java.util.HashSet<>();
        rows.forEach(row -> withAPart.add((Long) row[1]));
        List<InquiryDetail.PartProgram> heldForOthers = programsByCentre.entrySet().stream()
                .filter(centre -> !withAPart.contains(centre.getKey())).flatMap(centre -> centre.getValue().stream())
                .toList();
        return rows.stream().map(row -> new InquiryDetail.RequestPart((Long) row[0], (String) row[2],
                (String) row[3], row[4] == ca.tremplin.tenant.TenantKind.COORDINATION ? heldForOthers
                        : programsByCentre.getOrDefault((Long) row[1], List.of()),
                (InquiryStatus) row[5], (String) row[6], (String) row[7])).toList();
    }

    /**
     * The request's first-answer task not done yet (one per request routed to the centre, or handed back to it), read
     * on its lead's index; with it, an open first answer of the same record written before tasks named their request
     * (V77), which no other request would close.
     */
    public List<ca.tremplin.person.LeadTask> openFirstResponses(RoutedInquiry routed) {
        return em.createQuery("select t from LeadTask t where t.leadId = :lead and t.doneAt is null"
                        + " and t.kind = ca.tremplin.person.TaskKind.FIRST_RESPONSE"
                        + " and (t.routedInquiryId = :routed or t.routedInquiryId is null)",
                        ca.tremplin.person.LeadTask.class)
                .setParameter("lead", routed.getLead().getId()).setParameter("routed", routed.getId())
                .getResultList();
    }

    public Optional<ReplyTemplate> findTemplate(long id) {
        return Optional.ofNullable(em.find(ReplyTemplate.class, id));
    }

    /**
     * Active staff of the centre who can take requests, by id: those who joined (set a password), as routing gives
     * requests to. An invitation not yet accepted is nobody to answer: a request given to it would wait for someone
     * who may never come.
     */
    public Map<Long, String> staffNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("""
                select u.id, u.displayName from UserAccount u where u.active = true and u.passwordHash is not null
                order by u.displayName""", Object[].class).getResultList()) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    /** The name of an active account of the centre invited and not joined yet, for a refusal to give it a request. */
    public Optional<String> invitedNotJoined(long userId) {
        return em.createQuery("select u.displayName from UserAccount u where u.id = :id and u.active = true"
                        + " and u.passwordHash is null", String.class)
                .setParameter("id", userId).getResultStream().findFirst();
    }

    /** The name of an account of the centre no longer active (someone who left), for a refusal to give it a request. */
    public Optional<String> departed(long userId) {
        return em.createQuery("select u.displayName from UserAccount u where u.id = :id and u.active = false",
                        String.class)
                .setParameter("id", userId).getResultStream().findFirst();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    /**
     * The recruiter's condition, only when the inbox lists their own: a condition that is always true for the whole
     * centre's ({@code :mine = false or ...}) still made MariaDB read every request's row to count the centre's open
     * ones, instead of its index of open requests alone.
     */
    private static String whose(InboxScope scope) {
        return scope == InboxScope.MINE ? " and r.assignedTo = :recruiter" : "";
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, InboxScope scope, Long recruiterId,
                                            Optional<PersonSearch.Condition> search) {
        query.setParameter("awaiting", AWAITING);
        search.ifPresent(condition -> condition.parameters().forEach(query::setParameter));
        if (scope == InboxScope.MINE) {
            query.setParameter("recruiter", recruiterId == null ? -1L : recruiterId);
        }
        return query;
    }
}
