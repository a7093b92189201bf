package ca.tremplin.event;

import ca.tremplin.inquiry.InquiryValidator;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.TableSort;
import ca.tremplin.mail.Outbox;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.person.LeadRegistry;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.security.StaffChange.Subject;
import ca.tremplin.security.StaffChange.What;
import ca.tremplin.security.StaffChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What a centre's staff do with its events: write them, publish and cancel them (registrants are told by
 * e-mail), see who registered and who waits for a seat, check people in and add walk-ins. Every read and write is
 * tenant-filtered: another centre's event, even by its id, is not found. Changes carry the version the person started
 * from.
 */
@ApplicationScoped
public class EventService {

    @Inject
    RegistrationCancellations cancellations;

    @Inject
    EventRepository events;

    @Inject
    EventRegistrar registrar;

    @Inject
    LeadRegistry leads;

    @Inject
    Outbox outbox;

    @Inject
    ca.tremplin.mail.MailSender mailSender;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Clock clock;

    @Inject
    ca.tremplin.tenant.Tenancy tenancy;

    @Inject
    ca.tremplin.tenant.TenantRepository tenants;

    @Inject
    ca.tremplin.security.UserAccountRepository accounts;

    @Inject
    StaffChanges changes;

    @Inject
    ca.tremplin.catalog.CatalogRepository catalog;

    @Inject
    EventCampaigns campaigns;

    @Inject
    WaitingList waitingList;

    /**
     * The centres, staff, programs and campaigns an event's form offers, named in the reader's language: the centre's
     * published programs and active staff, and whatever {@code shown} already names (a program archived since, a
     * colleague who left), so that saving it again keeps them.
     */
    @Transactional
    public EventChoices choices(java.util.Locale language, Event shown) {
        java.util.Set<Long> namedPrograms = shown == null ? java.util.Set.of() : shown.getProgramIds();
        java.util.Set<Long> namedStaff = shown == null ? java.util.Set.of() : shown.getRecruiterIds();
        requireStaff();
        long own = signedInUser.getTenantId();
        List<EventChoices.Choice> schoolBoards = tenancy.acrossAllTenants(() -> tenants.activeSchoolBoards().stream()
                .filter(tenant -> tenant.getId() != own)
                .map(tenant -> new EventChoices.Choice(tenant.getId(), tenant.localizedName(language))).toList());
        List<ca.tremplin.security.UserAccount> offered = accounts.allOfTenant().stream()
                .filter(account -> account.isActive() || namedStaff.contains(account.getId())).toList();
        List<EventChoices.Choice> departed = offered.stream().filter(account -> !account.isActive())
                .map(account -> new EventChoices.Choice(account.getId(), account.getDisplayName())).toList();
        List<EventChoices.Choice> staff = offered.stream()
                .map(account -> new EventChoices.Choice(account.getId(), account.isActive() ? account.getDisplayName()
                        : ca.tremplin.kernel.Messages.get(language, "eventsAdmin.staffLeft", account.getDisplayName())))
                .toList();
        List<EventChoices.Choice> programs = ca.tremplin.catalog.ProgramOrder.sorted(
                        catalog.programPage(null, null, 0, 500), language, ca.tremplin.catalog.Program::getType,
                        program -> program.title(language)).stream()
                .filter(program -> program.getStatus() == ca.tremplin.catalog.ProgramStatus.PUBLISHED
                        || namedPrograms.contains(program.getId()))
                .map(program -> new EventChoices.Choice(program.getId(), program.getCode() + " — "
                        + program.title(language))).toList();
        return new EventChoices(schoolBoards, staff, programs, campaigns.ofThisCentre(), departed);
    }

    @Transactional
    public Event find(long id) {
        requireStaff();
        return loaded(existing(id));
    }

