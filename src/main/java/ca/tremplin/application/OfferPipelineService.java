package ca.tremplin.application;

import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.TableSort;
import ca.tremplin.offer.Offer;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What staff read of one offer's applications, the same two ways as the lead pipeline: a board (every status's count
 * in one grouped query, the first cards of each column, more on demand) and a list paged and sorted in SQL. Nothing
 * here reads a whole column or a whole list. Under the current tenant: another centre's offer is not found.
 */
@ApplicationScoped
public class OfferPipelineService {

    private static final String ROW = """
            select new ca.tremplin.application.ApplicationRow(a.id, l.id, l.firstName, l.lastName, l.email,
                   l.countryOfResidence, a.status, a.statusSince, a.appliedAt, a.cvFileName, a.consentAt)
            from OfferApplication a join Lead applicant on applicant.id = a.leadId
            join Lead l on l.id = coalesce(applicant.mergedIntoId, applicant.id)
            where a.offerId = :offer""";
    private static final Map<String, String> SORTABLE = Map.of("name", "l.lastName", "country", "l.countryOfResidence",
            "status", "a.status", "statusSince", "a.statusSince", "appliedAt", "a.appliedAt");

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    SignedInUser signedInUser;

    @Inject
    java.time.Clock clock;

    @Inject
    ca.tremplin.person.ConsentRegister consentRegister;

