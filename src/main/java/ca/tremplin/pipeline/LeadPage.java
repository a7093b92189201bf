package ca.tremplin.pipeline;

import ca.tremplin.kernel.MissingValue;
import ca.tremplin.inquiry.BusinessHours;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.person.ConsentChannel;
import ca.tremplin.person.ConsentEntry;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.LeadAudit;
import ca.tremplin.person.LeadDetails;
import ca.tremplin.person.LeadEvent;
import ca.tremplin.person.LeadField;
import ca.tremplin.person.LeadStage;
import ca.tremplin.person.LeadTask;
import ca.tremplin.person.TaskKind;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.web.LanguagePreference;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * One lead, as a recruiter works on it: identity and contact (edited with the version it was loaded at), stage,
 * owner, tags, notes, tasks, possible duplicates, and the timeline paged twenty at a time; the audit for admins.
 */
@Named
@ViewScoped
public class LeadPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int TIMELINE_PAGE = 20;

    @Inject
    LeadService leads;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    @Inject
    SignedInUser signedInUser;

    @Inject
    ca.tremplin.person.PersonErasure erasure;

    @Inject
    ca.tremplin.applicant.DocumentReviewService documentReview;

    @Inject
    LeadConsents consents;

    private Long id;
    private transient LeadView view;
    private Map<Long, String> staff;
    private List<LostReason> lostReasons;
    private long loadedVersion;
    private HashMap<String, String> loaded = new HashMap<>();
    private HashMap<String, String> edited = new HashMap<>();
    private LeadField invalidField;
    private LeadStage targetStage;
    /** Whether the person is e-mailed the step reached (admitted, CAQ, study permit, enrolled). */
    private boolean tellPerson;
    private transient Map<Long, String> eventTitles;
    private transient Map<Long, String> centreNames;
    private transient ca.tremplin.person.MergedOrigins mergedOrigins;
    /** The stage the page shows, which a move names: a lead moved meanwhile by someone else is not moved again. */
    private LeadStage shownStage;
    private String reason;
    private Long lostReasonId;
    private Long ownerId;
    /** The owner the page showed when it was loaded: a colleague's change since is not overwritten unseen. */
    private Long shownOwnerId;
    private String newTag;
    private String note;
    private String taskTitle;
    private LocalDate taskDue;
    private Long taskAssignee;
    /** The colleague a task was refused for, deactivated since the page was drawn (kept as the menu's choice). */
    private Map.Entry<Long, String> goneColleague;
    private LazyDataModel<LeadEvent> timeline;
    private transient List<ca.tremplin.applicant.LeadDocument> documents;
    /** The documents' versions the page sent back with its post (see {@link #getShownDocuments}). */
    private ca.tremplin.applicant.ShownDocuments shownDocuments = ca.tremplin.applicant.ShownDocuments.read(null);
    private String rejectionReason;
    /** A document staff received another way, attached to the file: its kind and its file. */
    private ca.tremplin.applicant.DocumentKind attachedKind;
    private transient org.primefaces.model.file.UploadedFile attachedFile;
    private transient List<ca.tremplin.application.LeadApplication> applications;
    private transient LeadService.Journal journal;
    private transient LeadConsents.Standing consentStanding;
    private ConsentPurpose withdrawnPurpose;
    private ConsentChannel withdrawalChannel;
    private LocalDateTime withdrawalSaidAt;
    private String withdrawalNote;
    /** The note's and the task's forms, each saved once per showing whatever the delay between two sendings. */
    private final ca.tremplin.web.SubmissionTokens noteSubmissions = new ca.tremplin.web.SubmissionTokens();
    private final ca.tremplin.web.SubmissionTokens taskSubmissions = new ca.tremplin.web.SubmissionTokens();

    /**
     * View action; another centre's id answers 404. A merged lead's page (a link from an application, a bookmark)
     * opens the lead it lives on in.
     */
    public String load() {
        if (id == null) {
            throw new NotFoundException("no id");
        }
        Object carried = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash()
                .get(TYPED_NOTE);
        if (carried instanceof String typedNote && (note == null || note.isBlank())) {
            note = typedNote;
        }
        if (view == null) {
            java.util.Optional<Long> survivor = leads.survivorOf(id);
            if (survivor.isPresent()) {
                return "/admin/lead.xhtml?faces-redirect=true&id=" + survivor.get();
            }
            view = leads.view(id);
            reload(view);
            Object typedFields = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .getFlash().get(TYPED_FIELDS);
            if (typedFields instanceof Map<?, ?> typed && !typed.isEmpty()) {
                typed.forEach((field, value) -> edited.put(String.valueOf(field), (String) value));
                messages.info("lead.typedNotSaved");
            }
        }
        if (staff == null) {
            staff = leads.staffNames();
            lostReasons = leads.lostReasons();
            timeline = new TimelineModel(leads, id);
        }
        return null;
    }

    public void save() {
        Map<LeadField, String> original = new EnumMap<>(LeadField.class);
        Map<LeadField, String> changed = new EnumMap<>(LeadField.class);
        for (LeadField field : LeadField.values()) {
            original.put(field, loaded.get(field.name()));
            changed.put(field, edited.get(field.name()));
        }
        invalidField = null;
        try {
            leads.updateDetails(id, loadedVersion, original, changed);
            messages.info("lead.saved");
        } catch (LeadFieldRefusedException refused) {
            // Said at the top of the page (which takes the focus), and the field marked and tied to it.
            invalidField = refused.field();
            messages.explain(refused);
            view = leads.open(id);
            return;
        } catch (LeadConflictException conflict) {
            messages.explain(conflict);
            // The fields the colleague changed show their value now; what was typed in the others stays in them,
            // not saved yet, rather than retyped from memory.
            java.util.Set<LeadField> theirs = conflict.changes().stream().map(LeadConflictException.Change::field)
                    .collect(java.util.stream.Collectors.toSet());
            Map<String, String> typed = new HashMap<>();
            changed.forEach((field, value) -> {
                if (!theirs.contains(field) && !Objects.equals(blankAsNull(value), blankAsNull(original.get(field)))) {
                    typed.put(field.name(), value);
                }
            });
            // In the fields the colleague changed too, what this person typed is not lost from sight: said beside the
            // conflict, to compare with the value the field shows now and type again if it should win.
            String mine = conflict.changes().stream()
                    .filter(change -> changed.containsKey(change.field())
                            && !Objects.equals(blankAsNull(changed.get(change.field())),
                                    blankAsNull(original.get(change.field())))
                            && !Objects.equals(blankAsNull(changed.get(change.field())), blankAsNull(change.now())))
                    .map(change -> ca.tremplin.kernel.Messages.get(language.getLocale(), change.field().messageKey())
                            + " « " + (blankAsNull(changed.get(change.field())) == null ? "—"
                                    : changed.get(change.field()).strip()) + " »")
                    .collect(java.util.stream.Collectors.joining(", "));
            reload();
            if (!mine.isEmpty()) {
                messages.info("lead.yoursNotSaved", mine);
            }
            if (!typed.isEmpty()) {
                edited.putAll(typed);
                messages.info("lead.typedNotSaved");
            }
            return;
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
            if (LeadService.ERASED_MEANWHILE.equals(broken.messageKey())) {
                // Erased meanwhile: the page shows the record as the erasure left it, not the details just typed.
                reload();
            } else {
                view = leads.open(id);
            }
            return;
        } catch (ca.tremplin.kernel.NotFoundException gone) {
            // Merged into another record meanwhile: what was typed goes there, unsaved, for staff to look at; removed
            // (an import undone), the list opens and says so.
            toSurvivor();
            return;
        } catch (RuntimeException failed) {
            // The database gave the save up against a colleague's work on the same record at that instant: nothing
            // was written; said, and what was typed stays in the fields.
            if (!ca.tremplin.kernel.RolledBackRetries.raced(failed)) {
                throw failed;
            }
            messages.error("conflict.modifiedMeanwhile");
            return;
        }
        reload();
    }

    /** Accepts a proposal over the value this page showed for its field (refused if a colleague changed it since). */
    public void acceptProposal(long proposalId) {
        // The value comes from what the page loaded (kept in the view state); the proposals are read again if the
        // view moved to another server without them.
        String shown = (view != null ? view : leads.open(id)).proposals().stream().filter(proposal -> proposal.getId() == proposalId).findFirst()
                .map(proposal -> loaded.get(proposal.getField().name())).orElse(null);
        act(() -> leads.acceptProposal(id, proposalId, shown), "lead.proposalAccepted");
    }

    /** Staff confirm the address held undeliverable: the mail held for it leaves. */
    public void confirmAddress() {
        act(() -> leads.confirmAddress(id), "lead.addressConfirmed");
        heldMail = null;
    }

    /** The mail held for the address, read only when it is held undeliverable. */
    public List<ca.tremplin.mail.HeldMail> getHeldMail() {
        if (heldMail == null) {
            heldMail = getView() != null && view.lead().isEmailUndeliverable() ? leads.heldMail(id) : List.of();
        }
        return heldMail;
    }

    public void dismissProposal(long proposalId) {
        act(() -> leads.dismissProposal(id, proposalId), "lead.proposalDismissed");
    }

    public void changeStage() {
        move(new StageMove(id, shownStage, targetStage, reason, lostReasonId, tellPerson), false);
    }

    /**
     * "Yes" to the question of a move past an admission never recorded: the move as it was asked, of the lead it was
     * asked about — a "Yes" posted with another lead's number in the address (the page's id is read from each post's
     * address) moves nobody, and that lead's own move is asked about in turn.
     */
    public void confirmMoveWithoutAdmission() {
        unconfirmed.confirmed().filter(asked -> java.util.Objects.equals(asked.leadId(), id))
                .ifPresent(asked -> move(asked, true));
    }

    /** "No" to that question. */
    public void cancelMoveWithoutAdmission() {
        unconfirmed.decline(messages);
    }

    /** A move as the page asked it, kept while its question waits for an answer. */
    record StageMove(Long leadId, LeadStage shown, LeadStage target, String reason, Long lostReasonId,
                     boolean tellPerson)
            implements Serializable {
    }

    /** The move past an admission never recorded that waits for "Yes" or "No". */
    private final UnconfirmedMove<StageMove> unconfirmed = new UnconfirmedMove<>();
    /** The question the last action was answered with, for {@link #move} to keep with its move. */
    private transient AdmissionNotRecordedException asked;

    private void move(StageMove move, boolean withoutAdmission) {
        unconfirmed.forget();
        asked = null;
        boolean tell = move.tellPerson()
                && ca.tremplin.applicant.DocumentReviewService.ANNOUNCED.contains(move.target());
        boolean moved = act(() -> leads.changeStage(id, move.shown(), move.target(), move.reason(),
                move.lostReasonId(), withoutAdmission), "pipeline.stageChanged");
        if (asked != null) {
            unconfirmed.ask(move, asked.localizedMessage(language.getLocale()));
        }
        if (moved) {
            reason = null;
            tellPerson = false;
            if (tell) {
                // Once the stage is recorded: a person who cannot be written to leaves the step taken, and says why.
                act(() -> documentReview.announce(id), "applicant.milestoneSent");
            } else if (move.tellPerson()) {
                messages.info("applicant.notAnnounced");
            }
        }
    }

    /** The question of a move past an admission never recorded, while it waits for an answer; else null. */
    public String getAdmissionQuestion() { return unconfirmed.question(); }

    public boolean isTellPerson() { return tellPerson; }
    public void setTellPerson(boolean tellPerson) { this.tellPerson = tellPerson; }

    public void assign() {
        Long shown = shownOwnerId;
        Long chosen = ownerId;
        act(() -> leads.assignOwner(id, shown, chosen), "lead.ownerChanged");
    }

    public void addTag() {
        if (act(() -> leads.addTag(id, newTag), null)) {
            newTag = null;
        }
    }

    public void removeTag(String tag) {
        act(() -> leads.removeTag(id, tag), null);
    }

    /**
     * Adds the note; the same showing of the form sent again with the same text (pressed twice, sent again by the
     * browser after a slow answer) is told it was saved already, however long after, rather than kept twice. Another
     * text typed into an older copy of the form (the browser's Back) is saved: it is new.
     */
    public void addNote() {
        String sent = sentToken(NOTE_SUBMISSION);
        String typed = note;
        boolean again = noteSubmissions.alreadySaved(sent, typed);
        if (act(again ? () -> { } : () -> leads.addNote(id, typed),
                again ? "lead.noteAlreadySaved" : "lead.noteAdded")) {
            note = null;
            noteSubmissions.saved(sent, typed);
            savedNow(NOTE_SUBMISSION);
        }
    }

    /** A task refused (no due date...) keeps what was typed, as a note does; one sent again is kept once, as a note is. */
    public void addTask() {
        String sent = sentToken(TASK_SUBMISSION);
        String title = taskTitle;
        LocalDate due = taskDue;
        Long assignee = taskAssignee;
        boolean again = taskSubmissions.alreadySaved(sent, title, due, assignee);
        if (act(again ? () -> { } : () -> leads.addTask(id, title, due == null ? null
                : due.plusDays(1).atStartOfDay(BusinessHours.ZONE).minusMinutes(1).toInstant(), assignee),
                again ? "task.alreadySaved" : "task.added")) {
            taskTitle = null;
            taskDue = null;
            taskSubmissions.saved(sent, title, due, assignee);
            savedNow(TASK_SUBMISSION);
        }
    }

    /** The hidden fields of the note's and the task's forms that carry their showing's token. */
    static final String NOTE_SUBMISSION = "noteSubmission";
    static final String TASK_SUBMISSION = "taskSubmission";

    private static String sentToken(String field) {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(field);
    }

    /** Said to this answer only: the page tells the browser to forget the draft it kept of what was just saved. */
    private static void savedNow(String field) {
        jakarta.faces.context.FacesContext.getCurrentInstance().getAttributes().put(SAVED_NOW + field, Boolean.TRUE);
    }

    private static boolean isSavedNow(String field) {
        return Boolean.TRUE.equals(jakarta.faces.context.FacesContext.getCurrentInstance().getAttributes()
                .get(SAVED_NOW + field));
    }

    private static final String SAVED_NOW = LeadPage.class.getName() + ".savedNow.";

    public ca.tremplin.web.SubmissionTokens getNoteSubmissions() { return noteSubmissions; }
    public ca.tremplin.web.SubmissionTokens getTaskSubmissions() { return taskSubmissions; }
    /** Whether this answer follows the note's saving, in which case the browser forgets its draft (drafts.js). */
    public boolean isNoteSavedNow() { return isSavedNow(NOTE_SUBMISSION); }
    public boolean isTaskSavedNow() { return isSavedNow(TASK_SUBMISSION); }

    public void completeTask(long taskId) {
        act(() -> leads.completeTask(taskId), "task.done");
    }

    /** Merges a duplicate into this lead and says what the merge did beyond moving its history. */
    public void merge(long duplicateId) {
        LeadService.MergeOutcome[] outcome = new LeadService.MergeOutcome[1];
        if (!act(() -> outcome[0] = leads.merge(id, duplicateId), "lead.merged")) {
            return;
        }
        LeadService.MergeOutcome merged = outcome[0];
        if (merged.otherStage() != null) {
            // The stage the other record had reached is not this one's: said, rather than lost without a word.
            messages.info("lead.mergedOtherStage", new ca.tremplin.kernel.Messages.Phrase(merged.otherStage().messageKey()),
                    new ca.tremplin.kernel.Messages.Phrase(view.lead().getStage().messageKey()));
        }
        if (!merged.filled().isEmpty()) {
            messages.info("lead.mergedFilled", fieldNames(merged.filled()));
        }
        if (!merged.proposed().isEmpty()) {
            messages.info("lead.mergedProposed", fieldNames(merged.proposed()));
        }
        if (merged.ownerTaken() != null) {
            messages.info("lead.mergedOwner", merged.ownerTaken());
        }
    }

    private String fieldNames(List<LeadField> fields) {
        return fields.stream().map(field -> ca.tremplin.kernel.Messages.get(language.getLocale(), field.messageKey()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The person's erasure, confirmed by the centre's admin (its person in charge of personal information). */
    public void erase() {
        act(() -> erasure.eraseOnRequest(id), "erasure.erased");
        timeline = new TimelineModel(leads, id);
    }

    /** A withdrawal the person made by phone, letter, e-mail or in person, as the member of staff writes it down. */
    public void recordWithdrawal() {
        Instant saidAt = withdrawalSaidAt == null ? Instant.now()
                : withdrawalSaidAt.atZone(BusinessHours.ZONE).toInstant();
        act(() -> consents.recordWithdrawal(id, withdrawnPurpose, withdrawalChannel, saidAt, withdrawalNote),
                "consent.withdrawalRecorded");
        consentStanding = null;
        withdrawnPurpose = null;
        withdrawalChannel = null;
        withdrawalSaidAt = null;
        withdrawalNote = null;
    }

    /** The consent register, newest first: given, refused, withdrawn, word for word. */
    public List<ConsentEntry> getConsentHistory() {
        return getConsentStanding().history();
    }

    /** What stands now, as the person's own page, the mail and the lead list's file have it. */
    public LeadConsents.Standing getConsentStanding() {
        if (consentStanding == null) {
            consentStanding = consents.standing(id);
        }
        return consentStanding;
    }

    public List<ConsentPurpose> getChangeablePurposes() { return ConsentPurpose.CHANGEABLE; }
    public List<ConsentChannel> getStaffChannels() { return ConsentChannel.STAFF; }
    public ConsentPurpose getWithdrawnPurpose() { return withdrawnPurpose; }
    public void setWithdrawnPurpose(ConsentPurpose withdrawnPurpose) { this.withdrawnPurpose = withdrawnPurpose; }
    public ConsentChannel getWithdrawalChannel() { return withdrawalChannel; }
    public void setWithdrawalChannel(ConsentChannel withdrawalChannel) { this.withdrawalChannel = withdrawalChannel; }
    public LocalDateTime getWithdrawalSaidAt() { return withdrawalSaidAt; }
    public void setWithdrawalSaidAt(LocalDateTime withdrawalSaidAt) { this.withdrawalSaidAt = withdrawalSaidAt; }
    public String getWithdrawalNote() { return withdrawalNote; }
    public void setWithdrawalNote(String withdrawalNote) { this.withdrawalNote = withdrawalNote; }

    public void sendLink() {
        act(() -> documentReview.sendLink(id), "applicant.linkSent");
    }

    public void acceptDocument(long documentId) {
        long shown = shownDocuments.versionOf(documentId);
        act(() -> documentReview.accept(documentId, shown), "document.accepted");
    }

    public void rejectDocument(long documentId) {
        long shown = shownDocuments.versionOf(documentId);
        ca.tremplin.applicant.DocumentReviewService.RefusalTold[] told = {null};
        if (act(() -> told[0] = documentReview.reject(documentId, rejectionReason, shown), null)) {
            messages.info(switch (told[0]) {
                case MAILED -> "document.rejected";
                case NO_ADDRESS -> "document.rejectedNoAddress";
                case CONTACT_WITHDRAWN -> "document.rejectedNotTold";
            });
            rejectionReason = null;
        }
    }

    public List<ca.tremplin.application.LeadApplication> getApplications() {
        if (applications == null) {
            applications = jakarta.enterprise.inject.spi.CDI.current()
                    .select(ca.tremplin.application.ApplicationService.class).get().ofLead(id);
        }
        return applications;
    }

    public void attachDocument() {
        org.primefaces.model.file.UploadedFile file = attachedFile;
        if (act(() -> documentReview.attach(id, attachedKind, file == null ? null : file.getFileName(),
                file == null ? null : file.getContent()), "document.attached")) {
            attachedKind = null;
        }
    }

    /** The largest document the page lets go ({@code resources/js/file-limits.js}), and what it says of a larger one. */
    public long getMaxAttachedBytes() { return ca.tremplin.applicant.DocumentChecks.MAX_BYTES; }

    public String getAttachedTooLarge() {
        return ca.tremplin.applicant.DocumentChecks.tooLargeWhenChosen(language.getLocale());
    }

    /** What the person's file still needs at the lead's stage, as the person's own page lists it. */
    public List<ca.tremplin.applicant.DocumentKind> getDocumentsStillNeeded() {
        return ca.tremplin.applicant.DocumentKind.stillNeeded(getView().lead().getStage(), getDocuments());
    }

    public ca.tremplin.applicant.DocumentKind[] getDocumentKinds() { return ca.tremplin.applicant.DocumentKind.values(); }
    public ca.tremplin.applicant.DocumentKind getAttachedKind() { return attachedKind; }
    public void setAttachedKind(ca.tremplin.applicant.DocumentKind attachedKind) { this.attachedKind = attachedKind; }
    public org.primefaces.model.file.UploadedFile getAttachedFile() { return attachedFile; }
    public void setAttachedFile(org.primefaces.model.file.UploadedFile attachedFile) { this.attachedFile = attachedFile; }

    /**
     * The documents' versions as the page shows them, carried in the page (lead.xhtml) and read back with a decision:
     * one a colleague decided on since is told, and the page shows their decision.
     */
    public String getShownDocuments() {
        return ca.tremplin.applicant.ShownDocuments.of(getDocuments()).written();
    }

    public void setShownDocuments(String written) {
        shownDocuments = ca.tremplin.applicant.ShownDocuments.read(written);
    }

    public List<ca.tremplin.applicant.LeadDocument> getDocuments() {
        if (documents == null) {
            documents = documentReview.documents(id);
        }
        return documents;
    }

    public String getRejectionReason() { return rejectionReason; }
    public void setRejectionReason(String rejectionReason) { this.rejectionReason = rejectionReason; }

    /**
     * Read once per showing of the record: a form sent from the page evaluates it again while it decodes, and a record
     * merged meanwhile would answer "not found" there, before the action could say what happened.
     */
    public List<LeadAudit> getAudit() {
        return journal().lines();
    }

    private LeadService.Journal journal() {
        if (journal == null) {
            journal = signedInUser.isTenantAdmin() ? leads.journal(id) : new LeadService.Journal(List.of(), Map.of());
        }
        return journal;
    }

    /** Where an audit line's value came from, in the reader's language (an accepted value: from what first gave it). */
    public String auditSource(LeadAudit line) {
        return ca.tremplin.person.AuditSources.described(line, journal().proposalOf(line), staffName(line.getActorId()),
                language.getLocale());
    }

    /** What gave a proposed value, and its number (the record merged, for a merge). */
    public String proposalOrigin(ca.tremplin.person.LeadProposal proposal) {
        return ca.tremplin.person.AuditSources.origin(proposal.getSource(), proposal.getSourceRef(),
                language.getLocale());
    }

    public String staffName(Long userId) {
        return userId == null ? MissingValue.MARK : staff.getOrDefault(userId, MissingValue.MARK);
    }

    /**
     * A timeline line's detail as the reader should see it: a value another source gave is said in the reader's
     * language ("Phone: +33 … — information request form"), so are the codes a line was written with
     * ({@link TimelineText}); any other line's detail as it was written.
     */
    public String timelineDetail(LeadEvent event) {
        return TimelineText.detail(event.getKind(), event.getDetail(), language.getLocale(), this::eventTitle,
                this::centreName);
    }

    /**
     * For a line a merge moved to this lead, the record it was written on, in words under its detail; null for the
     * lead's own lines ({@link ca.tremplin.person.MergedOrigins}).
     */
    public String mergedOrigin(LeadEvent event) {
        if (mergedOrigins == null) {
            mergedOrigins = new ca.tremplin.person.MergedOrigins(leads::mergedRecordName);
        }
        return mergedOrigins.of(event.getMergedFromLeadId(), language.getLocale());
    }

    /** An event of the timeline by its title in the reader's language, read once per page. */
    private String eventTitle(long eventId) {
        if (eventTitles == null) {
            eventTitles = new HashMap<>();
        }
        return eventTitles.computeIfAbsent(eventId, key -> leads.eventTitle(key, language.getLocale()).orElse(null));
    }

    /** A centre a request was handed to, by its name of today in the reader's language, read once per page. */
    private String centreName(long tenantId) {
        if (centreNames == null) {
            centreNames = new HashMap<>();
        }
        return centreNames.computeIfAbsent(tenantId, key -> leads.centreName(key, language.getLocale()).orElse(null));
    }

    /** Another value given for a field, as the reader says it (a country by its name). */
    public String proposedValue(ca.tremplin.person.LeadProposal proposal) {
        return ca.tremplin.person.TimelineDetails.value(proposal.getField(), proposal.getProposedValue(),
                language.getLocale());
    }

    /** A language's name from its code, in the reader's language ("fr": "français", "French"). */
    public String languageName(String code) {
        return ca.tremplin.kernel.Languages.name(code, language.getLocale());
    }

    /** Where a consent was given, said in the reader's language (the record keeps its own words). */
    public String consentSource(String source) {
        return ca.tremplin.person.ConsentSources.described(source, language.getLocale());
    }

    public String country(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(language.getLocale());
    }

    public String taskTitle(LeadTask task) {
        return task.getKind() == TaskKind.FIRST_RESPONSE
                ? ca.tremplin.kernel.Messages.get(language.getLocale(), "task.first-response") : task.getTitle();
    }

    public boolean overdue(LeadTask task) {
        return task.isOverdueAt(java.time.Instant.now());
    }

    /**
     * Runs one of the page's actions and shows the lead again. The page is one form: what staff typed into the
     * person's details before clicking another button was sent with it, and is kept in the fields (not saved, and
     * said so) rather than replaced by the stored values. Returns whether the action was done, so that what was
     * typed for a refused one (a comment, a note) stays to be corrected.
     */
    /** The mail held for an undeliverable address, as last read; null until asked. */
    private List<ca.tremplin.mail.HeldMail> heldMail;

    private boolean act(Runnable action, String doneKey) {
        Map<String, String> typed = new HashMap<>();
        for (LeadField field : LeadField.values()) {
            String value = edited.get(field.name());
            if (!Objects.equals(blankAsNull(value), blankAsNull(loaded.get(field.name())))) {
                typed.put(field.name(), value);
            }
        }
        boolean done;
        try {
            action.run();
            if (doneKey != null) {
                messages.info(doneKey);
            }
            done = true;
        } catch (AdmissionNotRecordedException question) {
            // Not refused but asked: the page shows the question with "No" first, and nothing moved meanwhile.
            asked = question;
            done = false;
        } catch (ColleagueGoneException gone) {
            // The colleague chosen was deactivated since the menus were drawn: said, the menus read again without
            // them, and what was typed (a task's title and date) kept to be given to someone else.
            // The colleague stays the task's choice, named as gone (getColleagues): a menu put back on "me" would
            // give the task to the person at their next click without their choosing it.
            messages.explain(gone);
            if (taskAssignee != null && staff.containsKey(taskAssignee)) {
                goneColleague = new java.util.AbstractMap.SimpleImmutableEntry<>(taskAssignee, staff.get(taskAssignee));
            }
            staff = leads.staffNames();
            done = false;
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
            done = false;
        } catch (ca.tremplin.kernel.NotFoundException gone) {
            toSurvivor();
            return false;
        } catch (RuntimeException failed) {
            // The same action sent twice at once, or by two people: the database refused the second.
            if (!ca.tremplin.kernel.RolledBackRetries.raced(failed)) {
                throw failed;
            }
            messages.error("conflict.modifiedMeanwhile");
            done = false;
        }
        try {
            reload();
        } catch (ca.tremplin.kernel.NotFoundException gone) {
            toSurvivor();
            return done;
        }
        if (!typed.isEmpty() && view != null) {
            edited.putAll(typed);
            messages.info("lead.typedNotSaved");
        }
        return done;
    }

    /** The flash entry that carries a note typed on a record merged meanwhile to the record it was merged into. */
    private static final String TYPED_NOTE = "tremplin.typedNote";

    /** The same, for the details typed and not saved (field name → value). */
    private static final String TYPED_FIELDS = "tremplin.typedFields";

    /**
     * A colleague merged this record into another since the page was opened: the page opens the record that stays,
     * says so, and carries the note that was being typed, to be added there if it is the right person. A record
     * removed since (the import that made it undone) leaves nothing to open: the list opens, saying so.
     */
    private void toSurvivor() {
        java.util.Optional<Long> survivor = leads.survivorOf(id);
        // Merged: the record that stays opens, with what was typed. Removed (the import that made it undone): there
        // is no record left to carry anything to, and the list opens saying so.
        messages.error(survivor.isPresent() ? "lead.goneMeanwhile" : "lead.removedMeanwhile");
        messages.keepForNextPage();
        jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext();
        if (survivor.isPresent() && note != null && !note.isBlank()) {
            external.getFlash().put(TYPED_NOTE, note);
        }
        HashMap<String, String> typed = new HashMap<>();
        if (survivor.isPresent() && edited != null && loaded != null) {
            edited.forEach((field, value) -> {
                if (!Objects.equals(blankAsNull(value), blankAsNull(loaded.get(field)))) {
                    typed.put(field, value);
                }
            });
        }
        if (!typed.isEmpty()) {
            external.getFlash().put(TYPED_FIELDS, typed);
        }
        try {
            external.redirect(external.getRequestContextPath() + (survivor.isPresent()
                    ? "/admin/lead.xhtml?id=" + survivor.get() : "/admin/leads.xhtml"));
        } catch (java.io.IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void reload() {
        reload(leads.open(id));
    }

    private void reload(LeadView opened) {
        view = opened;
        heldMail = null;
        documents = null;
        journal = null;
        loadedVersion = view.lead().getVersion();
        loaded = new HashMap<>();
        for (LeadField field : LeadField.values()) {
            loaded.put(field.name(), field.of(view.lead()));
        }
        edited = new HashMap<>(loaded);
        ownerId = view.lead().getOwnerId();
        shownOwnerId = ownerId;
        LeadStage current = view.lead().getStage();
        if (current != shownStage) {
            // The move form offers the way forward from where the lead is, not "New".
            shownStage = current;
            targetStage = current == LeadStage.LOST || current == LeadStage.ARRIVED ? LeadStage.LOST
                    : LeadStage.values()[current.ordinal() + 1];
        }
    }

    public LeadView getView() {
        if (view == null && id != null) {
            reload();
        }
        return view;
    }

    /** The programs the person asked about, as every list of programs orders them: DEP, ASP, AEP, then by title. */
    public List<ProgramInterest> getPrograms() {
        return ProgramInterest.inOrder(getView().programs(), language.getLocale());
    }

    public LeadField[] getFields() { return LeadField.values(); }
    /** The detail whose value was refused at the last save, if any: marked invalid on the page. */
    public LeadField getInvalidField() { return invalidField; }
    public LeadStage[] getStages() { return LeadStage.values(); }
    public Map<Long, String> getStaff() { return staff; }

    /** The staff a task may be given to besides oneself, whom the list offers first, under one's own name. */
    /**
     * The colleagues a task may be given to, and the one a task was just refused for, their account deactivated since
     * the page was drawn: still the menu's choice, said to have no access any longer, until another is chosen.
     */
    public Map<Long, String> getColleagues() {
        Map<Long, String> others = new java.util.LinkedHashMap<>(staff);
        others.remove(signedInUser.getUserId());
        if (goneColleague != null && !staff.containsKey(goneColleague.getKey())
                && goneColleague.getKey().equals(taskAssignee)) {
            others.put(goneColleague.getKey(), ca.tremplin.kernel.Messages.get(messages.locale(),
                    "leads.ownerNoLongerActive", goneColleague.getValue()));
        }
        return others;
    }
    public List<LostReason> getLostReasons() { return lostReasons; }
    public LazyDataModel<LeadEvent> getTimeline() { return timeline; }
    public Map<String, String> getEdited() { return edited; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public LeadStage getTargetStage() { return targetStage; }
    public void setTargetStage(LeadStage targetStage) { this.targetStage = targetStage; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getLostReasonId() { return lostReasonId; }
    public void setLostReasonId(Long lostReasonId) { this.lostReasonId = lostReasonId; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public String getNewTag() { return newTag; }
    public void setNewTag(String newTag) { this.newTag = newTag; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getTaskTitle() { return taskTitle; }
    public void setTaskTitle(String taskTitle) { this.taskTitle = taskTitle; }
    public LocalDate getTaskDue() { return taskDue; }
    public void setTaskDue(LocalDate taskDue) { this.taskDue = taskDue; }
    public Long getTaskAssignee() { return taskAssignee; }
    public void setTaskAssignee(Long taskAssignee) { this.taskAssignee = taskAssignee; }

    /** The timeline, newest first, one page at a time: never the whole history at once. */
    static final class TimelineModel extends LazyDataModel<LeadEvent> {

        private static final long serialVersionUID = 1L;
        private final transient LeadService leads;
        private final long leadId;

        TimelineModel(LeadService leads, long leadId) {
            this.leads = leads;
            this.leadId = leadId;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) service().timelineSize(leadId);
        }

        @Override
        public List<LeadEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            return service().timeline(leadId, first, pageSize);
        }

        @Override
        public String getRowKey(LeadEvent event) {
            return String.valueOf(event.getId());
        }

        @Override
        public LeadEvent getRowData(String rowKey) {
            return null;
        }

        private LeadService service() {
            return leads != null ? leads : jakarta.enterprise.inject.spi.CDI.current().select(LeadService.class).get();
        }
    }
}