    /**
     * Creates (as a draft) or updates an event; start and end are local times of the event's zone. Attending
     * staff and featured programs must be the centre's own (another centre's ids are not found).
     */
    @Transactional
    public Event save(Event edited, LocalDateTime localStart, LocalDateTime localEnd, String zoneId) {
        requireStaff();
        // What the event named before this save: a program archived or a colleague gone since stays named.
        Event before = edited.getId() == null ? null : existing(edited.getId());
        java.util.Set<Long> namedPrograms = before == null ? java.util.Set.of() : java.util.Set.copyOf(before.getProgramIds());
        java.util.Set<Long> namedStaff = before == null ? java.util.Set.of() : java.util.Set.copyOf(before.getRecruiterIds());
        for (Long programId : edited.getProgramIds()) {
            ca.tremplin.catalog.Program program = catalog.findProgram(programId)
                    .orElseThrow(() -> new NotFoundException("program " + programId));
            if (program.getStatus() != ca.tremplin.catalog.ProgramStatus.PUBLISHED && !namedPrograms.contains(programId)) {
                // The event's public page shows published programs only: one added in draft would be left out unsaid.
                throw new BusinessRuleException("event.programNotOffered", program.getType() + " " + program.getCode());
            }
        }
        java.util.Set<Long> ownStaff = new java.util.HashSet<>(accounts.allOfTenant().stream()
                .filter(account -> account.isActive() || namedStaff.contains(account.getId()))
                .map(ca.tremplin.security.UserAccount::getId).toList());
        if (!ownStaff.containsAll(edited.getRecruiterIds())) {
            throw new NotFoundException("staff " + edited.getRecruiterIds());
        }
        if (edited.getCampaignId() != null && !campaigns.isOfThisCentre(edited.getCampaignId())) {
            throw new NotFoundException("campaign " + edited.getCampaignId());
        }
        edited.schedule(localStart, localEnd, EventTimes.zone(zoneId)
                .orElseThrow(() -> new BusinessRuleException("event.invalid.zone")));
        checkPlace(edited);
        if (edited.getId() == null) {
            edited.startAsDraft(clock.instant());
            events.persist(edited);
            changes.record(Subject.EVENT, edited.getId(), What.EVENT_CREATED, null);
            return loaded(edited);
        }
        Event stored = existing(edited.getId());
        checkVersion(stored.getVersion(), edited.getVersion());
        edited.keepWorkflowStateOf(stored);
        List<Object> told = whatRegistrantsWereTold(stored);
        // Read before the merge, which copies the edit onto the stored event.
        java.time.Instant formerStart = stored.getStartsAt();
        Integer formerCapacity = stored.getCapacity();
        List<String> fields = stored.changedFields(edited);
        try {
            Event merged = events.merge(edited);
            events.flush();
            changes.recordEach(Subject.EVENT, merged.getId(), What.EVENT_EDITED, fields);
            if (!formerStart.equals(merged.getStartsAt())) {
                // Reminded of the former time, each is reminded again the day before the new one.
                events.forgetReminders(merged.getId());
            }
            if (merged.isOpenAt(clock.instant()) && !told.equals(whatRegistrantsWereTold(merged))) {
                tellRegistrantsOfTheChange(merged);
            }
            if (!java.util.Objects.equals(formerCapacity, merged.getCapacity())) {
                // More seats (or no limit any more): the people waiting take them, in order, as a registration would
                // find them, the event locked as registrations lock it.
                events.lock(merged);
                waitingList.giveFreeSeats(merged, clock.instant());
            }
            return loaded(merged);
        } catch (OptimisticLockException conflict) {
            throw new BusinessRuleException("event.conflict");
        }
    }

    @Transactional
    public Event publish(long id, long expectedVersion) {
        requireStaff();
        Event event = existing(id);
        checkVersion(event.getVersion(), expectedVersion);
        EventStatus former = event.getStatus();
        event.publish();
        changes.recordMove(Subject.EVENT, id, What.EVENT_STATUS, null, former, event.getStatus());
        return loaded(event);
    }

    /**
     * Cancels the event and queues a notice (with a cancelling calendar file) to each registrant; the people on its
     * waiting list are told too (without a file: nothing of it is in their calendar) and taken off it. A published
     * event whose end has passed took place, closed or not yet by the reminders' round: it is not cancelled, and
     * nobody who came is told it was.
     */
    @Transactional
    public Event cancel(long id, long expectedVersion) {
        requireStaff();
        Event event = existing(id);
        checkVersion(event.getVersion(), expectedVersion);
        EventStatus former = event.getStatus();
        boolean wasPublished = former == EventStatus.PUBLISHED;
        if (wasPublished && !event.getEndsAt().isAfter(clock.instant())) {
            throw new BusinessRuleException("event.cannotCancel");
        }
        event.cancel();
        changes.recordMove(Subject.EVENT, id, What.EVENT_STATUS, null, former, event.getStatus());
        // The version the cancellation gives the event, before the notices: each one's calendar file carries the
        // same sequence as the public file's, plus what the registrant's own registration adds, whatever the outbox
        // flushes between them.
        events.flush();
        if (wasPublished) {
            EventMails.Sender sender = sender(event);
            for (EventRegistration registration : events.activeRegistrations(id)) {
                if (registration.getEmail() == null) {
                    continue; // known by name and phone only: staff see them on the list, to call
                }
                outbox.enqueue(event.getTenantId(), EventMails.cancellation(event, sender, registration));
            }
            waitingList.empty(event, WaitingListExit.EVENT_CANCELLED, clock.instant());
        }
        return loaded(event);
    }

