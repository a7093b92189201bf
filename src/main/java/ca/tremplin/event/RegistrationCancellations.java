package ca.tremplin.event;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.kernel.RateLimits;
import ca.tremplin.kernel.RateLimits.Limit;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.person.LeadRegistry;
import ca.tremplin.security.AccountTokens;
import ca.tremplin.tenant.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * A registrant gives up their seat: from the link each confirmation, reminder or change e-mail carries (one link per
 * message, only its token's hash kept, as the unsubscribe links), or staff for them. The registration keeps its row
 * (the person, their consents, their history), frees its seat, gets no more reminders nor notices, and comes back
 * when the person registers again. The person is told once, in the language they registered in, with a file that
 * takes the event out of their calendar. Opening the link changes nothing (mail filters open links to check them): the
 * page's button does. The seat freed goes at once to the first person on the event's {@link WaitingList}. A person
 * waiting for a seat has the same link in their mail, and leaves the list with it (the page says so; no mail follows,
 * nothing being in their calendar).
 */
@ApplicationScoped
public class RegistrationCancellations {

    /**
     * Opening a link and cancelling, without sign-in: per address ({@code TREMPLIN_UNREGISTER_PER_IP_PER_HOUR},
     * default 30) and per link (10), so that nobody tries links by the thousand.
     */
    static final Limit[] LIMITS = {
            Limit.fromEnvironment("unregister-ip", "TREMPLIN_UNREGISTER_PER_IP_PER_HOUR", 30),
            Limit.fromEnvironment("unregister-link", "TREMPLIN_UNREGISTER_PER_LINK_PER_HOUR", 10)};

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    RateLimits rateLimits;

    @Inject
    LeadRegistry leads;

    @Inject
    Clock clock;

    @Inject
    ca.tremplin.mail.Outbox outbox;

    @Inject
    ca.tremplin.mail.MailSender mailSender;

    @Inject
    ca.tremplin.tenant.TenantRepository tenants;

    @Inject
    WaitingList waitingList;

    @Inject
    EventRepository events;

    /**
     * What the link's page shows of the registration: {@code waiting}, on the waiting list at {@code position};
     * {@code cancelled}, the seat or the place on the list given up, {@code leftWaitingList} saying it was the place;
     * {@code came}, recorded as present, whose seat was used and stays theirs.
     */
    public record View(long eventId, String titleFr, String titleEn, Instant startsAt, String zoneId, String when,
                       boolean cancelled, boolean over, String maskedEmail, boolean waiting, int position,
                       boolean leftWaitingList, boolean came) implements java.io.Serializable {

        public String title(Locale language) {
            return ca.tremplin.kernel.Languages.isEnglish(language) && titleEn != null && !titleEn.isBlank()
                    ? titleEn : titleFr;
        }

        /** The event's public page, where the person may register again. */
        public String page(Locale language) {
            return EventPaths.page(eventId, title(language), language);
        }
    }

    /** A link for one message to this registrant, in the caller's transaction: the page that cancels their seat. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String newLink(EventRegistration registration) {
        String token = AccountTokens.newClearText();
        em.createNativeQuery("insert into event_registration_link (token_hash, tenant_id, registration_id, created_at)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, AccountTokens.sha256(token)).setParameter(2, registration.getTenantId())
                .setParameter(3, registration.getId()).setParameter(4, clock.instant()).executeUpdate();
        return PublicAddress.of("/inscription.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&lang=" + registration.locale().getLanguage());
    }

    /** What the link opens, in the reader's language; an unknown link is not found. */
    @Transactional
    public View view(String token, String ipAddress, Locale language) {
        rateLimits.acquire(LIMITS, ipAddress, token);
        return tenancy.acrossAllTenants(() -> {
            EventRegistration registration = java.util.Optional.ofNullable(em.find(EventRegistration.class,
                    registrationId(token))).orElseThrow(() -> new NotFoundException("registration link"));
            return viewOf(registration, em.find(Event.class, registration.getEventId()), language);
        });
    }

    /**
     * The person gives up their seat, or their place on the waiting list: the registration is cancelled at once and
     * their timeline says so; a seat goes to the first person waiting. Twice (a double click, the page opened in two
     * tabs) changes nothing more; an event over or cancelled has no seat to give up, nor has a person recorded as
     * present (checked in, then leaving a webinar early): they came, their seat was used, and nobody waiting gets it.
     */
    @Transactional
    public View cancel(String token, String ipAddress, Locale language) {
        rateLimits.acquire(LIMITS, ipAddress, token);
        return tenancy.acrossAllTenants(() -> {
            long id = registrationId(token);
            // The event first, then the registration, as every change of seats locks them: a seat given up here and
            // one given to the first person waiting are counted while nobody else registers or gives one up.
            Event event = em.find(Event.class, em.createQuery("select r.eventId from EventRegistration r"
                            + " where r.id = :id", Long.class).setParameter("id", id).getResultStream().findFirst()
                            .orElseThrow(() -> new NotFoundException("registration link")),
                    jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            EventRegistration registration = em.find(EventRegistration.class, id,
                    jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            Instant now = clock.instant();
            if (!registration.isCancelled()) {
                if (!event.seatsMayBeGivenUpAt(now)) {
                    throw new BusinessRuleException("event.unregister.over");
                }
                if (registration.hasCome()) {
                    throw new BusinessRuleException("event.unregister.came");
                }
                if (registration.isWaiting()) {
                    waitingList.leave(registration, event, WaitingListExit.PERSON, null, now);
                } else {
                    cancel(registration, event, null, now);
                }
            }
            return viewOf(registration, event, language);
        });
    }

    /**
     * Cancels a registration of the current transaction's event, which it holds locked, with a line on the person's
     * timeline and, while the event is to come, a mail that says so and takes it out of their calendar (a
     * registration given up twice is told once); the seat freed goes to the first person waiting.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void cancel(EventRegistration registration, Event event, Long actorId, Instant now) {
        if (registration.cancel(event, now)) {
            leads.recordOnTimeline(registration.getTenantId(), registration.getLeadId(),
                    LeadEventKind.EVENT_UNREGISTERED, actorId, "#" + event.getId() + " " + event.getTitleFr(), now);
            if (event.isOpenAt(now) && registration.getEmail() != null) {
                outbox.enqueue(event.getTenantId(), EventMails.withdrawal(event, new EventMails.Sender(
                        tenants.findById(event.getTenantId()).orElse(null), mailSender.address(), now), registration));
            }
            waitingList.giveFreeSeats(event, now);
        }
    }

    private View viewOf(EventRegistration registration, Event event, Locale language) {
        java.time.ZoneId zone = EventTimes.zone(registration.getViewerZoneId()).orElse(event.zone());
        Instant now = clock.instant();
        return new View(event.getId(), event.getTitleFr(), event.getTitleEn(), event.getStartsAt(), zone.getId(),
                EventTimes.span(event, zone, language), registration.isCancelled(), !event.seatsMayBeGivenUpAt(now),
                registration.getEmailNormalized() == null ? null
                        : ca.tremplin.person.ContactDetails.masked(registration.getEmailNormalized()),
                registration.isWaiting(), registration.isWaiting() ? events.waitingPosition(registration) : 0,
                registration.hasLeftWaitingList(), registration.hasCome());
    }

    /** The registration a link names; an unknown link is not found. */
    private long registrationId(String token) {
        return AccountTokens.lookupHash(token).flatMap(hash -> ((java.util.stream.Stream<?>) em
                        .createNativeQuery("select registration_id from event_registration_link where token_hash = ?1")
                        .setParameter(1, hash).getResultStream()).findFirst().map(found -> ((Number) found).longValue()))
                .orElseThrow(() -> new NotFoundException("registration link"));
    }
}
