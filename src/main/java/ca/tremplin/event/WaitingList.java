package ca.tremplin.event;

import ca.tremplin.mail.Outbox;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.person.LeadRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An event's waiting list: the people who found its online seats all taken and asked to wait, each on their
 * registration's row (the person, their consents, the link of their e-mails), in the order they joined. A seat freed —
 * given up from a mail's link or by staff, or the capacity raised — goes to the first of them in the same transaction,
 * the event locked as an online registration locks it, so that two seats freed at once never go to one person and
 * the seats taken never pass the capacity; they receive a registration's confirmation with its calendar file. A
 * cancelled event tells those waiting; an event over lets them go without a word, there being nothing left to wait
 * for nor to do. Joining, leaving and being given a seat are each a line of the person's timeline.
 *
 * <p>Every method runs in the caller's transaction, which holds the event locked ({@link
 * EventRepository#findForRegistration}), or has just changed it (cancelled, done: its row is locked by the update).
 */
@ApplicationScoped
public class WaitingList {

    /**
     * A seat given less than this before the start has its reminder claimed with its confirmation: the reminders' day
     * ahead and the time a confirmation stands for a reminder ({@link EventReminders}), so that a seat freed the day
     * before sends one mail, not a confirmation and then a reminder minutes later.
     */
    static final Duration CONFIRMATION_STANDS_FOR_THE_REMINDER = EventReminders.AHEAD.plus(EventReminders.FRESH);

    @Inject
    ca.tremplin.unsubscribe.Unsubscriptions unsubscriptions;

    @Inject
    EventRepository events;

    @Inject
    LeadRegistry leads;

    @Inject
    Outbox outbox;

    @Inject
    ca.tremplin.mail.MailSender mailSender;

    @Inject
    ca.tremplin.tenant.TenantRepository tenants;

    @Inject
    RegistrationCancellations cancellations;

    /**
     * The person joins the end of the list (a new row, waiting since it was stored, or one whose seat or place they
     * gave up): a line on their timeline, and an e-mail to {@code address} with their position and the link to leave.
     * Returns the position.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int join(EventRegistration registration, Event event, RegistrationChannel channel, Long actorId,
                    String address, boolean newsTicked, Instant now) {
        if (!registration.isWaiting()) {
            registration.joinWaitingList(now);
        }
        leads.recordOnTimeline(event.getTenantId(), registration.getLeadId(), LeadEventKind.EVENT_WAITLISTED, actorId,
                line(event) + " (" + channel + ")", now);
        return tellPosition(registration, event, address, newsTicked);
    }

    /**
     * The person, waiting already, asks again: their place is kept and the mail goes again to {@code address} (whoever
     * asks twice has most often lost the first). Returns the position.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int stillWaiting(EventRegistration registration, Event event, String address, boolean newsTicked) {
        return tellPosition(registration, event, address, newsTicked);
    }

    /**
     * The mail that gives the person's place; when the news they ticked ({@code newsTicked}) is held back by a stop of
     * their own, it asks them to confirm it, as a registration's confirmation does.
     */
    private int tellPosition(EventRegistration registration, Event event, String address, boolean newsTicked) {
        int position = events.waitingPosition(registration);
        if (address != null) {
            boolean newsAwaits = newsTicked && unsubscriptions.newsAwaitsConfirmation(event.getTenantId(),
                    registration.getLeadId(), ca.tremplin.person.ContactDetails.normalizeEmail(address));
            outbox.enqueue(event.getTenantId(), EventMails.waitlisted(event, registration, position,
                    cancellations.newLink(registration), newsAwaits).to(address));
        }
        return position;
    }