    /**
     * Who changed the event, when, from what to what (the platform itself marking it done once over), newest first: at
     * most {@code most} lines. Another centre's event is not found, and its lines are never read (the tenant filter).
     */
    @Transactional
    public ca.tremplin.security.ChangeLines history(long id, int most) {
        requireStaff();
        existing(id);
        return changes.ofRecord(Subject.EVENT, id, most);
    }

    /** A page of the back office's list, as rows that hold what it shows ({@link EventRow}). */
    @Transactional
    public List<EventRow> page(EventStatus status, int first, int size, TableSort sort) {
        requireStaff();
        return events.page(status, first, size, sort).stream().map(EventRow::of).toList();
    }

    @Transactional
    public long count(EventStatus status) {
        requireStaff();
        return events.count(status);
    }

    /**
     * The events to come that still name, among the staff attending, someone who left the centre without a colleague
     * named in their place: the events page lists them so that someone else is chosen (see
     * {@link DepartingStaffEvents}). Soonest first, at most twenty; as rows, which the page keeps with its view.
     */
    @Transactional
    public List<EventRow> toComeNamingDepartedStaff() {
        requireStaff();
        return events.toComeNamingDepartedStaff(clock.instant(), 20).stream().map(EventRow::of).toList();
    }

    @Transactional
    public List<Event> between(Instant from, Instant to) {
        requireStaff();
        return events.between(from, to);
    }

    /** Registrants of the event whose name or e-mail contains the text, for the check-in list. */
    @Transactional
    public List<EventRegistration> registrations(long eventId, String search) {
        requireStaff();
        existing(eventId);
        return events.registrations(eventId, search == null || search.isBlank() ? null : search.strip(), 500);
    }

    /** The event's seats held, those who came among them, and its no-shows, as the reports and campaigns count them. */
    @Transactional
    public Attendance attendance(long eventId) {
        requireStaff();
        Event event = existing(eventId);
        return Attendance.of(event, events.registeredCount(eventId), events.attendedCount(eventId), clock.instant());
    }

    /** A registration to one of the centre's events, for staff (another centre's is not found). */
    private EventRegistration registrationOfOwnEvent(long registrationId) {
        requireStaff();
        return events.findRegistration(registrationId)
                .orElseThrow(() -> new NotFoundException("registration " + registrationId));
    }

    /**
     * Staff give up a registrant's seat for them (the person asked by phone or e-mail): the seat goes to the first
     * person waiting, or is free; no reminder goes, the person's timeline names who did it. Their e-mail's link says
     * so if they open it. A person recorded as present came: their seat was used and stays theirs; at an event over or
     * cancelled no seat is given up ({@link Event#seatsMayBeGivenUpAt}), as from the person's link: both are said.
     */
    @Transactional
    public EventRegistration cancelRegistration(long registrationId) {
        EventRegistration registration = registrationOfOwnEvent(registrationId);
        // Read under the event's lock: one cancelled meanwhile in another tab refuses it too.
        Event event = lockedForSeats(registration);
        if (registration.hasCome()) {
            throw new BusinessRuleException("eventsAdmin.cameKeepsSeat");
        }
        if (!event.seatsMayBeGivenUpAt(clock.instant())) {
            throw new BusinessRuleException("eventsAdmin.overKeepsSeats");
        }
        cancellations.cancel(registration, event, signedInUser.getUserId(), clock.instant());
        return registration;
    }

    /**
     * The event's waiting list in its order, for its page: who waits, since when; the first is given the next seat
     * freed.
     */
    @Transactional
    public List<EventRegistration> waitingList(long eventId) {
        requireStaff();
        existing(eventId);
        return waitingList.of(eventId);
    }

