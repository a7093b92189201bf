package ca.tremplin.event;

import ca.tremplin.inquiry.InquiryValidator;
import ca.tremplin.inquiry.ValidInquiry;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.mail.Outbox;
import ca.tremplin.person.ChangeSource;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentRecord;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.person.LeadInterests;
import ca.tremplin.person.LeadRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes one registration in the caller's transaction, inside the organising centre's tenant: the event is locked
 * for an online registration, so that capacity holds (staff captures and walk-ins take no seat), for a walk-in known
 * by name and phone, so that two recruiters recording them at once register them once, and for a person registered
 * already, whose seat or place on the waiting list the waiting list may be changing at the same moment; the person
 * joins or becomes a lead (the rules of information requests), their consents are kept word for word, the timeline
 * says which event, and the confirmation with its calendar file is queued.
 * The same person registering again (same e-mail) keeps their one place; the same key sent twice is recorded once.
 * Online, an event full takes the person on its {@link WaitingList} when they ask for it (the form, once it says the
 * event is full), by the same rules — the lead, the consents, the timeline — and tells them their position; a seat
 * free while people wait goes to them first.
 */
@ApplicationScoped
public class EventRegistrar {

    @Inject
    ca.tremplin.person.CreditedTouches creditedTouches;

    @Inject
    EventRepository events;

    @Inject
    LeadRegistry leads;

    @Inject
    Outbox outbox;

    @Inject
    ca.tremplin.mail.MailSender mailSender;

    @Inject
    java.time.Clock clock;

    @Inject
    ca.tremplin.tenant.TenantRepository tenants;

    @Inject
    jakarta.enterprise.inject.Instance<ca.tremplin.mail.ConsentLinks> consentLinks;

    @Inject
    LeadInterests interests;

    @Inject
    RegistrationCancellations cancellations;

    @Inject
    ca.tremplin.person.ConsentRegister consents;

    @Inject
    WaitingList waitingList;

    @Inject
    ca.tremplin.unsubscribe.Unsubscriptions unsubscriptions;

    @Transactional(Transactional.TxType.MANDATORY)
    public RegistrationReceipt register(long eventId, ContactDetails person, RegistrationRequest request,
                                        RegistrationChannel channel, String idempotencyKey, String ipAddress,
                                        Long actorId, Instant now) {
        return register(eventId, person, null, request, channel, idempotencyKey, ipAddress, actorId,
                ca.tremplin.web.CampaignTouches.NONE, now);
    }

