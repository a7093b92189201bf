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
import java.util.Map;
import java.util.UUID;

/**
 * One event in the back office: its form (times typed in the event's own zone), publish and cancel, its
 * registrations for check-in at the door, walk-ins added on the spot, and attendance once it is over, and its waiting
 * list (who waits for a seat, since when, in which order), from which staff may take someone off.
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

    @Inject
    ca.tremplin.security.EmptyLists emptyLists;

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
    private List<EventRegistration> waiting = List.of();
    private EventService.Attendance attendance;
    private CapturedPerson walkIn = newWalkIn();
    private String walkInKey = UUID.randomUUID().toString();
    /** The form as loaded or last saved, to tell a colleague's changes from this person's on a conflict. */
    private Map<String, Object> loadedForm = Map.of();
    private final ca.tremplin.security.ShownHistory history = new ca.tremplin.security.ShownHistory();

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
            if ("event.conflict".equals(refused.messageKey()) && !created) {
                keepTypedOverColleaguesSave();
                return;
            }
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
            Event published = events.publish(event.getId(), event.getVersion());
            show(published);
            // An event already over is published for its record and its page ("this event took place"): nobody
            // can register for it, so the message does not say registration is open.
            info(published.isOpenAt(java.time.Instant.now()) ? "eventsAdmin.published" : "eventsAdmin.publishedPast");
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

    /** Who changed the event, when, from what to what: the newest lines first. */
    public ca.tremplin.security.ChangeLines getHistory() {
        return event.getId() == null ? ca.tremplin.security.ChangeLines.NONE
                : history.lines(most -> events.history(event.getId(), most));
    }

    public void showMoreHistory() {
        history.showMore();
    }

    public void searchRegistrations() {
        registrations = events.registrations(event.getId(), search);
        attendance = events.attendance(event.getId());
    }

    /** The registrants as searched, and the waiting list, which a seat given up or a walk-in may change. */
    private void showSeats() {
        searchRegistrations();
        waiting = events.waitingList(event.getId());
    }

    /**
     * The key of what a check-in or a seat given up answers, which the check-in list's own messages show: a walk-in's
     * answer, global, updates that list too, and is said in the walk-in's form.
     */
    static final String CHECK_IN_MESSAGES = "checkin";

    /** Checks a registrant in; refused, with why, at an event cancelled meanwhile (in another tab, by a colleague). */
    public void checkIn(long registrationId) {
        try {
            events.checkIn(registrationId);
        } catch (BusinessRuleException refused) {
            checkInError(refused);
        }
        searchRegistrations();
    }

    /**
     * Gives up a registrant's seat for them (the person asked); the list shows it cancelled, and the first person
     * waiting, given the seat, moves from the waiting list to the registrants. A person checked in meanwhile came, and
     * keeps their seat, and an event over or cancelled meanwhile has no seat to give up, which is said.
     */
    public void cancelRegistration(long registrationId) {
        try {
            events.cancelRegistration(registrationId);
        } catch (BusinessRuleException refused) {
            checkInError(refused);
        }
        showSeats();
    }

    private void checkInError(BusinessRuleException refused) {
        FacesContext.getCurrentInstance().addMessage(CHECK_IN_MESSAGES, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                refused.localizedMessage(language.getLocale()), null));
    }

    /** Takes a person off the waiting list (they asked, or will not come); they are told by e-mail. */
    public void removeFromWaitingList(long registrationId) {
        try {
            events.removeFromWaitingList(registrationId);
            info("eventsAdmin.removedFromWaitingList");
        } catch (BusinessRuleException refused) {
            error(refused.localizedMessage(language.getLocale()));
        }
        showSeats();
    }

    /** Since when a person waits, in the event's zone as the page's other times. */
    public String waitingSince(EventRegistration registration) {
        return registration.getWaitlistedAt() == null ? "" : EventTimes.dateTime(registration.getWaitlistedAt(),
                event.zone(), language.getLocale());
    }

    public void addWalkIn() {
        try {
            RegistrationReceipt receipt = staffRegistrations.register(event.getId(), walkIn.toRequest(),
                    RegistrationChannel.WALK_IN, walkInKey, null, walkIn.languageOrNull(), language.getLocale());
            walkIn = newWalkIn();
            walkInKey = UUID.randomUUID().toString();
            // Registered already (by the form, a capture, an earlier walk-in): one registration, marked present, said so.
            info(receipt.alreadyRegistered() ? "eventsAdmin.walkInAlreadyRegistered" : "eventsAdmin.walkInAdded");
            // A walk-in who was waiting for a seat is in the room now: off the waiting list.
            showSeats();
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

    /**
     * What the registrations table says while it is empty: how people come to be registered (its public page, a walk-in,
     * an imported list), or that nothing matches the search, with a way back to the whole list.
     */
    public ca.tremplin.security.EmptyList getEmptyRegistrations() {
        Locale locale = language.getLocale();
        java.time.Instant now = java.time.Instant.now();
        return emptyLists.ofRegistrations(search != null && !search.isBlank(), event.getId(),
                EventPaths.page(event.getId(), event.title(locale), locale), event.getStatus() == EventStatus.CANCELLED,
                event.isOpenAt(now), !event.getEndsAt().isAfter(now));
    }

    public String getPublicPath() {
        Locale locale = language.getLocale();
        return request.getContextPath() + EventPaths.page(event.getId(), event.title(locale), locale);
    }

    public String registeredAt(EventRegistration registration) {
        return registration.getAttendedAt() == null ? "" : EventTimes.time(registration.getAttendedAt(),
                event.zone(), language.getLocale());
    }

    /**
     * A colleague saved the event since this form was loaded: the form now holds the event as they left it, with
     * what this person changed kept over it (field by field, where the colleague left the field alone), not saved
     * yet. The page names the fields the colleague changed; where both changed one, the colleague's value shows and
     * this person's typed value is said beside it. Saved again, nothing of either is lost unseen.
     */
    private void keepTypedOverColleaguesSave() {
        Map<String, Object> typed = form();
        Map<String, Object> before = loadedForm;
        show(events.find(event.getId()));
        Map<String, Object> now = form();
        List<String> theirs = new java.util.ArrayList<>();
        List<String> bothChanged = new java.util.ArrayList<>();
        boolean kept = false;
        for (String field : typed.keySet()) {
            boolean theyChanged = !same(before.get(field), now.get(field));
            boolean iChanged = !same(before.get(field), typed.get(field));
            if (theyChanged) {
                theirs.add(Messages.get(language.getLocale(), "eventsAdmin." + field));
                if (iChanged && !same(typed.get(field), now.get(field))) {
                    bothChanged.add(Messages.get(language.getLocale(), "eventsAdmin." + field) + " « "
                            + shown(typed.get(field)) + " »");
                }
            } else if (iChanged) {
                put(field, typed.get(field));
                kept = true;
            }
        }
        error(Messages.get(language.getLocale(), "eventsAdmin.changedMeanwhile",
                theirs.isEmpty() ? "—" : String.join(", ", theirs)));
        if (!bothChanged.isEmpty()) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.get(language.getLocale(), "lead.yoursNotSaved", String.join(", ", bothChanged)), null));
        }
        if (kept) {
            info("eventsAdmin.typedKept");
        }
    }

    /** The form's values, by the name of their label's message ({@code eventsAdmin.<name>}). */
    private Map<String, Object> form() {
        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("type", event.getType());
        form.put("virtual", event.isVirtual());
        form.put("titleFr", blankAsNull(event.getTitleFr()));
        form.put("titleEn", blankAsNull(event.getTitleEn()));
        form.put("descriptionFr", blankAsNull(event.getDescriptionFr()));
        form.put("descriptionEn", blankAsNull(event.getDescriptionEn()));
        form.put("onlineUrl", blankAsNull(event.getOnlineUrl()));
        form.put("country", blankAsNull(event.getCountry()));
        form.put("city", blankAsNull(event.getCity()));
        form.put("venue", blankAsNull(event.getVenue()));
        form.put("start", localStart);
        form.put("end", localEnd);
        form.put("zone", zone);
        form.put("languages", blankAsNull(languages));
        form.put("participants", new java.util.LinkedHashSet<>(participants));
        form.put("recruiters", new java.util.LinkedHashSet<>(recruiters));
        form.put("programs", new java.util.LinkedHashSet<>(programs));
        form.put("campaign", event.getCampaignId());
        form.put("capacity", event.getCapacity());
        form.put("cost", event.getCostCad());
        return form;
    }

    @SuppressWarnings("unchecked")
    private void put(String field, Object value) {
        switch (field) {
            case "type" -> event.setType((EventType) value);
            case "virtual" -> event.setVirtual((Boolean) value);
            case "titleFr" -> event.setTitleFr((String) value);
            case "titleEn" -> event.setTitleEn((String) value);
            case "descriptionFr" -> event.setDescriptionFr((String) value);
            case "descriptionEn" -> event.setDescriptionEn((String) value);
            case "onlineUrl" -> event.setOnlineUrl((String) value);
            case "country" -> event.setCountry((String) value);
            case "city" -> event.setCity((String) value);
            case "venue" -> event.setVenue((String) value);
            case "start" -> localStart = (LocalDateTime) value;
            case "end" -> localEnd = (LocalDateTime) value;
            case "zone" -> zone = (String) value;
            case "languages" -> languages = (String) value;
            case "participants" -> participants = new java.util.ArrayList<>((java.util.Set<Long>) value);
            case "recruiters" -> recruiters = new java.util.ArrayList<>((java.util.Set<Long>) value);
            case "programs" -> programs = new java.util.ArrayList<>((java.util.Set<Long>) value);
            case "campaign" -> event.setCampaignId((Long) value);
            case "capacity" -> event.setCapacity((Integer) value);
            case "cost" -> event.setCostCad((java.math.BigDecimal) value);
            default -> throw new IllegalArgumentException(field);
        }
    }

    private static boolean same(Object one, Object other) {
        if (one instanceof java.math.BigDecimal amount && other instanceof java.math.BigDecimal again) {
            return amount.compareTo(again) == 0;
        }
        return java.util.Objects.equals(one, other);
    }

    private String shown(Object value) {
        return value == null ? "—" : value instanceof java.util.Collection<?> many ? String.valueOf(many.size())
                : String.valueOf(value);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void show(Event loaded) {
        event = loaded;
        history.forget();
        id = loaded.getId();
        zone = loaded.getZoneId();
        localStart = LocalDateTime.ofInstant(loaded.getStartsAt(), loaded.zone());
        localEnd = LocalDateTime.ofInstant(loaded.getEndsAt(), loaded.zone());
        languages = loaded.getLanguages();
        participants = new java.util.ArrayList<>(loaded.getParticipatingTenantIds());
        recruiters = new java.util.ArrayList<>(loaded.getRecruiterIds());
        programs = new java.util.ArrayList<>(loaded.getProgramIds());
        if (loaded.getStatus() != EventStatus.DRAFT) {
            showSeats();
        }
        loadedForm = form();
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
    /** The waiting list in its order: the first is given the next seat freed. */
    public List<EventRegistration> getWaiting() { return waiting; }
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

    /** Who among the staff chosen has left the centre ("" when nobody has), for the form to ask for a replacement. */
    public String getDepartedStaffChosen() {
        return choices == null || recruiters == null ? "" : choices.departedAmong(recruiters);
    }
    public List<Long> getParticipants() { return participants; }
    public void setParticipants(List<Long> participants) { this.participants = participants; }
    public List<Long> getRecruiters() { return recruiters; }
    public void setRecruiters(List<Long> recruiters) { this.recruiters = recruiters; }
    public List<Long> getPrograms() { return programs; }
    public void setPrograms(List<Long> programs) { this.programs = programs; }
}