    /**
     * Staff take a person off the waiting list (they asked by phone, or will not come): told by e-mail, their
     * timeline naming who did it. One who is no longer waiting — given a seat or gone meanwhile — is said so, and
     * nothing changes.
     */
    @Transactional
    public EventRegistration removeFromWaitingList(long registrationId) {
        EventRegistration registration = registrationOfOwnEvent(registrationId);
        Event event = lockedForSeats(registration);
        if (!waitingList.leave(registration, event, WaitingListExit.STAFF, signedInUser.getUserId(),
                clock.instant())) {
            throw new BusinessRuleException("eventsAdmin.notWaitingAnyMore");
        }
        return registration;
    }

    /** The registration's event locked, then the registration read again and locked, as seats are changed. */
    private Event lockedForSeats(EventRegistration registration) {
        Event event = events.findForRegistration(registration.getEventId())
                .orElseThrow(() -> new NotFoundException("event " + registration.getEventId()));
        events.lockAfterItsEvent(registration);
        return event;
    }

    /**
     * Marks a registrant as come; their lead's timeline says so. Twice is the same as once. Checked in once the
     * event is over (the list brought back from the fair), they came during it: present from its start, as an
     * imported list's attendees are, not from the moment it was written down ({@link Event#attendedFrom}). One who had
     * given up their seat, or was waiting for one, has it again, and is told so while the event is open ({@link
     * EventRegistrar#seatInTheRoom}). A cancelled event took place nowhere: nobody is checked in at it, which is said.
     */
    @Transactional
    public EventRegistration checkIn(long registrationId) {
        EventRegistration registration = registrationOfOwnEvent(registrationId);
        // Locked as the waiting list's seat-giving locks them, the event first: a seat given back here and one freed
        // for the first person waiting at the same moment are counted one after the other. The event's status is read
        // under the lock too: one cancelled meanwhile in another tab refuses the check-in.
        Event event = lockedForSeats(registration);
        if (!event.takesAttendance()) {
            throw new BusinessRuleException("event.checkIn.cancelled");
        }
        Instant now = clock.instant();
        Instant came = event.attendedFrom(now);
        if (registration.isCancelled() || registration.isWaiting()) {
            // Came after all: the seat they gave up, or waited for, is theirs (in the room, as a walk-in).
            registrar.seatInTheRoom(registration, event, signedInUser.getUserId(), now);
        }
        if (registration.markAttended(came)) {
            leads.recordOnTimeline(registration.getTenantId(), registration.getLeadId(), LeadEventKind.EVENT_ATTENDED,
                    signedInUser.getUserId(), "#" + event.getId() + " " + event.getTitleFr(), now);
        }
        return registration;
    }

    /**
     * Registers a person for the event as staff: captured at a fair (recruiter's device; {@code key} makes a
     * re-sent entry harmless) or walking in at the door (attended at once).
     */
    @Transactional
    public RegistrationReceipt registerAsStaff(long eventId, RegistrationRequest request, RegistrationChannel channel,
                                              String key) {
        return registerAsStaff(eventId, request, channel, key, null);
    }

    /**
     * As above, for an entry that a recruiter's device took at {@code capturedAt} and sends now (offline at the fair,
     * back online the next day): the person registered, came and consented then, not when the server heard of it.
     */
    @Transactional
    public RegistrationReceipt registerAsStaff(long eventId, RegistrationRequest request, RegistrationChannel channel,
                                              String key, Instant capturedAt) {
        return registerAsStaff(eventId, request, channel, key, capturedAt, null);
    }

    /**
     * As above, for a person whose language the recruiter chose at capture ({@code personLanguage}): their
     * confirmation and later e-mails are in it. Without one, the recruiter's own language is taken.
     */
    @Transactional
    public RegistrationReceipt registerAsStaff(long eventId, RegistrationRequest request, RegistrationChannel channel,
                                              String key, Instant capturedAt, Locale personLanguage) {
        return registerAsStaff(eventId, request, channel, key, capturedAt, personLanguage, null);
    }

