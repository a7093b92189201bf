package ca.tremplin.pipeline;

import ca.tremplin.inquiry.RoutedInquiry;
import ca.tremplin.kernel.TableSort;
import ca.tremplin.person.ConsentRecord;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadAudit;
import ca.tremplin.person.LeadEvent;
import ca.tremplin.person.LeadInterests;
import ca.tremplin.person.LeadStage;
import ca.tremplin.person.LeadTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline's queries, all under the current tenant (Hibernate adds it to each one): another centre's lead id
 * is not found. Filters are built from constant fragments; values are always parameters. Merged leads are gone
 * from every list.
 */
@ApplicationScoped
public class PipelineRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "l.lastName", "country", "l.countryOfResidence", "stage", stageInPipelineOrder(),
            "stageSince", "l.stageSince", "lastInquiryAt", "l.lastInquiryAt");

    /**
     * The stage as its place on the way (new first, arrived then lost last), which staff sort by: the column holds
     * the stage's code, whose alphabetical order (ADMITTED, APPLIED, ARRIVED, ...) reads as no order at all.
     */
    private static String stageInPipelineOrder() {
        StringBuilder rank = new StringBuilder("case l.stage");
        for (LeadStage stage : LeadStage.values()) {
            rank.append(" when ").append(LeadStage.class.getName()).append('.').append(stage.name()).append(" then ")
                    .append(stage.ordinal());
        }
        return rank.append(" end").toString();
    }

    /**
     * Counting a list stops after this many leads: beyond it the list says "more than 10,000", and counting every lead
     * of a large centre would read all of its index entries on each page.
     */
    public static final int COUNT_LIMIT = 10_000;

    /**
     * Up to this many leads of the centre with the tag, program, intake or source a filter names, a page is read from
     * those leads (a few milliseconds for a thousand); beyond, in the sort's order: see {@link PageAccess}.
     */
    static final int FEW_MATCHES = 1_000;

    /**
     * How a page of leads narrowed by a tag or by what people said (program, intake, source) is read. MariaDB plans
     * such a filter as a join that starts from its matches, whatever the page's limit: right when they are few, but
     * for "heard of us at a fair" it reads each of ten thousand leads to sort them and keep 25, in every column of
     * the board. {@code IN_SORT_ORDER} reads the matches' ids once, from their index alone, and walks the leads in the
     * sort's order until the page is full; it would walk the whole centre for a rare program, so it is chosen only
     * when every set the filter names holds more than {@link #FEW_MATCHES} leads.
     */
    public enum PageAccess { FROM_MATCHES, IN_SORT_ORDER }

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    LeadInterests interests;

    /** The centre's lead of this id, merged or not. */
    public Optional<Lead> findAnyLead(long id) {
        return Optional.ofNullable(em.find(Lead.class, id));
    }

    public Optional<Lead> findLead(long id) {
        return Optional.ofNullable(em.find(Lead.class, id)).filter(lead -> lead.getMergedIntoId() == null);
    }

    /**
     * The centre's leads of these ids, each locked for this transaction (in the order of their ids, so that two
     * transactions locking the same two never wait for each other), as they stand once locked: a merge sees a merge
     * that another member of staff has just committed, rather than the lead it read before.
     */
    public List<Lead> lockLeads(long... ids) {
        return java.util.Arrays.stream(ids).sorted().mapToObj(id -> em.find(Lead.class, id,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)).toList();
    }

    /** A lead's row of the list, the board and the export. */
    private static final String ROW_SELECT = "select new ca.tremplin.pipeline.LeadRow(l.id, l.firstName, l.lastName,"
            + " l.email, l.phoneE164, l.countryOfResidence, l.stage, l.stageSince, l.ownerId, l.lastInquiryAt)"
            + " from Lead l";

    /**
     * One page, sorted in SQL. The id breaks ties in the sort's own direction, so that the index that holds the sorted
     * column (with the id at its end, as InnoDB keeps it) gives the rows in order: a tie-breaker in the other direction
     * made the database sort a whole stage of a large centre (tens of thousands of rows) for each column of the board.
     */
    public List<LeadRow> page(LeadFilter filter, int first, int size, TableSort sort) {
        return page(filter, pageAccess(filter), first, size, sort);
    }

    /** One page, read the way {@link #pageAccess} chose for the filter (the board chooses once for its columns). */
    public List<LeadRow> page(LeadFilter filter, PageAccess access, int first, int size, TableSort sort) {
        String orderBy = sort.orderBy(SORTABLE, "l.lastInquiryAt", sort.ascending() ? "l.id" : "l.id desc");
        if ("stage".equals(sort.field())) {
            // The stage's place on the way is no column an index holds in that order: the page's ids are sorted
            // from an index that holds the stage (its entries alone, not the leads' rows), then their rows read.
            List<Long> ids = filtered("select l.id from Lead l", filter, access, orderBy, Long.class)
                    .setFirstResult(first).setMaxResults(size).getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<Long, LeadRow> rows = new java.util.HashMap<>();
            em.createQuery(ROW_SELECT + " where l.id in :ids", LeadRow.class).setParameter("ids", ids)
                    .getResultList().forEach(row -> rows.put(row.id(), row));
            return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
        }
        return filtered(ROW_SELECT, filter, access, orderBy, LeadRow.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /**
     * From the matches if one of the sets the filter names is small, each counted up to {@link #FEW_MATCHES} + 1 from
     * its index alone (at most one short query per set); in the sort's order otherwise.
     */
    public PageAccess pageAccess(LeadFilter filter) {
        List<Narrowing> sets = narrowings(filter);
        for (Narrowing set : sets) {
            if (set.listed()) {
                return PageAccess.FROM_MATCHES;
            }
            TypedQuery<Long> matches = em.createQuery(set.leadIds(), Long.class);
            set.parameters().forEach(matches::setParameter);
            if (matches.setMaxResults(FEW_MATCHES + 1).getResultList().size() <= FEW_MATCHES) {
                return PageAccess.FROM_MATCHES;
            }
        }
        return sets.isEmpty() ? PageAccess.FROM_MATCHES : PageAccess.IN_SORT_ORDER;
    }

    /**
     * How many leads match, up to {@link #COUNT_LIMIT} + 1 (a larger answer means "more than the limit"): the ids of
     * at most that many, read from the filter's index. (HQL takes a limit in a subquery only after an order, which
     * would make the database sort every match first.)
     */
    public long count(LeadFilter filter) {
        return filtered("select l.id from Lead l", filter, PageAccess.FROM_MATCHES, "", Long.class)
                .setMaxResults(COUNT_LIMIT + 1).getResultList().size();
    }

    /**
     * The next {@code size} matching leads after the lead {@code afterId}, in id order: an export walks a whole list
     * this way, a slice per transaction, each slice one range of the primary key, whatever the list's size.
     */
    public List<LeadRow> slice(LeadFilter filter, long afterId, int size) {
        return filtered(ROW_SELECT,
                filter, PageAccess.FROM_MATCHES, " and l.id > :after order by l.id", LeadRow.class)
                .setParameter("after", afterId).setMaxResults(size).getResultList();
    }

    /** Every matching lead's id, for bulk actions on a whole filtered list. */
    public List<Long> ids(LeadFilter filter, int limit) {
        return filtered("select l.id from Lead l", filter, PageAccess.FROM_MATCHES, " order by l.id", Long.class)
                .setMaxResults(limit).getResultList();
    }

    /** How many leads each stage holds under the filter (its stage ignored): one grouped query. */
    public Map<LeadStage, Long> stageCounts(LeadFilter filter) {
        Map<LeadStage, Long> counts = new EnumMap<>(LeadStage.class);
        for (LeadStage stage : LeadStage.values()) {
            counts.put(stage, 0L);
        }
        for (Object[] row : filtered("select l.stage, count(l) from Lead l", filter.withStage(null),
                PageAccess.FROM_MATCHES, " group by l.stage", Object[].class).getResultList()) {
            counts.put((LeadStage) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * The program and intake each lead asked about last, in one query for a whole page of leads: the program of the
     * latest request that is one of this centre's own — a request routed to several centres names the others'
     * programs too, which are no interest of this centre's (a letter merged with one said "vocational training").
     */
    public Map<Long, String[]> latestInterest(Collection<Long> leadIds) {
        Map<Long, String[]> interest = new HashMap<>();
        if (leadIds.isEmpty()) {
            return interest;
        }
        for (Object[] row : em.createQuery("""
                        select r.lead.id, p.titleFr, p.titleEn, i.preferredIntake from RoutedInquiry r
                        join r.inquiry i left join i.programIds pid
                        left join Program p on p.id = pid and p.tenantId = r.tenantId
                        where r.lead.id in :ids order by r.receivedAt, r.id, p.id""", Object[].class)
                .setParameter("ids", leadIds).getResultList()) {
            String[] asked = interest.computeIfAbsent((Long) row[0], id -> new String[3]);
            if (row[1] != null) {
                asked[0] = (String) row[1];
                asked[1] = (String) row[2];
            }
            asked[2] = (String) row[3];
        }
        return interest;
    }

    /**
     * The programs the person asked about in their requests or was captured with at an event, each once, by title.
     * Native SQL for the union (Hibernate's JPA-compliant query language has none), so the centre is named in it
     * explicitly: the tenant filter applies to entity queries only. The union is a derived table joined to the
     * programs by key: written as {@code p.id in (... union ...)}, MariaDB ran it once per program of the catalogue
     * (268 ms at 8,685 programs; 1.3 ms this way).
     */
    public List<ProgramInterest> programsOfInterest(Lead lead) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select p.id, p.type, p.title_fr, p.title_en from (
                            select ip.program_id from routed_inquiry r join inquiry_program ip on ip.inquiry_id = r.inquiry_id
                            where r.tenant_id = ?1 and r.lead_id = ?2
                            union
                            select gp.program_id from event_registration g
                            join event_registration_program gp on gp.registration_id = g.id
                            where g.tenant_id = ?1 and g.lead_id = ?2) asked
                        join program p on p.id = asked.program_id
                        order by p.title_fr""")
                .setParameter(1, lead.getTenantId()).setParameter(2, lead.getId()).getResultList();
        return rows.stream().map(row -> new ProgramInterest(((Number) row[0]).longValue(),
                ca.tremplin.catalog.ProgramType.valueOf((String) row[1]), (String) row[2], (String) row[3])).toList();
    }

    public List<LeadEvent> timeline(long leadId, int first, int size) {
        return em.createQuery("select e from LeadEvent e where e.leadId = :lead order by e.occurredAt desc, e.id desc",
                        LeadEvent.class)
                .setParameter("lead", leadId).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long timelineSize(long leadId) {
        return em.createQuery("select count(e) from LeadEvent e where e.leadId = :lead", Long.class)
                .setParameter("lead", leadId).getSingleResult();
    }

    public List<LeadAudit> audit(long leadId, int limit) {
        return em.createQuery("select a from LeadAudit a where a.leadId = :lead order by a.changedAt desc, a.id desc",
                        LeadAudit.class)
                .setParameter("lead", leadId).setMaxResults(limit).getResultList();
    }

    public List<RoutedInquiry> requests(long leadId) {
        return em.createQuery("""
                        select r from RoutedInquiry r join fetch r.inquiry
                        where r.lead.id = :lead order by r.receivedAt desc""", RoutedInquiry.class)
                .setParameter("lead", leadId).getResultList();
    }

    /**
     * The consents given with this centre's requests of the person and with their applications to its offers
     * (consent records themselves are per request or application).
     */
    public List<ConsentRecord> consents(long leadId) {
        // Two queries rather than one with "or": each reads its own index (consent records are not per tenant, and
        // an "or" across two subqueries would read every consent record of the platform).
        List<ConsentRecord> consents = new ArrayList<>(em.createQuery("""
                        select c from ConsentRecord c where c.inquiryId in
                        (select r.inquiry.id from RoutedInquiry r where r.lead.id = :lead)""", ConsentRecord.class)
                .setParameter("lead", leadId).getResultList());
        consents.addAll(em.createQuery("""
                        select c from ConsentRecord c where c.offerApplicationId in
                        (select a.id from OfferApplication a where a.leadId = :lead)""", ConsentRecord.class)
                .setParameter("lead", leadId).getResultList());
        consents.sort(java.util.Comparator.comparing(ConsentRecord::getGivenAt).reversed());
        return consents;
    }

    public List<String> tags(long leadId) {
        return em.createQuery("select t.tag from LeadTag t where t.leadId = :lead order by t.tag", String.class)
                .setParameter("lead", leadId).getResultList();
    }

    public boolean hasTag(long leadId, String tag) {
        return em.find(LeadTag.class, new LeadTag.Key(leadId, tag)) != null;
    }

    public void removeTag(long leadId, String tag) {
        em.remove(em.find(LeadTag.class, new LeadTag.Key(leadId, tag)));
    }

    public List<LeadTask> tasks(long leadId) {
        return em.createQuery("select t from LeadTask t where t.leadId = :lead order by t.doneAt nulls first, t.dueAt",
                        LeadTask.class)
                .setParameter("lead", leadId).getResultList();
    }

    /** A recruiter's open tasks due before the given time (today's end), overdue first. */
    public List<TaskRow> openTasksDueBefore(long recruiterId, Instant before, int limit) {
        return em.createQuery("""
                        select new ca.tremplin.pipeline.TaskRow(t.id, t.leadId, l.firstName, l.lastName, t.kind,
                               t.title, t.dueAt)
                        from LeadTask t, Lead l
                        where l.id = t.leadId and t.assignedTo = :me and t.doneAt is null and t.dueAt < :before
                        order by t.dueAt""", TaskRow.class)
                .setParameter("me", recruiterId).setParameter("before", before).setMaxResults(limit)
                .getResultList();
    }

    public Optional<LeadTask> findTask(long id) {
        return Optional.ofNullable(em.find(LeadTask.class, id));
    }

    /**
     * Other leads of the centre that may be the same person: the same e-mail (its domain written either way, "école.ca"
     * or "xn--cole-9oa.ca": V76 kept apart, rather than merged, two records whose keys differed only so), the same name
     * and phone, or the same name, year of birth and country (the year of birth as given in a request).
     */
    public List<LeadRow> possibleDuplicates(Lead lead) {
        String key = lead.getEmailNormalized();
        String otherSpelling = key == null ? null
                : !ca.tremplin.kernel.EmailAddresses.withUnicodeDomain(key).equals(key)
                ? ca.tremplin.kernel.EmailAddresses.withUnicodeDomain(key)
                : ca.tremplin.kernel.EmailAddresses.withAsciiDomain(key).filter(ascii -> !ascii.equals(key)).orElse(null);
        return em.createQuery("""
                        select new ca.tremplin.pipeline.LeadRow(o.id, o.firstName, o.lastName, o.email,
                               o.phoneE164, o.countryOfResidence, o.stage, o.stageSince, o.ownerId, o.lastInquiryAt)
                        from Lead o
                        where o.id <> :id and o.mergedIntoId is null and (
                            o.emailNormalized = :email or o.emailNormalized = :otherSpelling
                            or (o.lastName = :last and o.firstName = :first and (o.phoneE164 = :phone
                                or (o.countryOfResidence = :country
                                    and exists (select 1 from RoutedInquiry mine join mine.inquiry mi,
                                                              RoutedInquiry theirs join theirs.inquiry ti
                                                where mine.lead.id = :id and theirs.lead.id = o.id
                                                  and mi.birthYear = ti.birthYear)))))
                        order by o.lastInquiryAt desc""", LeadRow.class)
                .setParameter("id", lead.getId()).setParameter("email", key)
                .setParameter("otherSpelling", otherSpelling)
                .setParameter("last", lead.getLastName()).setParameter("first", lead.getFirstName())
                .setParameter("phone", lead.getPhoneE164() == null ? "" : lead.getPhoneE164())
                .setParameter("country", lead.getCountryOfResidence()).setMaxResults(20).getResultList();
    }

    /** Moves everything of the merged lead to the surviving one, in bulk (tenant-filtered like every query). */
    public void moveEverything(long fromLeadId, long toLeadId) {
        // Native on purpose: these columns are not updatable through the entities (a line never changes lead
        // otherwise). Native SQL is not tenant-filtered, so the tenant is named here.
        long tenantId = ca.tremplin.tenant.TenantContext.currentTenantId();
        // Everything that is the person's: what the lead page, the lists and the person's own pages show. The
        // history of stages and the import's bookkeeping stay with the merged lead, which the reports and an undo read.
        for (String table : List.of("lead_task", "lead_proposal", "routed_inquiry", "consent_change",
                "event_registration", "lead_document", "applicant_link")) {
            em.createNativeQuery("update " + table + " set lead_id = ?1 where lead_id = ?2 and tenant_id = ?3")
                    .setParameter(1, toLeadId).setParameter(2, fromLeadId).setParameter(3, tenantId)
                    .executeUpdate();
        }
        // The timeline and the audit say which record each line was written on (the first, through merges in a row):
        // "requested information" under the other record's address is not something the record that stays did, and a
        // change of the other's details is not one of its values. Assigned left to right, so the record's own id is
        // read before it changes.
        for (String table : List.of("lead_event", "lead_audit")) {
            em.createNativeQuery("update " + table + " set merged_from_lead_id = coalesce(merged_from_lead_id,"
                            + " lead_id), lead_id = ?1 where lead_id = ?2 and tenant_id = ?3")
                    .setParameter(1, toLeadId).setParameter(2, fromLeadId).setParameter(3, tenantId)
                    .executeUpdate();
        }
        // The records merged into the one merged now point at the record that stays: the person's page, the search
        // box and the export of their data read the records merged into a lead, one step away.
        em.createNativeQuery("update `lead` set merged_into_id = ?1 where merged_into_id = ?2 and tenant_id = ?3")
                .setParameter(1, toLeadId).setParameter(2, fromLeadId).setParameter(3, tenantId).executeUpdate();
        // One application per person and offer: an offer both leads applied to keeps the survivor's, and the other
        // stays on the merged lead, whose page opens the survivor's (said on the survivor's timeline by the caller).
        em.createNativeQuery("""
                        update offer_application set lead_id = ?1 where lead_id = ?2 and tenant_id = ?3
                        and offer_id not in (select offer_id from (select offer_id from offer_application
                                             where lead_id = ?1 and tenant_id = ?3) survivors)""")
                .setParameter(1, toLeadId).setParameter(2, fromLeadId).setParameter(3, tenantId).executeUpdate();
        for (String tag : tags(fromLeadId)) {
            if (!hasTag(toLeadId, tag)) {
                em.persist(new LeadTag(toLeadId, tag));
            }
        }
        em.createQuery("delete from LeadTag t where t.leadId = :from").setParameter("from", fromLeadId)
                .executeUpdate();
        interests.moveToSurvivor(tenantId, fromLeadId, toLeadId);
    }

    public List<LostReason> lostReasons() {
        return em.createQuery("select r from LostReason r where r.active = true order by r.label", LostReason.class)
                .getResultList();
    }

    /** Every reason of the centre, withdrawn ones included, those offered first. */
    public List<LostReason> allLostReasons() {
        return em.createQuery("select r from LostReason r order by r.active desc, r.id", LostReason.class)
                .getResultList();
    }

    /**
     * The centre's reason with this label, withdrawn or not, as the table's unique key compares labels: without case
     * or accents (its collation), so that the key never refuses what this finds nothing for.
     */
    public Optional<LostReason> lostReasonLabelled(String label) {
        return em.createQuery("select r from LostReason r where r.label = :label", LostReason.class)
                .setParameter("label", label).getResultStream().findFirst();
    }

    public Optional<LostReason> findLostReason(long id) {
        return Optional.ofNullable(em.find(LostReason.class, id)).filter(LostReason::isActive);
    }

    public long countLostReasons() {
        return em.createQuery("select count(r) from LostReason r", Long.class).getSingleResult();
    }

    public List<SavedLeadFilter> savedFilters(long ownerId) {
        return em.createQuery("select f from SavedLeadFilter f where f.ownerId = :me order by f.name",
                SavedLeadFilter.class).setParameter("me", ownerId).getResultList();
    }

    /** Active staff of the centre, by id: the owners a lead can have. */
    public Map<Long, String> staffNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("""
                select u.id, u.displayName from UserAccount u where u.active = true order by u.displayName""",
                Object[].class).getResultList()) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    /** A member of the centre's staff by id, one who left included: their name. */
    public Optional<String> staffName(long userId) {
        return em.createQuery("select u.displayName from UserAccount u where u.id = :id", String.class)
                .setParameter("id", userId).getResultStream().findFirst();
    }

    /**
     * Every member of the centre's staff, those who left included (deactivated): id, name, whether still active.
     * What a person who left did or saw stays theirs in the logs that name them.
     */
    public List<Object[]> staffIncludingDeparted() {
        return em.createQuery("select u.id, u.displayName, u.active from UserAccount u order by u.active desc,"
                + " u.displayName", Object[].class).getResultList();
    }

    /**
     * Every stage each of these leads ever entered, from their stage history: whether one was admitted once, however
     * it stands now. A lead with no history is left out.
     */
    public Map<Long, java.util.Set<LeadStage>> stagesReached(Collection<Long> leadIds) {
        Map<Long, java.util.Set<LeadStage>> reached = new HashMap<>();
        if (leadIds.isEmpty()) {
            return reached;
        }
        for (Object[] row : em.createQuery("select distinct s.leadId, s.toStage from StageChange s"
                + " where s.leadId in :leads", Object[].class).setParameter("leads", leadIds).getResultList()) {
            reached.computeIfAbsent((Long) row[0], lead -> java.util.EnumSet.noneOf(LeadStage.class))
                    .add((LeadStage) row[1]);
        }
        return reached;
    }

    /** The centre's programs, for the program filter. */
    public List<ProgramInterest> programChoices() {
        return em.createQuery("""
                select new ca.tremplin.pipeline.ProgramInterest(p.id, p.type, p.titleFr, p.titleEn) from Program p
                order by p.titleFr""", ProgramInterest.class).getResultList();
    }

    public List<ca.tremplin.inquiry.ReplyTemplate> templates() {
        return em.createQuery("select t from ReplyTemplate t order by t.name, t.language",
                ca.tremplin.inquiry.ReplyTemplate.class).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    /** The entity as the database holds it now: read again once a lock taken since made others' changes visible. */
    public void refresh(Object entity) {
        em.refresh(entity);
    }

    private <T> TypedQuery<T> filtered(String select, LeadFilter filter, PageAccess access, String tail,
                                       Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where l.mergedIntoId is null");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.stage() != null) {
            jpql.append(" and l.stage = :stage");
            parameters.put("stage", filter.stage());
        }
        if (filter.followedByNobody()) {
            jpql.append(" and l.ownerId is null");
        } else if (filter.ownerId() != null) {
            jpql.append(" and l.ownerId = :owner");
            parameters.put("owner", filter.ownerId());
        }
        if (filter.country() != null) {
            jpql.append(" and l.countryOfResidence = :country");
            parameters.put("country", filter.country());
        }
        if (filter.firstCampaignId() != null) {
            jpql.append(" and l.attribution.firstCampaignId = :firstCampaign");
            parameters.put("firstCampaign", filter.firstCampaignId());
        }
        if (filter.lastCampaignId() != null) {
            jpql.append(" and l.attribution.lastCampaignId = :lastCampaign");
            parameters.put("lastCampaign", filter.lastCampaignId());
        }
        for (Narrowing set : narrowings(filter)) {
            // As one term of a disjunction, the subquery is no longer one that MariaDB turns into a join: it reads the
            // matching ids once into a temporary table and looks each lead up in it, in the order it walks them.
            // The search's many matches are leads themselves: MariaDB would turn its subquery into a join of each lead
            // to itself by id, reading every row, where the temporary table reads the search's index alone.
            jpql.append(access == PageAccess.IN_SORT_ORDER || set.ofLeads() ? " and (l.id in (" + set.leadIds()
                    + ") or 1 = 0)" : " and l.id in (" + set.leadIds() + ")");
            parameters.putAll(set.parameters());
        }
        TypedQuery<T> query = em.createQuery(jpql.append(tail).toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * A set of the centre's leads that a filter narrows to, read from an index of its own: its ids, and its values;
     * {@code listed} when the ids are already read and given as a list, {@code ofLeads} when they are read from the
     * leads' own table.
     */
    private record Narrowing(String leadIds, Map<String, Object> parameters, boolean listed, boolean ofLeads) {
        Narrowing(String leadIds, String parameter, Object value) {
            this(leadIds, Map.of(parameter, value), false, false);
        }

        Narrowing(String leadIds, Map<String, Object> parameters) {
            this(leadIds, parameters, false, false);
        }
    }

    /**
     * What was typed in the search box, looked for in the leads' folded text over its index by centre (V48), which
     * holds it: the centre's index entries are read, not its rows. A few matches (up to {@link #FEW_MATCHES}) are
     * read once and listed, so that the page sorts them, rather than walking the whole list in its order for them
     * (MariaDB chooses that order's index for a condition whose matches it cannot estimate); more are left to the
     * list's order, where they come often.
     */
    private Optional<Narrowing> searched(LeadFilter filter) {
        return ca.tremplin.kernel.PersonSearch.inFoldedText(filter.text(), "s.searchName").map(search -> {
            // A record merged into another is found by what it held (the address a person still writes from) and
            // listed as the record it lives on in.
            String matching = "select coalesce(s.mergedIntoId, s.id) from Lead s where " + search.hql();
            TypedQuery<Long> query = em.createQuery(matching, Long.class);
            search.parameters().forEach(query::setParameter);
            List<Long> few = query.setMaxResults(FEW_MATCHES + 1).getResultList();
            return few.size() <= FEW_MATCHES
                    // No lead has the id 0: a search that found nobody lists nobody.
                    ? new Narrowing(":searchedIds", Map.of("searchedIds", few.isEmpty() ? List.of(0L) : few), true,
                            false)
                    : new Narrowing(matching, search.parameters(), false, true);
        });
    }

    /**
     * The tag, and what the person said — in lead_interest, one row per lead and value, so that each is a range of the
     * centre's index (tenant, kind, value) rather than a search through every request of every lead.
     */
    private List<Narrowing> narrowings(LeadFilter filter) {
        List<Narrowing> sets = new ArrayList<>();
        searched(filter).ifPresent(sets::add);
        if (filter.tag() != null) {
            sets.add(new Narrowing("select t.leadId from LeadTag t where t.tag = :tag", "tag", filter.tag()));
        }
        if (filter.programId() != null) {
            sets.add(new Narrowing("select p.leadId from LeadInterest p"
                    + " where p.kind = ca.tremplin.person.InterestKind.PROGRAM and p.value = :program",
                    "program", filter.programId().toString()));
        }
        if (filter.intake() != null) {
            sets.add(new Narrowing("select i.leadId from LeadInterest i"
                    + " where i.kind = ca.tremplin.person.InterestKind.INTAKE and i.value = :intake",
                    "intake", filter.intake()));
        }
        if (filter.source() != null) {
            sets.add(new Narrowing("select s.leadId from LeadInterest s"
                    + " where s.kind = ca.tremplin.person.InterestKind.SOURCE and s.value = :source",
                    "source", filter.source().name()));
        }
        if (filter.eventId() != null) {
            // Holding a seat: neither given up nor waiting for one (event.EventRegistration).
            sets.add(new Narrowing("select r.leadId from EventRegistration r where r.eventId = :event"
                    + " and r.cancelledAt is null and r.waitlistedAt is null", "event",
                    filter.eventId()));
        }
        if (filter.cohort() != null) {
            // A range of the summary's primary key (centre, first known, lead), as the report reads it.
            sets.add(new Narrowing(filter.cohort().leadIds(), filter.cohort().parameters()));
        }
        if (filter.handedOverFrom() != null) {
            // The leads a member of staff's departure handed over, by the line it wrote on each (its index, V81); a
            // record merged since is found as the one its lines moved to.
            sets.add(new Narrowing("select h.leadId from LeadEvent h where h.handedOverFrom = :handedOverFrom",
                    "handedOverFrom", filter.handedOverFrom()));
        }
        return sets;
    }

    /** The centre's event of this id (a query, so through the tenant filter: another centre's is not found). */
    public Optional<ca.tremplin.event.Event> event(long id) {
        return em.createQuery("select e from Event e where e.id = :id", ca.tremplin.event.Event.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * The live leads of these ids, locked for this transaction in the order of their ids (one statement), as they
     * stand once locked: a bulk action and a colleague's move of one of them wait for each other in turn rather
     * than each holding what the other needs.
     */
    public List<Lead> lockedLeads(Collection<Long> ids) {
        return em.createQuery("select l from Lead l where l.id in :ids and l.mergedIntoId is null order by l.id",
                Lead.class).setParameter("ids", ids).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public List<Lead> leads(Collection<Long> ids) {
        return em.createQuery("select l from Lead l where l.id in :ids and l.mergedIntoId is null", Lead.class)
                .setParameter("ids", ids).getResultList();
    }

    public Optional<ca.tremplin.inquiry.ReplyTemplate> findTemplate(long id) {
        return Optional.ofNullable(em.find(ca.tremplin.inquiry.ReplyTemplate.class, id));
    }

    static List<Long> idsOfLeads(List<Lead> leads) {
        return leads.stream().map(Lead::getId).toList();
    }

    static List<Long> idsOf(List<LeadRow> rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.id()));
        return ids;
    }

    /** Whether this person added this same note to the lead since the given moment. */
    boolean sameNoteSince(long leadId, Long actorId, String note, java.time.Instant since) {
        return !em.createQuery("select e.id from LeadEvent e where e.leadId = :lead and e.kind = :kind"
                        + " and e.actorId = :me and e.detail = :note and e.occurredAt >= :since", Long.class)
                .setParameter("lead", leadId).setParameter("kind", ca.tremplin.person.LeadEventKind.NOTE_ADDED)
                .setParameter("me", actorId).setParameter("note", note).setParameter("since", since)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The open task this person gave the lead since the given moment with this title, due date and assignee. */
    java.util.Optional<ca.tremplin.person.LeadTask> sameTaskSince(long leadId, Long createdBy, String title,
                                                                  java.time.Instant dueAt, Long assignedTo,
                                                                  java.time.Instant since) {
        return em.createQuery("select t from LeadTask t where t.leadId = :lead and t.createdBy = :me"
                        + " and t.title = :title and t.dueAt = :due and t.assignedTo = :to and t.createdAt >= :since"
                        + " and t.doneAt is null", ca.tremplin.person.LeadTask.class)
                .setParameter("lead", leadId).setParameter("me", createdBy).setParameter("title", title)
                .setParameter("due", dueAt).setParameter("to", assignedTo).setParameter("since", since)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
