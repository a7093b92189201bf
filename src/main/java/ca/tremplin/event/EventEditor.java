package ca.tremplin.event;

import ca.tremplin.inquiry.FieldProblem;
import ca.tremplin.inquiry.InvalidInquiryException;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Messages;
import ca.tremplin.web.LanguagePreference;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One event in the back office: its form (times typed in the event's own zone), publish and cancel, and its
 * registrations for check-in at the door, walk-ins added on the spot, and attendance once it is over.
 */
@Named
@ViewScoped
public class EventEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventService events;

    @Inject
    StaffRegistrations staffRegistrations;

    @Inject
    LanguagePreference language;

    @Inject
    HttpServletRequest request;

    private Long id;
    private Event event = newEvent();
    private LocalDateTime localStart;
    private LocalDateTime localEnd;
    private String zone = "America/Montreal";
    private String languages = "fr,en";
    private String search;
    private EventChoices choices;
    private List<Long> participants = new java.util.ArrayList<>();
    private List<Long> recruiters = new java.util.ArrayList<>();
    private List<Long> programs = new java.util.ArrayList<>();
    private List<EventRegistration> registrations = List.of();
    private EventService.Attendance attendance;
    private CapturedPerson walkIn = newWalkIn();
    private String walkInKey = UUID.randomUUID().toString();

    /** View action: loads the event named by {@code ?id=}, or starts a new one. */
    public void load() {
        if (id != null && (event.getId() == null || !event.getId().equals(id))) {
            show(events.find(id));
        }
        if (choices == null) {
            choices = events.choices(language.getLocale(), event.getId() == null ? null : event);
        }
    }

    public void save() {
        event.setParticipatingTenantIds(new java.util.LinkedHashSet<>(participants));
        event.setRecruiterIds(new java.util.LinkedHashSet<>(recruiters));
        event.setProgramIds(new java.util.LinkedHashSet<>(programs));
        boolean created = event.getId() == null;
        try {
            event.setLanguageList(EventLanguages.parse(languages));
            show(events.save(event, localStart, localEnd, zone));
            info("eventsAdmin.saved");
        } catch (BusinessRuleException refused) {
            error(refused.localizedMessage(language.getLocale()));
            return;
        }
        if (created) {
            // A new event gets its own address, as a program or an offer does: a reload, a bookmark or a tablet that
            // lost the page finds the event saved, not an empty form that invites making it twice.
            jakarta.faces.context.ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            try {
                external.redirect(external.getRequestContextPath() + "/admin/event.xhtml?id=" + event.getId());
            } catch (java.io.IOException unreachable) {
                throw new java.io.UncheckedIOException(unreachable);
            }
        }
    }

    public void publish() {
        try {
            show(events.publish(event.getId(), event.getVersion()));
            info("eventsAdmin.published");
        } catch (BusinessRuleException refused) {
            error(refused.localizedMessage(language.getLocale()));
        }
    }

    public void cancel() {
        try {
            show(events.cancel(event.getId(), event.getVersion()));
            info("eventsAdmin.cancelled");
        } catch (BusinessRuleException refused) {
            error(refused.localizedMessage(language.getLocale()));
        }
    }

    public void searchRegistrations() {
        registrations = events.registrations(event.getId(), search);
        attendance = events.attendance(event.getId());
    }

    public void checkIn(long registrationId) {
        events.checkIn(registrationId);
        searchRegistrations();
    }

    /** Gives up a registrant's seat for them (the person asked); the list shows it cancelled. */
    public void cancelRegistration(long registrationId) {
        events.cancelRegistration(registrationId);
        searchRegistrations();
    }

    public void addWalkIn() {
        try {
            RegistrationReceipt receipt = staffRegistrations.register(event.getId(), walkIn.toRequest(),
                    RegistrationChannel.WALK_IN, walkInKey, null, walkIn.languageOrNull(), language.getLocale());
            walkIn = newWalkIn();
            walkInKey = UUID.randomUUID().toString();
            // Registered already (by the form, a capture, an earlier walk-in): one registration, marked present, said so.
            info(receipt.alreadyRegistered() ? "eventsAdmin.walkInAlreadyRegistered" : "eventsAdmin.walkInAdded");
            searchRegistrations();
        } catch (InvalidInquiryException invalid) {
            // Each message names its field and is tied to it (the field is marked invalid for screen readers too).
            Locale locale = language.getLocale();
            for (FieldProblem problem : invalid.problems()) {
                // "E-mail or phone: …" names its two fields itself, and is tied to neither; the consent's message says
                // which box it is about, and is tied to it.
                boolean bothFields = "inquiry.invalid.emailOrPhone".equals(problem.messageKey());
                String label = bothFields || "eventsAdmin.consentNotRead".equals(problem.messageKey()) ? null
                        : WALK_IN_LABELS.get(problem.field());
                String text = label == null ? problem.message(locale) : ca.tremplin.kernel.Messages.get(locale, label)
                        + (ca.tremplin.kernel.Languages.isEnglish(locale) ? ": " : " : ") + problem.message(locale);
                String component = "countryOfResidence".equals(problem.field()) ? "country" : problem.field();
                boolean known = WALK_IN_LABELS.containsKey(problem.field());
                FacesContext.getCurrentInstance().addMessage(bothFields || !known ? null : "walkin:" + component,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        } catch (BusinessRuleException refused) {
            error(refused.localizedMessage(language.getLocale()));
        }
    }

    /** The walk-in form's fields, by the names a refused field is given, and their labels. */
    private static final java.util.Map<String, String> WALK_IN_LABELS = java.util.Map.of(
            "firstName", "inquiry.form.firstName", "lastName", "inquiry.form.lastName",
            "email", "inquiry.form.email", "phone", "inquiry.form.phone",
            "countryOfResidence", "eventsAdmin.country", "consentToContact", "capture.consentRead");

    public String getPublicPath() {
        Locale locale = language.getLocale();
        return request.getContextPath() + EventPaths.page(event.getId(), event.title(locale), locale);
    }

    public String registeredAt(EventRegistration registration) {
        return registration.getAttendedAt() == null ? "" : EventTimes.time(registration.getAttendedAt(),
                event.zone(), language.getLocale());
    }

    private void show(Event loaded) {
        event = loaded;
        id = loaded.getId();
        zone = loaded.getZoneId();
        localStart = LocalDateTime.ofInstant(loaded.getStartsAt(), loaded.zone());
        localEnd = LocalDateTime.ofInstant(loaded.getEndsAt(), loaded.zone());
        languages = loaded.getLanguages();
        participants = new java.util.ArrayList<>(loaded.getParticipatingTenantIds());
        recruiters = new java.util.ArrayList<>(loaded.getRecruiterIds());
        programs = new java.util.ArrayList<>(loaded.getProgramIds());
        if (loaded.getStatus() != EventStatus.DRAFT) {
            searchRegistrations();
        }
    }

    private static Event newEvent() {
        Event fresh = new Event();
        fresh.setVirtual(true);
        return fresh;
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.get(language.getLocale(), key), null));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public EventType[] getTypes() { return EventType.values(); }
    public List<EventZones.Choice> getZones() {
        return EventZones.choices(language.getLocale(), java.time.Instant.now(), zone);
    }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Event getEvent() { return event; }
    public LocalDateTime getLocalStart() { return localStart; }
    public void setLocalStart(LocalDateTime localStart) { this.localStart = localStart; }
    public LocalDateTime getLocalEnd() { return localEnd; }
    public void setLocalEnd(LocalDateTime localEnd) { this.localEnd = localEnd; }
    public String getZone() { return zone; }
    public void setZone(String zone) { this.zone = zone; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages == null ? "fr" : languages; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public List<EventRegistration> getRegistrations() { return registrations; }
    public EventService.Attendance getAttendance() { return attendance; }
    public CapturedPerson getWalkIn() { return walkIn; }

    /** A walk-in's form, the person's language first offered as the page's (the recruiter changes it if need be). */
    private CapturedPerson newWalkIn() {
        CapturedPerson person = new CapturedPerson();
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        person.setLanguage(faces != null && faces.getViewRoot() != null
                && ca.tremplin.kernel.Languages.isEnglish(faces.getViewRoot().getLocale()) ? "en" : "fr");
        return person;
    }
    public EventChoices getChoices() { return choices; }
    public List<Long> getParticipants() { return participants; }
    public void setParticipants(List<Long> participants) { this.participants = participants; }
    public List<Long> getRecruiters() { return recruiters; }
    public void setRecruiters(List<Long> recruiters) { this.recruiters = recruiters; }
    public List<Long> getPrograms() { return programs; }
    public void setPrograms(List<Long> programs) { this.programs = programs; }
}