    /**
     * Gives each seat free at the event, while it is open, to the first person waiting, in order; returns the seats
     * still free once they are seated (none is free while someone waits), {@link Long#MAX_VALUE} without a capacity.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long giveFreeSeats(Event event, Instant now) {
        Integer capacity = event.getCapacity();
        long free = capacity == null ? Long.MAX_VALUE : capacity - events.registeredCount(event.getId());
        if (free <= 0 || !event.isOpenAt(now)) {
            return Math.max(0, free);
        }
        // Everyone waiting, in order (the list is short): a person merged from two records may wait twice, under two
        // addresses, and takes one seat; the next person waiting takes the other.
        java.util.Set<Long> seatedNow = new java.util.HashSet<>();
        long given = 0;
        for (EventRegistration waiting : events.waiting(event.getId(), null)) {
            if (given >= free) {
                break;
            }
            if (seatedNow.add(waiting.getLeadId()) && seat(waiting, event, now)) {
                given++;
            }
        }
        return capacity == null ? Long.MAX_VALUE : free - given;
    }

    /**
     * Seats given up where nobody waiting was seated at once — an import undone, whose slices give seats back in SQL
     * — go to those waiting now, in order, as a seat given up from a link goes: the event locked as a registration
     * locks it ({@link EventRepository#findForRegistration}). Nothing while it is over or cancelled, or nobody waits.
     */
    @Transactional
    public void seatThoseWaiting(long eventId, Instant now) {
        events.findForRegistration(eventId).ifPresent(event -> giveFreeSeats(event, now));
    }

    /** Whether the person waiting was seated (false when they no longer waited). */
    private boolean seat(EventRegistration waiting, Event event, Instant now) {
        if (!waiting.takeSeatFromWaitingList(event, now)) {
            return false;
        }
        if (event.getStartsAt().isBefore(now.plus(CONFIRMATION_STANDS_FOR_THE_REMINDER))) {
            waiting.remindedBy(now);
        }
        leads.recordOnTimeline(event.getTenantId(), waiting.getLeadId(), LeadEventKind.EVENT_WAITLIST_SEATED, null,
                line(event), now);
        if (waiting.getEmail() != null) {
            outbox.enqueue(event.getTenantId(), EventMails.seatGiven(event, sender(event, now), waiting,
                    cancellations.newLink(waiting)));
        }
        return true;
    }

    /**
     * The person leaves the list without a seat, for {@code why}: a line on their timeline naming who did it, and a
     * mail when they did not do it themselves and have something to learn (staff took them off, the event is
     * cancelled). False when they were not waiting.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean leave(EventRegistration registration, Event event, WaitingListExit why, Long actorId, Instant now) {
        if (!registration.leaveWaitingList(now)) {
            return false;
        }
        leads.recordOnTimeline(event.getTenantId(), registration.getLeadId(), LeadEventKind.EVENT_WAITLIST_LEFT,
                actorId, line(event) + " (" + why + ")", now);
        if (registration.getEmail() != null && why == WaitingListExit.STAFF) {
            outbox.enqueue(event.getTenantId(), EventMails.waitlistRemoved(event, registration));
        } else if (registration.getEmail() != null && why == WaitingListExit.EVENT_CANCELLED) {
            outbox.enqueue(event.getTenantId(), EventMails.waitlistCancelled(event, registration));
        }
        return true;
    }

    /** Everyone waiting leaves the list, for {@code why} (the event cancelled or over); returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int empty(Event event, WaitingListExit why, Instant now) {
        int left = 0;
        for (EventRegistration waiting : events.allWaiting(event.getId())) {
            if (leave(waiting, event, why, null, now)) {
                left++;
            }
        }
        return left;
    }

    /** The event's waiting list in its order: the first is given the next seat freed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventRegistration> of(long eventId) {
        return events.waiting(eventId, null);
    }

    /** The event's line on a timeline, as registrations write it: its number and French title. */
    private static String line(Event event) {
        return "#" + event.getId() + " " + event.getTitleFr();
    }

    private EventMails.Sender sender(Event event, Instant now) {
        return new EventMails.Sender(tenants.findById(event.getTenantId()).orElse(null), mailSender.address(), now);
    }
}
