package ca.tremplin.event;

import ca.tremplin.kernel.TableSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queries on events and registrations. Tenant-filtered by Hibernate for the back office; the public side calls
 * the same methods under {@code Tenancy.acrossAllTenants} and asks for published events only.
 */
@ApplicationScoped
public class EventRepository {

    private static final Map<String, String> EVENT_COLUMNS = Map.of(
            "title", "e.titleFr", "type", "e.type", "startsAt", "e.startsAt", "status", "e.status", "city", "e.city");
    private static final String FILTERED = " where (:status is null or e.status = :status)";

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** Of these programs, those published by the centre (the programs a capture may name). */
    public List<Long> publishedProgramsOf(long tenantId, java.util.Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p.id from Program p where p.tenantId = :tenant and p.id in :ids"
                        + " and p.status = ca.tremplin.catalog.ProgramStatus.PUBLISHED", Long.class)
                .setParameter("tenant", tenantId).setParameter("ids", programIds).getResultList();
    }

    /** The centre's published programs, for the capture form's choice: id, code, titles and type, by French title. */
    public List<Object[]> publishedProgramTitles(long tenantId) {
        return em.createQuery("select p.id, p.code, p.titleFr, p.titleEn, p.type from Program p"
                        + " where p.tenantId = :tenant"
                        + " and p.status = ca.tremplin.catalog.ProgramStatus.PUBLISHED order by p.titleFr",
                        Object[].class)
                .setParameter("tenant", tenantId).getResultList();
    }

    public Optional<Event> find(long id) {
        return Optional.ofNullable(em.find(Event.class, id));
    }

    public List<Event> page(EventStatus status, int first, int size, TableSort sort) {
        return em.createQuery("select e from Event e" + FILTERED
                        + sort.orderBy(EVENT_COLUMNS, "e.startsAt", "e.id"), Event.class)
                .setParameter("status", status).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(EventStatus status) {
        return em.createQuery("select count(e) from Event e" + FILTERED, Long.class)
                .setParameter("status", status).getSingleResult();
    }

    private static final String TO_COME = " e.status in (ca.tremplin.event.EventStatus.DRAFT,"
            + " ca.tremplin.event.EventStatus.PUBLISHED) and e.endsAt > :now";

    /** The events to come (drafts or published, not over) that name this member of staff among those attending. */
    public List<Event> toComeNaming(long accountId, Instant now) {
        return em.createQuery("select e from Event e where :account member of e.recruiterIds and" + TO_COME
                        + " order by e.startsAt, e.id", Event.class)
                .setParameter("account", accountId).setParameter("now", now).getResultList();
    }

    /**
     * The events to come that name someone who left the centre among the staff attending (no colleague was named to
     * take their place), soonest first, at most {@code max}.
     */
    public List<Event> toComeNamingDepartedStaff(Instant now, int max) {
        return em.createQuery("select e from Event e where" + TO_COME
                        + " and exists (select account.id from UserAccount account where account.active = false"
                        + " and account.id member of e.recruiterIds)"
                        + " order by e.startsAt, e.id", Event.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** Events overlapping [from, to), for the calendar view. */
    public List<Event> between(Instant from, Instant to) {
        return em.createQuery("select e from Event e where e.startsAt < :to and e.endsAt > :from"
                        + " order by e.startsAt, e.id", Event.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(500).getResultList();
    }

    /** Published events not yet over, soonest first (the public list; run across tenants). */
    public List<Event> upcomingPublished(Instant now, int first, int size) {
        return em.createQuery("select e from Event e, Tenant t where t.id = e.tenantId and t.active = true"
                        + " and e.status = :published and e.endsAt > :now order by e.startsAt, e.id", Event.class)
                .setParameter("published", EventStatus.PUBLISHED).setParameter("now", now)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** How many published events of active centres are not yet over: the public list's pages (run across tenants). */
    public long countUpcomingPublished(Instant now) {
        return em.createQuery("select count(e) from Event e, Tenant t where t.id = e.tenantId and t.active = true"
                        + " and e.status = :published and e.endsAt > :now", Long.class)
                .setParameter("published", EventStatus.PUBLISHED).setParameter("now", now).getSingleResult();
    }

    /** The event locked for the registration being written: capacity is checked while no one else registers. */
    public Optional<Event> findForRegistration(long id) {
        return Optional.ofNullable(em.find(Event.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    public long registeredCount(long eventId) {
        return em.createQuery("select count(r) from EventRegistration r where r.eventId = :event"
                        + " and r.status = :registered", Long.class)
                .setParameter("event", eventId).setParameter("registered", EventRegistration.Status.REGISTERED)
                .getSingleResult();
    }

    /**
     * Those who came, among the seats held ({@link #registeredCount}): a person who came keeps their seat, and the
     * reports and the campaigns count attendance over the seats held too.
     */
    public long attendedCount(long eventId) {
        return em.createQuery("select count(r) from EventRegistration r where r.eventId = :event"
                        + " and r.status = :registered and r.attendedAt is not null", Long.class)
                .setParameter("event", eventId).setParameter("registered", EventRegistration.Status.REGISTERED)
                .getSingleResult();
    }

    public Optional<EventRegistration> registration(long eventId, String emailNormalized) {
        return em.createQuery("select r from EventRegistration r where r.eventId = :event"
                        + " and r.emailNormalized = :email", EventRegistration.class)
                .setParameter("event", eventId).setParameter("email", emailNormalized)
                .getResultStream().findFirst();
    }

    public Optional<EventRegistration> registrationOfLead(long eventId, long leadId) {
        return em.createQuery("select r from EventRegistration r where r.eventId = :event and r.leadId = :lead"
                        + " order by r.id", EventRegistration.class)
                .setParameter("event", eventId).setParameter("lead", leadId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public Optional<EventRegistration> registrationByKey(String idempotencyKey) {
        return em.createQuery("select r from EventRegistration r where r.idempotencyKey = :key",
                        EventRegistration.class)
                .setParameter("key", idempotencyKey).getResultStream().findFirst();
    }

    public Optional<EventRegistration> findRegistration(long id) {
        return Optional.ofNullable(em.find(EventRegistration.class, id));
    }

    /**
     * The event's registrants found by what was typed (all when blank), by name: a name by the start of its words in
     * either order, an e-mail by a part, a phone by its digits ({@link ca.tremplin.kernel.PersonSearch}). Those
     * waiting, or who left the waiting list without a seat, are not registrants: the waiting list shows the first.
     */
    public List<EventRegistration> registrations(long eventId, String search, int most) {
        java.util.Optional<ca.tremplin.kernel.PersonSearch.Condition> found = ca.tremplin.kernel.PersonSearch.of(
                search, "r.firstName", "r.lastName", "r.emailNormalized", "r.phoneE164");
        jakarta.persistence.TypedQuery<EventRegistration> query = em.createQuery(
                "select r from EventRegistration r where r.eventId = :event and r.waitlistedAt is null"
                        + found.map(condition -> " and " + condition.hql()).orElse("")
                        + " order by r.lastName, r.firstName, r.id", EventRegistration.class)
                .setParameter("event", eventId);
        found.ifPresent(condition -> condition.parameters().forEach(query::setParameter));
        return query.setMaxResults(most).getResultList();
    }

    public List<EventRegistration> activeRegistrations(long eventId) {
        return em.createQuery("select r from EventRegistration r where r.eventId = :event"
                        + " and r.status = :registered order by r.id", EventRegistration.class)
                .setParameter("event", eventId).setParameter("registered", EventRegistration.Status.REGISTERED)
                .getResultList();
    }

    /**
     * The event's waiting list in its order (who joined first), {@code most} at most; {@code null}: all. A person
     * whose record holds a seat already (two records merged, each with its row) is passed over: not given a second.
     */
    public List<EventRegistration> waiting(long eventId, Integer most) {
        jakarta.persistence.TypedQuery<EventRegistration> query = em.createQuery("select r from EventRegistration r"
                        + " where r.eventId = :event and r.status = :waiting" + NOT_SEATED_ALREADY
                        + " order by r.waitlistedAt, r.id", EventRegistration.class)
                .setParameter("event", eventId).setParameter("waiting", EventRegistration.Status.WAITLISTED)
                .setParameter("registered", EventRegistration.Status.REGISTERED);
        return (most == null ? query : query.setMaxResults(most)).getResultList();
    }

    private static final String NOT_SEATED_ALREADY = " and not exists (select s.id from EventRegistration s"
            + " where s.eventId = r.eventId and s.leadId = r.leadId and s.status = :registered)";

    /** Where a person waiting stands on the event's list: 1 for the next seat freed. */
    public int waitingPosition(EventRegistration waiting) {
        return Math.toIntExact(em.createQuery("select count(r) from EventRegistration r where r.eventId = :event"
                        + " and r.status = :waiting and (r.waitlistedAt < :since or r.waitlistedAt = :since"
                        + " and r.id <= :id)" + NOT_SEATED_ALREADY, Long.class)
                .setParameter("event", waiting.getEventId())
                .setParameter("waiting", EventRegistration.Status.WAITLISTED)
                .setParameter("registered", EventRegistration.Status.REGISTERED)
                .setParameter("since", waiting.getWaitlistedAt()).setParameter("id", waiting.getId())
                .getSingleResult());
    }

    /** Everyone on the event's waiting list, a person holding a seat under another record too. */
    public List<EventRegistration> allWaiting(long eventId) {
        return em.createQuery("select r from EventRegistration r where r.eventId = :event and r.status = :waiting"
                        + " order by r.waitlistedAt, r.id", EventRegistration.class)
                .setParameter("event", eventId).setParameter("waiting", EventRegistration.Status.WAITLISTED)
                .getResultList();
    }

    /**
     * The registration read again and locked, once its event is: seats and places are changed with the event locked
     * first, then the row, in that order everywhere (never the other way round, which could deadlock).
     */
    void lockAfterItsEvent(EventRegistration registration) {
        em.refresh(registration, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The event, read earlier in this transaction without a lock and left unchanged, read again and locked as a
     * registration locks it: what it holds is what the lock let through (a lock alone would refuse it for a version
     * moved since it was read).
     */
    void lockAgain(Event event) {
        em.refresh(event, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /** The event, saved in this transaction, locked as a registration locks it: its seats are counted now. */
    void lock(Event event) {
        em.lock(event, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Registrations due for their reminder: the event published and starting within the window, no reminder
     * claimed yet, made by {@code registeredBy}. Across tenants (the scheduler serves all).
     */
    public List<Long> dueForReminder(Instant now, Instant until, Instant registeredBy, int most) {
        // A closed centre's event is no longer public: its registrants are not reminded of a page that answers 404.
        return em.createQuery("select r.id from EventRegistration r, Event e, Tenant t where e.id = r.eventId"
                        + " and t.id = e.tenantId and t.active = true"
                        + " and r.status = :registered and r.reminderSentAt is null and e.status = :published"
                        + " and e.startsAt > :now and e.startsAt <= :until and r.registeredAt <= :registeredBy"
                        + " order by e.startsAt, r.id", Long.class)
                .setParameter("registered", EventRegistration.Status.REGISTERED)
                .setParameter("published", EventStatus.PUBLISHED)
                .setParameter("now", now).setParameter("until", until).setParameter("registeredBy", registeredBy)
                .setMaxResults(most).getResultList();
    }

    /** Published events whose end has passed, each as its id and its centre's; across tenants (the scheduler's). */
    public List<Object[]> pastEventsStillPublished(Instant now) {
        return em.createQuery("select e.id, e.tenantId from Event e where e.status = :published and e.endsAt <= :now",
                        Object[].class)
                .setParameter("published", EventStatus.PUBLISHED).setParameter("now", now).getResultList();
    }

    /** The event, published and over, becomes done; false when it was no longer published (cancelled meanwhile). */
    public boolean markDone(long eventId, Instant now) {
        return em.createQuery("update Event e set e.status = :done, e.version = e.version + 1"
                        + " where e.id = :id and e.status = :published and e.endsAt <= :now")
                .setParameter("done", EventStatus.DONE).setParameter("published", EventStatus.PUBLISHED)
                .setParameter("id", eventId).setParameter("now", now).executeUpdate() == 1;
    }

    /** The event's registrants, reminded of a time it no longer has, are to be reminded again. */
    int forgetReminders(long eventId) {
        return em.createQuery("update EventRegistration r set r.reminderSentAt = null, r.version = r.version + 1"
                        + " where r.eventId = :event and r.reminderSentAt is not null")
                .setParameter("event", eventId).executeUpdate();
    }

    /**
     * Claims a registration's reminder; true for exactly one caller, however many servers try at once, and only while
     * it is still due as {@link #dueForReminder} found it: the seat still held, the event still published and starting
     * within the window. A seat given up or an event cancelled or moved since the list was read is not reminded.
     */
    public boolean claimReminder(long registrationId, Instant now, Instant until) {
        return em.createQuery("update EventRegistration r set r.reminderSentAt = :now, r.version = r.version + 1"
                        + " where r.id = :id and r.reminderSentAt is null and r.status = :registered"
                        + " and exists (select e.id from Event e where e.id = r.eventId and e.status = :published"
                        + " and e.startsAt > :now and e.startsAt <= :until)")
                .setParameter("now", now).setParameter("id", registrationId).setParameter("until", until)
                .setParameter("registered", EventRegistration.Status.REGISTERED)
                .setParameter("published", EventStatus.PUBLISHED).executeUpdate() == 1;
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    void flush() {
        em.flush();
    }

    Event merge(Event event) {
        return em.merge(event);
    }
}