    /**
     * As above, with the language of the page the recruiter read the consent sentences from, whose words the consents
     * keep ({@code null}: the recruiter's own language).
     */
    @Transactional
    public RegistrationReceipt registerAsStaff(long eventId, RegistrationRequest request, RegistrationChannel channel,
                                              String key, Instant capturedAt, Locale personLanguage,
                                              Locale pageLanguage) {
        requireStaff();
        existing(eventId);
        // The page the recruiter reads the consent sentences from speaks their language; the person's e-mails, the
        // one chosen for them.
        Locale recruiters = Languages.fromTag(signedInUser.getPreferredLocale() == null ? "fr"
                : signedInUser.getPreferredLocale().getLanguage());
        Locale language = personLanguage != null ? Languages.supported(personLanguage) : recruiters;
        Locale readIn = pageLanguage != null ? Languages.supported(pageLanguage) : recruiters;
        ContactDetails person;
        try {
            person = InquiryValidator.validateCapturedContact(request.firstName(), request.lastName(),
                    request.email(), request.phone(), request.countryOfResidence(), language);
        } catch (ca.tremplin.inquiry.InvalidInquiryException invalid) {
            // Every problem of the person met at the door at once, the consent box too: one round trip at a fair.
            if (request.consentToContact()) {
                throw invalid;
            }
            java.util.List<ca.tremplin.inquiry.FieldProblem> problems = new java.util.ArrayList<>(invalid.problems());
            problems.add(EventRegistrar.consentNotRead());
            throw new ca.tremplin.inquiry.InvalidInquiryException(problems);
        }
        String storedKey = "staff:" + signedInUser.getUserId() + ":" + (key == null || key.isBlank()
                ? UUID.randomUUID().toString() : key.strip());
        return registrar.register(eventId, person, null, request, channel, storedKey, null, signedInUser.getUserId(),
                ca.tremplin.web.CampaignTouches.NONE, readIn, capturedWhen(capturedAt, clock.instant()));
    }

    /** How long a device may keep entries before sending them: a fair's trip home, a weekend. */
    static final java.time.Duration LONGEST_KEPT_ON_A_DEVICE = java.time.Duration.ofDays(14);

    /**
     * When an entry is recorded: when the device took it, if that is plausible (not ahead of the server's clock — a
     * device's clock may be a little ahead —, not older than {@link #LONGEST_KEPT_ON_A_DEVICE}), else now.
     */
    static Instant capturedWhen(Instant capturedAt, Instant now) {
        if (capturedAt == null || capturedAt.isAfter(now) || capturedAt.isBefore(now.minus(LONGEST_KEPT_ON_A_DEVICE))) {
            return now;
        }
        return capturedAt;
    }

    /**
     * The organising centre's published programs, for the capture form's "programs of interest", as every list of
     * programs is ordered ({@link ca.tremplin.catalog.ProgramOrder}).
     */
    @Transactional
    public List<ProgramChoice> programChoices(long eventId, Locale language) {
        requireStaff();
        Event event = existing(eventId);
        boolean english = Languages.isEnglish(language);
        java.util.function.Function<Object[], String> title = row -> english && row[3] != null ? (String) row[3]
                : (String) row[2];
        return ca.tremplin.catalog.ProgramOrder.sorted(events.publishedProgramTitles(event.getTenantId()), language,
                        row -> (ca.tremplin.catalog.ProgramType) row[4], title).stream()
                .map(row -> new ProgramChoice((Long) row[0], row[1] + " — " + title.apply(row))).toList();
    }