    /**
     * A registration with the campaign touches the browser carried (the public page's), kept on it and on the lead,
     * and for a person under 14 their parent's or guardian's consent, checked (null for anyone else).
     */
    /** The consent box a recruiter ticks for the person, left unticked: said to the recruiter, not to the person. */
    static ca.tremplin.inquiry.FieldProblem consentNotRead() {
        return new ca.tremplin.inquiry.FieldProblem("consentToContact", "eventsAdmin.consentNotRead");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RegistrationReceipt register(long eventId, ContactDetails person, ValidInquiry.Guardian guardian,
                                        RegistrationRequest request,
                                        RegistrationChannel channel, String idempotencyKey, String ipAddress,
                                        Long actorId, ca.tremplin.web.CampaignTouches touches, Instant now) {
        return register(eventId, person, guardian, request, channel, idempotencyKey, ipAddress, actorId, touches,
                null, now);
    }

    /**
     * As above, for a registration whose consent sentences were read to the person in {@code consentReadIn} (a
     * recruiter at the door reads them from the page, in the page's language, whatever language the person's
     * e-mails will be in): the record keeps those words. Null: the person's language, as on the public page.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegistrationReceipt register(long eventId, ContactDetails person, ValidInquiry.Guardian guardian,
                                        RegistrationRequest request,
                                        RegistrationChannel channel, String idempotencyKey, String ipAddress,
                                        Long actorId, ca.tremplin.web.CampaignTouches touches, Locale consentReadIn,
                                        Instant now) {
        ContactDetails consenting = consentReadIn == null ? person : person.readingIn(consentReadIn);
        boolean staff = channel != RegistrationChannel.WEB;
        // The event is locked for the registration's few milliseconds when online (its capacity: captures and
        // walk-ins take no seat) and for a person known by name and phone alone, whom no unique key of the database
        // keeps registered once when two recruiters capture them at the same moment. Captures with an e-mail do not
        // wait on each other: the keys by e-mail and by sending (uk_event_registration_person, _key) refuse the
        // second of two at once, which EventCaptureResource sends again to be told it is registered; a capture that
        // finds the person registered already locks the event then, before their row changes (underTheEventsLock).
        // What the lock let through is read after it.
        boolean locked = !staff || person.emailNormalized() == null;
        Event event = (locked ? events.findForRegistration(eventId) : events.find(eventId))
                .orElseThrow(() -> new NotFoundException("event " + eventId));
        // The campaigns that speak for the event's centre: a touch of another centre's campaign is not credited here.
        ca.tremplin.web.CampaignTouches credited = creditedTouches.forCentre(event.getTenantId(), touches);
        Optional<EventRegistration> sameKey = events.registrationByKey(idempotencyKey);
        if (sameKey.isPresent()) {
            return receipt(sameKey.get(), true, false);
        }
        if (!staff && !event.isOpenAt(now)) {
            throw new BusinessRuleException(event.getStatus() == EventStatus.CANCELLED ? "event.register.cancelled"
                    : "event.register.closed");
        }
        if (staff && (event.getStatus() == EventStatus.CANCELLED || event.getStatus() == EventStatus.DRAFT)) {
            throw new BusinessRuleException("event.register.closed");
        }
        if (!request.consentToContact()) {
            if (staff) {
                throw new ca.tremplin.inquiry.InvalidInquiryException(List.of(consentNotRead()));
            }
            InquiryValidator.requireConsentToContact();
        }
        Optional<EventRegistration> earlier = person.emailNormalized() == null ? Optional.empty()
                : events.registration(eventId, person.emailNormalized());
        if (earlier.isEmpty()) {
            // Registered under another of their addresses (two records merged into one) or known by name and phone:
            // their lead's seat, found before the event is said to be full.
            earlier = leads.knownLeadId(event.getTenantId(), person)
                    .flatMap(leadId -> events.registrationOfLead(eventId, leadId));
        }
        if (earlier.isPresent()) {
            EventRegistration registered = underTheEventsLock(event, earlier.get(), locked);
            // Registered already: what they give this time (another name, a new phone) is proposed to staff rather
            // than lost.
            leads.offer(event.getTenantId(), person, now, channel == RegistrationChannel.WEB
                    ? ChangeSource.EVENT_REGISTRATION : ChangeSource.EVENT_CAPTURE, eventId, actorId);
            return registeredAgain(registered, event, person, consenting, request, channel, ipAddress, actorId, now);
        }
        // Walk-ins are in the room: they take no seat that an online registrant could still claim.
        boolean waiting = channel == RegistrationChannel.WEB && !seatLeftOnline(event, now);
        if (waiting && !request.joinWaitingList()) {
            throw new BusinessRuleException("event.register.full");
        }
        // What a person types on the public page, or a recruiter from what they said, never rewrites their record.
        LeadRegistry.Joined joined = leads.joinOrCreate(event.getTenantId(), person, now, null,
                channel == RegistrationChannel.WEB ? ChangeSource.EVENT_REGISTRATION : ChangeSource.EVENT_CAPTURE,
                eventId, actorId);
        joined.lead().touchedBy(credited);
        if (!joined.created()) {
            // A person the centre knows, registered already under another of their addresses (two records merged
            // into one: the address of the one merged away leads to it) or known by name and phone (a walk-in
            // without an address): their lead holds one seat, not two.
            Optional<EventRegistration> registered = events.registrationOfLead(eventId, joined.lead().getId());
            if (registered.isPresent()) {
                return registeredAgain(underTheEventsLock(event, registered.get(), locked), event, person, consenting,
                        request, channel, ipAddress, actorId, now);
            }
        }
        EventRegistration registration = record(event, joined, person, channel, idempotencyKey,
                EventTimes.zone(request.viewerZone()).map(Object::toString).orElse(null), request.note(),
                channel.meansPresent(), actorId, credited, waiting, now);
        List<Long> programs = events.publishedProgramsOf(event.getTenantId(), request.programIds());
        registration.interestedIn(programs);
        interests.record(event.getTenantId(), joined.lead().getId(), programs, null, null);
        String source = ca.tremplin.person.ConsentSources.event(channel.name(), eventId);
        events.persist(ConsentRecord.forEventRegistration(registration.getId(), consenting, ConsentPurpose.CONTACT,
                true, now, ipAddress, source));
        events.persist(ConsentRecord.forEventRegistration(registration.getId(), consenting, ConsentPurpose.NEWS,
                request.consentToNews(), now, ipAddress, source));
        // News ticked after the person unsubscribed from the centre's bulk e-mail does not subscribe them again:
        // anyone who knows the address can tick it (ConsentStandings holds it back until they confirm it from their
        // own link, at the foot of the confirmation).
        if (guardian != null) {
            // Under 14: the parent's or guardian's own consent, word for word, with who gave it.
            events.persist(ConsentRecord.forEventRegistration(registration.getId(), person, ConsentPurpose.GUARDIAN,
                    true, now, ipAddress, source).givenByGuardian(guardian.name(), guardian.email()));
            if (guardian.email() != null) {
                Locale language = registration.locale();
                outbox.enqueue(event.getTenantId(), ca.tremplin.person.GuardianNotice.compose(language,
                        guardian.name(), guardian.email(), (person.firstName() + " " + person.lastName()).strip(),
                        ca.tremplin.kernel.Messages.get(language, "guardian.what.event", event.title(language)),
                        consentLinks.isResolvable() && person.email() != null
                                ? consentLinks.get().guardianLinkFor(person.emailNormalized(), language) : null));
            }
        }
        if (waiting) {
            int position = waitingList.join(registration, event, channel, actorId, registration.getEmail(),
                    request.consentToNews(), now);
            return new RegistrationReceipt(registration.getId(), joined.lead().getId(), false, joined.created(), true,
                    position);
        }
        if (event.getStatus() == EventStatus.PUBLISHED && event.getEndsAt().isAfter(now)
                && registration.getEmail() != null) {
            confirm(event, registration, registration.getEmail(), request.consentToNews());
        }
        return new RegistrationReceipt(registration.getId(), joined.lead().getId(), false, joined.created());
    }

    /**
     * The person's registration, found by a capture or a walk-in that did not lock the event, as the event's lock lets
     * it through: it is about to change — a seat given up, or a place on the waiting list, becoming a seat; its
     * attendance marked —, so the event is locked, then the row read again and locked, in the order the waiting list's
     * seat-giving takes them ({@link EventRepository#lockAfterItsEvent}). A seat freed at the same moment then goes to
     * the next person waiting only once this one is counted, and never to this one as well.
     */
    private EventRegistration underTheEventsLock(Event event, EventRegistration registration, boolean locked) {
        if (!locked) {
            events.lockAgain(event);
            events.lockAfterItsEvent(registration);
        }
        return registration;
    }

    /**
     * A person checked in who had given up their seat, or was waiting for one: the seat is theirs again, in the room
     * whatever the capacity (as a walk-in), a line on their timeline saying so. While the event is open their calendar
     * holds its cancellation, or nothing of it: the confirmation with the seat's file and link goes to them, a step
     * above what they hold ({@link EventRegistration#calendarStep}); once it is over or cancelled nothing goes, and
     * their sequence stays. The caller holds the event locked, then the registration.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void seatInTheRoom(EventRegistration registration, Event event, Long actorId, Instant now) {
        registration.restore(event, now);
        leads.recordOnTimeline(event.getTenantId(), registration.getLeadId(), LeadEventKind.EVENT_REGISTERED,
                actorId, "#" + event.getId() + " " + event.getTitleFr(), now);
        if (event.isOpenAt(now) && registration.getEmail() != null) {
            confirm(event, registration, registration.getEmail(), false);
        }
    }

    /**
     * Whether an online registrant finds a seat at the event, locked: the seats freed while people wait are theirs
     * first, in order (a seat was given up in a way that seated no one — an import's undo stopped before its end, the
     * capacity changed outside the editor), and what is left is for the newcomer.
     */
    private boolean seatLeftOnline(Event event, Instant now) {
        return event.getCapacity() == null || waitingList.giveFreeSeats(event, now) > 0;
    }

    /** The answer for a registration as it stands: a seat, or a place on the waiting list and its position. */
    private RegistrationReceipt receipt(EventRegistration registration, boolean already, boolean newLead) {
        return registration.isWaiting()
                ? new RegistrationReceipt(registration.getId(), registration.getLeadId(), already, newLead, true,
                        events.waitingPosition(registration))
                : new RegistrationReceipt(registration.getId(), registration.getLeadId(), already, newLead);
    }

    /**
     * A person with a registration to the event already. Holding their seat: it is kept, marked present when they
     * are in the room, and their confirmation goes again (whoever registers twice has most often lost the first; the
     * page promises it, and registrations are braked per address and per event). Having given it up, or waiting for
     * one: registering again restores it, as a new registration would be made (a seat online if one is left, a line on
     * the timeline, the confirmation); online with none left, they wait for one as a newcomer would (at the end of the
     * list), or keep their place on it and are mailed it again. What they give this time is kept too, never dropped:
     * the programs they name join the registration's and the lead's interests, a note joins the registration's, and
     * the consents given again are recorded word for word — news given now counts, while an unticked box withdraws
     * nothing given before.
     */
    private RegistrationReceipt registeredAgain(EventRegistration registered, Event event, ContactDetails person,
                                                ContactDetails consenting, RegistrationRequest request,
                                                RegistrationChannel channel, String ipAddress, Long actorId,
                                                Instant now) {
        List<Long> programs = events.publishedProgramsOf(event.getTenantId(), request.programIds());
        registered.interestedIn(programs);
        interests.record(event.getTenantId(), registered.getLeadId(), programs, null, null);
        String note = blankToNull(request.note());
        if (note != null && !registered.noteAlso(note)) {
            // Too long to join the registration's note: the timeline keeps it whole.
            leads.recordOnTimeline(event.getTenantId(), registered.getLeadId(), LeadEventKind.NOTE_ADDED, actorId,
                    note, now);
        }
        // The registration's own consents keep what was given the first time; a consent the person gives now that
        // is not in force — news accepted, or being contacted after they had withdrawn it (the form asks it, and
        // registering again is their own later word) — is a change of the register, in the words they read or heard.
        java.util.Map<ConsentPurpose, ca.tremplin.person.ConsentEntry> inForce = ca.tremplin.person.ConsentStandings
                .inForceAsWritten(consents.lines(registered.getLeadId()));
        for (ConsentPurpose given : request.consentToNews() ? List.of(ConsentPurpose.CONTACT, ConsentPurpose.NEWS)
                : List.of(ConsentPurpose.CONTACT)) {
            if (inForce.get(given) == null || !inForce.get(given).granted()) {
                consents.append(leads.lead(registered.getLeadId()), given, true,
                        ca.tremplin.person.ConsentChannel.EVENT, now, "#" + event.getId() + " "
                                + event.title(consenting.language()), actorId, ipAddress, consenting.language());
            }
        }
        // Holding no seat (given up, or waiting): online, a seat left is theirs again, else they wait for one if they
        // asked to; a recruiter's capture or walk-in is in the room, and takes one whatever the capacity.
        boolean restored = registered.isCancelled() || registered.isWaiting();
        if (restored && channel == RegistrationChannel.WEB) {
            boolean seatLeft = seatLeftOnline(event, now);
            if (!registered.isCancelled() && !registered.isWaiting()) {
                // The first on the waiting list, seated just now by a seat free: confirmed with it.
                return new RegistrationReceipt(registered.getId(), registered.getLeadId(), false, false);
            }
            if (!seatLeft && registered.isWaiting()) {
                // Waiting already, and still no seat: their place is kept, its mail sent again.
                return new RegistrationReceipt(registered.getId(), registered.getLeadId(), true, false, true,
                        waitingList.stillWaiting(registered, event, mailedTo(person, registered),
                                request.consentToNews()));
            }
            if (!seatLeft && !request.joinWaitingList()) {
                throw new BusinessRuleException("event.register.full");
            }
            if (!seatLeft) {
                return new RegistrationReceipt(registered.getId(), registered.getLeadId(), false, false, true,
                        waitingList.join(registered, event, channel, actorId, mailedTo(person, registered),
                                request.consentToNews(), now));
            }
        }
        if (restored) {
            registered.restore(event, now);
            leads.recordOnTimeline(event.getTenantId(), registered.getLeadId(), LeadEventKind.EVENT_REGISTERED,
                    actorId, "#" + event.getId() + " " + event.getTitleFr() + " (" + channel + ")", now);
        }
        if (channel.meansPresent() && registered.markAttended(event.attendedFrom(now))) {
            leads.recordOnTimeline(event.getTenantId(), registered.getLeadId(), LeadEventKind.EVENT_ATTENDED,
                    actorId, "#" + event.getId() + " " + event.getTitleFr(), now);
        }
        if (registered.getEmail() != null && (channel == RegistrationChannel.WEB && event.isOpenAt(now)
                || restored && event.getStatus() == EventStatus.PUBLISHED && event.getEndsAt().isAfter(now))) {
            // To the address typed this time, which the page names (another of the person's, since a merge).
            confirm(event, registered, mailedTo(person, registered), request.consentToNews());
        }
        return new RegistrationReceipt(registered.getId(), registered.getLeadId(), !restored, false);
    }

    /** The address typed this time, which the page names (another of the person's, since a merge), else the row's. */
    private static String mailedTo(ContactDetails person, EventRegistration registered) {
        return person.email() != null ? person.email() : registered.getEmail();
    }

    /**
     * The confirmation, with its calendar file and the link that gives up the seat, to {@code address}; when the news
     * the person ticked ({@code newsTicked}) is held back by a stop of their own, it asks them to confirm it.
     */
    private void confirm(Event event, EventRegistration registration, String address, boolean newsTicked) {
        boolean newsAwaits = newsTicked && unsubscriptions.newsAwaitsConfirmation(event.getTenantId(),
                registration.getLeadId(), ca.tremplin.person.ContactDetails.normalizeEmail(address));
        outbox.enqueue(event.getTenantId(), EventMails.confirmation(event, new EventMails.Sender(
                tenants.findById(event.getTenantId()).orElse(null), mailSender.address(), clock.instant()),
                registration, cancellations.newLink(registration), newsAwaits).to(address));
    }

    /**
     * The registration and the lead's timeline entries, whatever the channel; {@code waiting}, a place on the waiting
     * list, whose line {@link WaitingList#join} writes. A person met at the fair or at the door registered as they
     * came ({@link Event#attendedFrom}): typed once the event is over, from its start — not days after it, which would
     * leave them out of the reports "as of" the event's days while counting them as come —, else when they were met.
     */
    private EventRegistration record(Event event, LeadRegistry.Joined joined, ContactDetails person,
                                     RegistrationChannel channel, String key, String viewerZone, String note,
                                     boolean attended, Long actorId, ca.tremplin.web.CampaignTouches touches,
                                     boolean waiting, Instant now) {
        Instant came = attended ? event.attendedFrom(now) : null;
        EventRegistration registration = new EventRegistration(event.getTenantId(), event.getId(),
                joined.lead().getId(), key, channel, person, viewerZone, blankToNull(note), attended ? came : now);
        registration.touchedBy(touches);
        if (attended) {
            // Typed once the event is over (a paper list from the door): present from its start, as a check-in is.
            registration.markAttended(came);
        }
        if (waiting) {
            registration.waitForASeat(now);
        }
        events.persist(registration);
        events.flush();
        if (waiting) {
            return registration;
        }
        leads.recordOnTimeline(event.getTenantId(), joined.lead().getId(), LeadEventKind.EVENT_REGISTERED, actorId,
                "#" + event.getId() + " " + event.getTitleFr() + " (" + channel + ")", now);
        if (attended) {
            leads.recordOnTimeline(event.getTenantId(), joined.lead().getId(), LeadEventKind.EVENT_ATTENDED, actorId,
                    "#" + event.getId() + " " + event.getTitleFr(), now);
        }
        return registration;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
