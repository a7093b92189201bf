package ca.tremplin.inquiry;

import ca.tremplin.kernel.MissingValue;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.PhoneNumbers;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.web.LanguagePreference;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request, opened by a recruiter: the person, their requests and timeline, the programs asked about with
 * their next intakes; and what to do next — reply from a template, log a call, mark contacted, reassign, or
 * (coordinating organisation) hand over to a centre.
 */
@Named
@ViewScoped
public class InquiryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InboxService inbox;

    @Inject
    InquirySettingsService settings;

    @Inject
    RequestTakeBack takeBacks;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    private Long id;
    private transient InquiryDetail detail;
    private transient ca.tremplin.person.MergedOrigins mergedOrigins;
    private transient java.util.Map<Long, String> centreNames;
    /**
     * The request's version as this page showed it, posted back with each action (the page's hidden field): a reply
     * from a page someone acted on since is refused — a colleague, or this page's own first click when a button is
     * clicked twice, or a form sent again by the browser's reload. The bean outlives each post of its page, so the
     * version it last read would not tell.
     */
    private long shownVersion;
    private List<ReplyTemplate> templates;
    private Map<Long, String> staff;
    private Long templateId;
    private String callNote;
    private Long reassignTo;
    private Long schoolBoardId;

    /** View action; another centre's id answers 404. */
    public void load() {
        if (id == null) {
            throw new ca.tremplin.kernel.NotFoundException("no id");
        }
        detail = inbox.open(id);
        shownVersion = detail.routed().getVersion();
        if (templates == null) {
            staff = inbox.staffNames();
            String lang = detail.lead().getLanguage();
            // The person's language first; a template is chosen for them only when it is the one in their language:
            // among several ("Premier contact", "Documents à fournir"), the first by name was sent by a click on
            // "Reply" to a person nobody had answered yet. A mail cannot be taken back: the recruiter chooses.
            templates = settings.templates().stream()
                    .sorted(java.util.Comparator.comparing(t -> !t.getLanguage().equals(lang))).toList();
            List<ReplyTemplate> inTheirLanguage = templates.stream().filter(t -> t.getLanguage().equals(lang))
                    .toList();
            templateId = inTheirLanguage.size() == 1 ? inTheirLanguage.get(0).getId()
                    : templates.size() == 1 ? templates.get(0).getId() : null;
            // The menu starts on whom the request is with: "Reassign" left as it is changes nothing.
            reassignTo = detail.routed().getAssignedTo();
        }
    }

    public long getShownVersion() {
        return shownVersion;
    }

    public void setShownVersion(long shownVersion) {
        this.shownVersion = shownVersion;
    }

    public void reply() {
        if (templateId == null) {
            messages.error("inbox.chooseTemplate");
            return;
        }
        long shown = shownVersion;
        act(() -> inbox.reply(id, templateId, shown), "inbox.replySent");
    }

    public void logCall() {
        long shown = shownVersion;
        if (act(() -> inbox.logCall(id, callNote, shown), "inbox.callLogged")) {
            callNote = null;
        }
    }

    public void markContacted() {
        long shown = shownVersion;
        act(() -> inbox.markContacted(id, shown), "inbox.markedContacted");
    }

    public void reassign() {
        if (reassignTo != null && !reassignTo.equals(detail.routed().getAssignedTo())) {
            long shown = shownVersion;
            act(() -> inbox.reassign(id, reassignTo, shown), "inbox.reassigned");
        } else {
            reload();
        }
    }

    /**
     * Runs an action on the request and shows it again: a refusal (consent withdrawn, someone acted meanwhile) is
     * said on the page, and what was typed for it (a call's note) stays.
     */
    private boolean act(Runnable action, String doneKey) {
        boolean done;
        try {
            action.run();
            messages.info(doneKey);
            done = true;
        } catch (BusinessRuleException refused) {
            messages.explain(refused);
            done = false;
        }
        reload();
        return done;
    }

    public void handOver() {
        if (schoolBoardId == null) {
            return;
        }
        try {
            InboxService.HandOver done = inbox.handOver(id, schoolBoardId);
            messages.info(done == InboxService.HandOver.ANSWERED_THERE ? "inbox.answeredThere" : "inbox.handedOver");
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
        reload();
    }

    /** A centre's staff send the request back to the coordinating organisation, which hands it to the right centre. */
    public void sendBack() {
        long shown = shownVersion;
        act(() -> inbox.sendBack(id, shown), "inbox.sentBack");
    }

    /**
     * The coordinating organisation takes back a request it handed to a centre that has not touched it: the page says
     * whether the person's record at the centre went with it or stays there for what else it holds, and whether the
     * person's mail naming that centre was withdrawn or had left already.
     */
    public void takeBack() {
        long shown = shownVersion;
        try {
            RequestTakeBack.TakenBack takenBack = takeBacks.takeBack(id, shown);
            messages.info(takenBack.outcome() == RequestTakeBack.Outcome.RECORD_REMOVED ? "inbox.takenBack"
                    : "inbox.takenBackRecordKept");
            switch (takenBack.notice()) {
                case WITHDRAWN -> messages.info("inbox.takenBackNoticeWithdrawn");
                case SENT -> messages.info("inbox.takenBackNoticeSent");
                case NONE -> { }
            }
        } catch (BusinessRuleException refused) {
            messages.explain(refused);
        }
        reload();
    }

    public void startWorking() {
        inbox.startWorking(id);
        reload();
    }

    private void reload() {
        detail = inbox.view(id);
        // The menu offers who can take the request now: a colleague who left since is no longer one to choose.
        staff = inbox.staffNames();
        shownVersion = detail.routed().getVersion();
        // The menu shows whom the request is with now (a colleague may have reassigned it meanwhile): "Reassign" left
        // as it is changes nothing, rather than taking the request back.
        reassignTo = detail.routed().getAssignedTo();
    }

    public String staffName(Long userId) {
        return userId == null ? MissingValue.MARK : staff.getOrDefault(userId, MissingValue.MARK);
    }

    /**
     * A timeline line's detail with its codes named in the reader's language (fields, stages, values given, the centre
     * a request was handed to).
     */
    public String timelineDetail(ca.tremplin.person.LeadEvent event) {
        return ca.tremplin.person.TimelineDetails.detail(event.getKind(), event.getDetail(), language.getLocale(),
                this::centreName);
    }

    /** A centre the request was handed to, by its name of today in the reader's language, read once per page. */
    private String centreName(long tenantId) {
        if (centreNames == null) {
            centreNames = new java.util.HashMap<>();
        }
        return centreNames.computeIfAbsent(tenantId,
                key -> inbox.centreName(key, language.getLocale()).orElse(null));
    }

    /**
     * For a line a merge moved to the person's lead, the record it was written on, as the lead's page says it; null
     * for the lead's own lines.
     */
    public String mergedOrigin(ca.tremplin.person.LeadEvent event) {
        if (mergedOrigins == null) {
            mergedOrigins = new ca.tremplin.person.MergedOrigins(inbox::mergedRecordName);
        }
        return mergedOrigins.of(event.getMergedFromLeadId(), language.getLocale());
    }

    /** "15 févr. 2027, 15 avr. 2027" — the next intakes in the page's language. */
    public String intakes(InquiryDetail.ProgramIntakes program) {
        if (program.nextIntakes().isEmpty()) {
            return MissingValue.MARK;
        }
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(language.getLocale());
        return String.join(", ", program.nextIntakes().stream().map(format::format).toList());
    }

    /** The centre the person chose on the form, for the coordination's page: its name, "—" when none. */
    public String chosenCentre() {
        return getDetail().chosenCentreName(language.getLocale());
    }

    /** The centre of a part of the request, the coordination's own said to be this page. */
    public String partCentre(InquiryDetail.RequestPart part) {
        String centre = part.centre(language.getLocale());
        return part.routedId() == getDetail().routed().getId()
                ? ca.tremplin.kernel.Messages.get(language.getLocale(), "inbox.parts.thisPage", centre) : centre;
    }

    /** The programs asked of a part's centre, "DEP 5195 — Soudage-montage, …"; "—" when none. */
    public String partPrograms(InquiryDetail.RequestPart part) {
        return part.programs().isEmpty() ? MissingValue.MARK : String.join(", ", part.programs().stream()
                .map(program -> program.named(language.getLocale())).toList());
    }

    /** Where a part stands, in words, with the centre it was handed to. */
    public String partState(InquiryDetail.RequestPart part) {
        java.util.Locale reader = language.getLocale();
        String state = ca.tremplin.kernel.Messages.get(reader, "inquiry.status." + part.status().name());
        return part.handedTo(reader) == null ? state
                : ca.tremplin.kernel.Messages.get(reader, "inbox.parts.handedTo", state, part.handedTo(reader));
    }

    public String phone() {
        return PhoneNumbers.formatted(detail.lead().getPhoneE164());
    }

    public String country(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(language.getLocale());
    }

    public List<Tenant> getSchoolBoards() {
        return inbox.schoolBoards();
    }

    public InquiryDetail getDetail() {
        if (detail == null && id != null) {
            reload();
        }
        return detail;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<ReplyTemplate> getTemplates() {
        return templates;
    }

    public Map<Long, String> getStaff() {
        return staff;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getCallNote() {
        return callNote;
    }

    public void setCallNote(String callNote) {
        this.callNote = callNote;
    }

    public Long getReassignTo() {
        return reassignTo;
    }

    public void setReassignTo(Long reassignTo) {
        this.reassignTo = reassignTo;
    }

    public Long getSchoolBoardId() {
        return schoolBoardId;
    }

    public void setSchoolBoardId(Long schoolBoardId) {
        this.schoolBoardId = schoolBoardId;
    }

    /** The person's language named in the reader's ("French", "anglais"), not its code. */
    public String languageName(String code) {
        return ca.tremplin.kernel.Languages.name(code, language.getLocale());
    }
}