    /**
     * The board: the offer, its counts per status, the first {@code perColumn} cards of each non-empty status (longest
     * in the status first) and the interviews of those cards — a fixed handful of queries, whatever the offer's size.
     */
    @Transactional
    public OfferPipeline board(long offerId, int perColumn) {
        requireStaff();
        Offer offer = offer(offerId);
        Map<ApplicationStatus, Long> counts = counts(offerId);
        Map<ApplicationStatus, List<ApplicationRow>> columns = new EnumMap<>(ApplicationStatus.class);
        List<Long> shown = new ArrayList<>();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            List<ApplicationRow> cards = counts.get(status) == 0 ? List.of() : column(offerId, status, 0, perColumn);
            columns.put(status, cards);
            cards.forEach(card -> shown.add(card.id()));
        }
        return new OfferPipeline(offer.getId(), offer.getEmployerName(), offer.getTradeFr(), offer.getTradeEn(),
                offer.getPositions(), offer.getPositionsFilled(), offer.getStatus(),
                Offer.deadlinePassed(offer.getApplicationDeadline(), clock), counts, columns, interviews(shown));
    }

    /** More cards of one status, after the {@code first} already shown, with their interviews. */
    @Transactional
    public OfferPipeline.Column more(long offerId, ApplicationStatus status, int first, int size) {
        requireStaff();
        offer(offerId);
        List<ApplicationRow> cards = column(offerId, status, first, size);
        return new OfferPipeline.Column(cards, interviews(cards.stream().map(ApplicationRow::id).toList()));
    }

    /** One page of the list, sorted in SQL by an allowed column (the latest applications first by default). */
    @Transactional
    public List<ApplicationRow> page(long offerId, int first, int size, TableSort sort) {
        requireStaff();
        return withConsents(em.createQuery(ROW + sort.orderBy(SORTABLE, "a.appliedAt", sort.ascending() ? "a.id" : "a.id desc"), ApplicationRow.class)
                .setParameter("offer", offerId).setFirstResult(first).setMaxResults(size).getResultList());
    }

    /**
     * One application of the offer as it stands now, for the card a page keeps chosen after acting on it (an interview
     * set moves it on); empty when it is not the offer's.
     */
    @Transactional
    public java.util.Optional<ApplicationRow> row(long offerId, long applicationId) {
        requireStaff();
        return withConsents(em.createQuery(ROW + " and a.id = :id", ApplicationRow.class)
                .setParameter("offer", offerId).setParameter("id", applicationId).getResultList())
                .stream().findFirst();
    }

    @Transactional
    public long count(long offerId) {
        requireStaff();
        return em.createQuery("select count(a) from OfferApplication a where a.offerId = :offer", Long.class)
                .setParameter("offer", offerId).getSingleResult();
    }

    /**
     * The time zones the candidate's browsers reported, by their names of today, to offer when planning their
     * interview: the one of this application first (where they applied from), then those of their other
     * applications, requests and event registrations here, the latest first; those of duplicates merged into their
     * record too. Empty when none said one. Read when staff choose an application, never for the board.
     */
    @Transactional
    public List<String> candidateZones(long applicationId) {
        requireStaff();
        List<Object[]> application = em.createQuery("""
                        select a.viewerZone, coalesce(applicant.mergedIntoId, applicant.id) from OfferApplication a
                        join Lead applicant on applicant.id = a.leadId where a.id = :id""", Object[].class)
                .setParameter("id", applicationId).getResultList();
        if (application.isEmpty()) {
            throw new NotFoundException("application " + applicationId);
        }
        String thisOne = (String) application.get(0)[0];
        Long person = (Long) application.get(0)[1];
        String ofThePerson = " = :lead or %s in (select d.id from Lead d where d.mergedIntoId = :lead)";
        List<Object[]> reported = new ArrayList<>();
        reported.addAll(em.createQuery("select a.viewerZone, a.appliedAt from OfferApplication a"
                        + " where a.viewerZone is not null and (a.leadId" + ofThePerson.formatted("a.leadId") + ")",
                Object[].class).setParameter("lead", person).getResultList());
        reported.addAll(em.createQuery("select i.viewerZone, r.receivedAt from RoutedInquiry r join r.inquiry i"
                        + " where i.viewerZone is not null and (r.lead.id" + ofThePerson.formatted("r.lead.id") + ")",
                Object[].class).setParameter("lead", person).getResultList());
        reported.addAll(em.createQuery("select g.viewerZoneId, g.registeredAt from EventRegistration g"
                        + " where g.viewerZoneId is not null and (g.leadId" + ofThePerson.formatted("g.leadId") + ")",
                Object[].class).setParameter("lead", person).getResultList());
        reported.sort(java.util.Comparator.comparing((Object[] zone) -> (java.time.Instant) zone[1],
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
        List<String> inOrder = new ArrayList<>();
        inOrder.add(thisOne);
        reported.forEach(zone -> inOrder.add((String) zone[0]));
        return inOrder.stream().map(ca.tremplin.event.EventTimes::zone).flatMap(java.util.Optional::stream)
                .map(java.time.ZoneId::getId).distinct().toList();
    }

    private Map<ApplicationStatus, Long> counts(long offerId) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createQuery("""
                select a.status, count(a) from OfferApplication a where a.offerId = :offer group by a.status""",
                Object[].class).setParameter("offer", offerId).getResultList()) {
            counts.put((ApplicationStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    private List<ApplicationRow> column(long offerId, ApplicationStatus status, int first, int size) {
        return withConsents(em.createQuery(ROW + " and a.status = :status order by a.statusSince, a.id", ApplicationRow.class)
                .setParameter("offer", offerId).setParameter("status", status)
                .setFirstResult(first).setMaxResults(size).getResultList());
    }

    /**
     * The rows with their CV withheld where the person (the record an application's duplicate was merged into) withdrew
     * the processing of that application, after the consent it was sent with: one query for the page's people.
     */
    private List<ApplicationRow> withConsents(List<ApplicationRow> rows) {
        Map<Long, List<ca.tremplin.person.ConsentEntry>> registers = consentRegister.registers(
                rows.stream().map(ApplicationRow::leadId).distinct().toList());
        return rows.stream().map(row -> row.withCvWithheld(ca.tremplin.person.ConsentStandings.processingWithdrawn(
                registers.getOrDefault(row.leadId(), List.of()), row.consentAt()))).toList();
    }

    private List<Interview> interviews(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        // A cancelled interview is on the lead's timeline, no longer on the card.
        return em.createQuery("select i from Interview i where i.applicationId in :ids and i.cancelledAt is null"
                + " order by i.startsAt, i.id", Interview.class).setParameter("ids", applicationIds).getResultList();
    }

    private Offer offer(long id) {
        return java.util.Optional.ofNullable(em.find(Offer.class, id))
                .orElseThrow(() -> new NotFoundException("offer " + id));
    }

    private void requireStaff() {
        signedInUser.require(Role.RECRUITER, Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
    }
}