    private void requireStaff() {
        signedInUser.require(Role.RECRUITER, Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
    }

    private EventMails.Sender sender(Event event) {
        return new EventMails.Sender(tenants.findById(event.getTenantId()).orElse(null), mailSender.address(),
                clock.instant());
    }

    private Event existing(long id) {
        return events.find(id).orElseThrow(() -> new NotFoundException("event " + id));
    }

    private static void checkVersion(long stored, long expected) {
        if (stored != expected) {
            throw new BusinessRuleException("event.conflict");
        }
    }

    /**
     * When and where, as the confirmation and the calendar file told each registrant: an online event's link, an
     * event in person's place (a venue typed for an online event, or a link for one in person, is shown nowhere, and
     * changing it tells no one).
     */
    static List<Object> whatRegistrantsWereTold(Event event) {
        return event.isVirtual()
                ? java.util.Arrays.asList(event.getStartsAt(), event.getEndsAt(), true, event.getOnlineUrl())
                : java.util.Arrays.asList(event.getStartsAt(), event.getEndsAt(), false, event.getVenue(),
                        event.getCity(), event.getCountry());
    }

    /**
     * A published event moved (its time, place or link): each registrant with an address is told, in their language
     * and zone, with a calendar file whose higher sequence updates the one they added; each person waiting for a seat
     * is told too, with their place and the link to leave the list (no file: nothing is in their calendar yet), since
     * a new time may be one they can no longer come at.
     */
    private void tellRegistrantsOfTheChange(Event event) {
        EventMails.Sender sender = sender(event);
        for (EventRegistration registration : events.activeRegistrations(event.getId())) {
            if (registration.getEmail() != null) {
                outbox.enqueue(event.getTenantId(), EventMails.change(event, sender, registration,
                        cancellations.newLink(registration)));
            }
        }
        for (EventRegistration waiting : events.allWaiting(event.getId())) {
            if (waiting.getEmail() != null) {
                outbox.enqueue(event.getTenantId(), EventMails.waitlistChange(event, waiting,
                        cancellations.newLink(waiting)));
            }
        }
    }

    /** A description's column (TEXT) holds 65,535 bytes: a character takes up to four. */
    static final int DESCRIPTION_BYTES = 65_535;

    private static boolean webAddress(String text) {
        try {
            java.net.URI address = new java.net.URI(text.strip());
            return ("https".equalsIgnoreCase(address.getScheme()) || "http".equalsIgnoreCase(address.getScheme()))
                    && address.getHost() != null && address.getHost().contains(".");
        } catch (java.net.URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static void checkPlace(Event event) {
        if (event.getTitleFr() == null || event.getTitleFr().isBlank()) {
            throw new BusinessRuleException("event.invalid.title");
        }
        if (event.getTitleEn() == null || event.getTitleEn().isBlank()) {
            event.setTitleEn(event.getTitleFr());
        }
        if (event.isVirtual() ? blank(event.getOnlineUrl()) : blank(event.getCity()) || blank(event.getCountry())) {
            throw new BusinessRuleException(event.isVirtual() ? "event.invalid.link" : "event.invalid.place");
        }
        if (event.isVirtual() && !webAddress(event.getOnlineUrl())) {
            // It goes into the confirmation e-mail and the calendar file: "Zoom, ID 123" or a javascript: address
            // would be sent to every registrant.
            throw new BusinessRuleException("event.invalid.linkNotAddress");
        }
        if (event.isVirtual()) {
            event.setOnlineUrl(event.getOnlineUrl().strip());
        }
        for (String description : new String[] {event.getDescriptionFr(), event.getDescriptionEn()}) {
            if (description != null
                    && description.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > DESCRIPTION_BYTES) {
                throw new BusinessRuleException("event.invalid.descriptionTooLong", DESCRIPTION_BYTES / 4);
            }
        }
        for (String[] field : new String[][] {{event.getTitleFr(), "200"}, {event.getTitleEn(), "200"},
                {event.getVenue(), "200"}, {event.getCity(), "100"}, {event.getOnlineUrl(), "500"}}) {
            if (field[0] != null && field[0].length() > Integer.parseInt(field[1])) {
                throw new BusinessRuleException("event.invalid.tooLong", field[0].substring(0, 30) + "…",
                        Integer.parseInt(field[1]));
            }
        }
        if (event.getCostCad() != null && event.getCostCad().signum() < 0) {
            throw new BusinessRuleException("event.invalid.cost");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Collections the pages show, read while the transaction is open. */
    private static Event loaded(Event event) {
        event.getParticipatingTenantIds().size();
        event.getRecruiterIds().size();
        event.getProgramIds().size();
        return event;
    }

    /**
     * The seats held (neither given up nor waiting), those who came among them — a person who came keeps their seat
     * ({@link EventRegistration#hasCome}), so the two are counted over the same registrations, as the funnel reports
     * and the campaigns count them — and, once the event is over, no-shows; {@code takesAttendance} false for a
     * cancelled event, at which nobody is checked in nor added at the door, and nobody is a no-show.
     */
    public record Attendance(long registered, long attended, long noShows, boolean over, boolean takesAttendance)
            implements java.io.Serializable {

        static Attendance of(Event event, long registered, long attended, Instant now) {
            boolean over = !event.getEndsAt().isAfter(now);
            boolean takesAttendance = event.takesAttendance();
            return new Attendance(registered, attended,
                    over && takesAttendance ? Math.max(0, registered - attended) : 0, over, takesAttendance);
        }

        /** Whoever holds a seat and did not come is a no-show: once an event that took place is over. */
        public boolean noShowsKnown() {
            return over && takesAttendance;
        }

        /** Staff may give up a registrant's seat for them: the event is neither over nor cancelled. */
        public boolean seatsMayBeGivenUp() {
            return !over && takesAttendance;
        }
    }
}
