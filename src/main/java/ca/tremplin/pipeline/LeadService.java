package ca.tremplin.pipeline;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.person.AccessAction;
import ca.tremplin.person.AccessLog;
import ca.tremplin.person.ChangeSource;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadAudit;
import ca.tremplin.person.LeadDetails;
import ca.tremplin.person.LeadEvent;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.person.LeadField;
import ca.tremplin.person.LeadFunnels;
import ca.tremplin.person.LeadProposal;
import ca.tremplin.person.LeadRepository;
import ca.tremplin.person.LeadStage;
import ca.tremplin.person.StageChange;
import ca.tremplin.person.LeadTask;
import ca.tremplin.person.TaskKind;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What staff do with one lead: read it, correct its personal data (audited, optimistic locking with a conflict
 * that says what changed), move it along the pipeline by the stage rules, give it an owner, tags, notes and tasks,
 * and merge a duplicate into it. Every id is looked up under the current tenant: another centre's is not found.
 */
@ApplicationScoped
public class LeadService {

    /** The lost reasons a centre starts with; it edits them afterwards. */
    static final List<String> DEFAULT_LOST_REASONS = List.of("Pas de réponse / No answer",
            "A choisi un autre établissement / Chose another school", "CAQ refusé / CAQ refused",
            "Permis d'études refusé / Study permit refused", "Capacité financière / Finances",
            "Projet abandonné / Gave up the project");

    @Inject
    ca.tremplin.person.UndeliverableLeadAddresses undeliverableAddresses;

    @Inject
    PipelineRepository pipeline;

    @Inject
    LeadDetails details;

    @Inject
    LeadRepository personRecords;

    @Inject
    LeadFunnels funnels;

    @Inject
    SignedInUser signedInUser;

    @Inject
    AccessLog accessLog;

    /** The centre's trace of its settings: the lost reasons its reports count by are one. */
    @Inject
    ca.tremplin.security.StaffChanges staffChanges;

    @Inject
    Clock clock;

    @Inject
    ca.tremplin.unsubscribe.Unsubscriptions unsubscriptions;

    @Inject
    ca.tremplin.tenant.TenantRepository tenants;

    @Transactional
    public LeadView open(long leadId) {
        requireStaff();
        Lead lead = existing(leadId);
        return new LeadView(lead, pipeline.requests(leadId), pipeline.programsOfInterest(lead),
                pipeline.consents(leadId), pipeline.tags(leadId), pipeline.tasks(leadId),
                pipeline.possibleDuplicates(lead), personRecords.openProposals(leadId));
    }

    /**
     * The lead a merged lead lives on in, for the merged lead's old links (an application, a bookmark); empty for a
     * lead that is not merged, or not the centre's.
     */
    @Transactional
    public java.util.Optional<Long> survivorOf(long leadId) {
        requireStaff();
        return pipeline.findAnyLead(leadId).filter(lead -> lead.getMergedIntoId() != null)
                .map(lead -> personRecords.living(lead))
                // A chain that ends in no live record (which a merge no longer makes) is not followed round and round.
                .filter(living -> living.getMergedIntoId() == null).map(Lead::getId);
    }

    /** As {@link #open}, when a member of staff opens the lead's page: the access log records it. */
    @Transactional
    public LeadView view(long leadId) {
        LeadView view = open(leadId);
        accessLog.record(leadId, AccessAction.VIEWED, null);
        return view;
    }

    @Transactional
    public List<LeadEvent> timeline(long leadId, int first, int size) {
        requireStaff();
        existing(leadId);
        return pipeline.timeline(leadId, first, size);
    }

    /** A merged record of the centre by its name and address ({@link LeadRepository#mergedRecordName}). */
    @Transactional
    public java.util.Optional<String> mergedRecordName(long recordId) {
        requireStaff();
        return personRecords.mergedRecordName(recordId);
    }

    @Transactional
    public long timelineSize(long leadId) {
        requireStaff();
        return pipeline.timelineSize(leadId);
    }

    /** The audit of personal data, for the centre's admins only. */
    @Transactional
    public List<LeadAudit> audit(long leadId) {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        existing(leadId);
        return pipeline.audit(leadId, 200);
    }

    /**
     * The journal of changes to personal data: the audit, with the proposal each value staff accepted came from (by
     * its id, the accepted line's reference), so that the journal names that source rather than the proposal's number.
     */
    public record Journal(List<LeadAudit> lines, Map<Long, LeadProposal> acceptedFrom) {

        /** The proposal an accepted value came from; null for any other line, or when it is gone. */
        public LeadProposal proposalOf(LeadAudit line) {
            return line.getSource() == ChangeSource.PROPOSAL_ACCEPTED && line.getSourceRef() != null
                    ? acceptedFrom.get(line.getSourceRef()) : null;
        }
    }

    /** The audit of personal data and where its accepted values came from, for the centre's admins only. */
    @Transactional
    public Journal journal(long leadId) {
        List<LeadAudit> lines = audit(leadId);
        List<Long> accepted = lines.stream().filter(line -> line.getSource() == ChangeSource.PROPOSAL_ACCEPTED)
                .map(LeadAudit::getSourceRef).filter(Objects::nonNull).distinct().toList();
        return new Journal(lines, accepted.isEmpty() ? Map.of() : personRecords.proposals(accepted));
    }

    /**
     * Saves the fields that differ between {@code original} (as the editor loaded them, at {@code version}) and
     * {@code edited}. If someone saved the lead since and changed a field, nothing is saved and the conflict says
     * which fields changed and to what.
     */
    @Transactional
    public void updateDetails(long leadId, long version, Map<LeadField, String> original,
                              Map<LeadField, String> edited) {
        requireStaff();
        // Locked, so that a colleague's save at the same instant is either seen here, field by field, or waits.
        Lead lead = existingLocked(leadId);
        if (lead.isErased()) {
            // An erased person is no one: bringing their details back would undo the erasure. Erased since the page
            // showed the record (its version moved with the erasure): said so, rather than as a page read-only.
            throw new BusinessRuleException(lead.getVersion() != version ? ERASED_MEANWHILE : "erasure.readOnly");
        }
        if (lead.getVersion() != version) {
            Map<LeadField, String> now = new java.util.EnumMap<>(LeadField.class);
            for (LeadField field : LeadField.values()) {
                now.put(field, field.of(lead));
            }
            List<LeadConflictException.Change> changed = LeadConflictException.changedSince(original, now);
            // A colleague moved the stage or changed the owner meanwhile, not the person's details: the record read
            // (locked) holds every detail as the page showed it, so nothing of theirs would be written over.
            if (!changed.isEmpty()) {
                throw new LeadConflictException(changed);
            }
        }
        if (!StaffEdits.named(clean(edited.get(LeadField.FIRST_NAME)), clean(edited.get(LeadField.LAST_NAME)))
                && StaffEdits.named(lead.getFirstName(), lead.getLastName())) {
            // Both names emptied: the person would be no one; a lead that came without a name may stay so.
            throw new LeadFieldRefusedException(LeadField.LAST_NAME, "lead.nameRequired");
        }
        Instant now = clock.instant();
        List<String> names = new ArrayList<>();
        String editedCountry = clean(edited.get(LeadField.COUNTRY));
        String phoneCountry = editedCountry == null ? lead.getCountryOfResidence()
                : editedCountry.toUpperCase(java.util.Locale.ROOT);
        for (LeadField field : LeadField.values()) {
            String typed = clean(edited.get(field));
            if (Objects.equals(field.of(lead), typed)) {
                continue;
            }
            String after;
            try {
                after = StaffEdits.checked(field, typed, phoneCountry);
            } catch (BusinessRuleException refused) {
                throw new LeadFieldRefusedException(field, refused);
            }
            if (!Objects.equals(field.of(lead), after)) {
                details.correct(lead, field, after, signedInUser.getUserId(), ChangeSource.STAFF, null, now);
                names.add(field.name());
            }
        }
        if (!names.isEmpty()) {
            record(lead, LeadEventKind.DETAILS_CHANGED, String.join(", ", names), now);
            try {
                pipeline.flush();
            } catch (OptimisticLockException raced) {
                // saved by someone else between our read and our write: the same answer as a stale version
                throw new LeadConflictException(List.of());
            }
        }
    }

    /**
     * Staff accept a value another source gave for this lead: it replaces what the record held, audited, provided
     * the field still holds {@code shownValue}, what the page showed beside the proposal.
     */
    @Transactional
    public void acceptProposal(long leadId, long proposalId, String shownValue) {
        requireStaff();
        // Locked, as a save is: a colleague's save or acceptance at the same instant is seen here, and refused by
        // the value shown, rather than failing at commit.
        details.accept(stillPersonalLocked(leadId), proposalId, shownValue, signedInUser.getUserId(),
                clock.instant());
    }

    /**
     * Staff confirm the lead's address, held undeliverable since a message to it bounced: the mail held for it leaves.
     * Returns how many messages were released.
     */
    @Transactional
    public int confirmAddress(long leadId) {
        requireStaff();
        return undeliverableAddresses.confirm(stillPersonalLocked(leadId), signedInUser.getUserId());
    }

    /** The centre's mail held for the lead's address, undeliverable since a message to it bounced. */
    @Transactional
    public List<ca.tremplin.mail.HeldMail> heldMail(long leadId) {
        requireStaff();
        return personRecords.byId(leadId).filter(Lead::isEmailUndeliverable).map(undeliverableAddresses::held)
                .orElse(List.of());
    }

    /** Staff set aside a value another source gave for this lead. */
    @Transactional
    public void dismissProposal(long leadId, long proposalId) {
        requireStaff();
        // Locked: a colleague accepting the same value at that instant is seen as deciding it first, not overwritten.
        details.dismiss(existingLocked(leadId), proposalId, signedInUser.getUserId(), clock.instant());
    }

    /**
     * Moves the lead to another stage. The next stage forward needs nothing; backwards, skipping stages or leaving
     * "lost" needs a reason; "lost" needs one of the centre's lost reasons. Refusals explain themselves. A move past
     * "admitted" for a lead never admitted is asked about ({@link AdmissionNotRecordedException}), not made.
     */
    @Transactional
    public void changeStage(long leadId, LeadStage target, String reason, Long lostReasonId) {
        changeStage(leadId, null, target, reason, lostReasonId, false);
    }

    /**
     * The same, from a page that showed the lead at {@code shown}: a lead someone else moved since (a colleague's
     * tab, the board) is not moved from a stage the person never saw; they are told, and their page shows it now.
     */
    @Transactional
    public void changeStage(long leadId, LeadStage shown, LeadStage target, String reason, Long lostReasonId) {
        changeStage(leadId, shown, target, reason, lostReasonId, false);
    }

    /**
     * The same, {@code withoutAdmission} saying whether the person confirmed a move past "admitted" for a lead whose
     * admission was never recorded: confirmed, it is made and its timeline line says the admission was not recorded;
     * otherwise it is asked about ({@link AdmissionNotRecordedException}) and nothing moves. {@code shown} null: from
     * wherever the lead stands.
     */
    @Transactional
    public void changeStage(long leadId, LeadStage shown, LeadStage target, String reason, Long lostReasonId,
                            boolean withoutAdmission) {
        requireStaff();
        Lead lead = existingLocked(leadId);
        if (shown != null && lead.getStage() != shown) {
            throw new BusinessRuleException("pipeline.stageChangedMeanwhile", lead.fullName());
        }
        java.util.Set<LeadStage> reached = UnrecordedAdmission.concerns(target)
                ? pipeline.stagesReached(List.of(leadId)).getOrDefault(leadId, java.util.Set.of())
                : java.util.Set.of();
        moveStage(lead, target, reason, lostReasonId, new AdmissionCheck(reached, withoutAdmission),
                clock.instant());
    }

    /** An event of the centre's, by its title in this language; empty when it is not the centre's (or gone). */
    @Transactional
    public java.util.Optional<String> eventTitle(long eventId, java.util.Locale language) {
        requireStaff();
        return pipeline.event(eventId).map(event -> event.title(language));
    }

    /**
     * A centre (or the coordinating organisation) a request of the lead was handed to, by its name of today in this
     * language; empty when there is none of that number. Public, as the catalogue names every centre.
     */
    @Transactional
    public java.util.Optional<String> centreName(long tenantId, java.util.Locale language) {
        requireStaff();
        return tenants.findById(tenantId).map(centre -> centre.localizedName(language));
    }

    /**
     * Gives the lead to another member of staff (or to nobody), from a page that showed {@code shownOwnerId}: a
     * colleague who changed the owner since is not overwritten unseen; the person is told who owns it now.
     */
    @Transactional
    public void assignOwner(long leadId, Long shownOwnerId, Long ownerId) {
        requireStaff();
        // Locked, as a bulk assignment locks the leads it gives: the owner compared is the one that will be replaced.
        Lead lead = existingLocked(leadId);
        Map<Long, String> staff = pipeline.staffNames();
        if (!Objects.equals(lead.getOwnerId(), shownOwnerId)) {
            throw new BusinessRuleException("lead.ownerChangedMeanwhile", lead.fullName(),
                    lead.getOwnerId() == null ? "—" : staff.getOrDefault(lead.getOwnerId(), "—"));
        }
        reassign(lead, ownerId, staff, clock.instant());
    }

    @Transactional
    public void addTag(long leadId, String tag) {
        requireStaff();
        // Locked: a tag added while a colleague merges the lead would stay on the record merged away, out of sight.
        Lead lead = existingLocked(leadId);
        tag(lead, tag, clock.instant());
    }

    @Transactional
    public void removeTag(long leadId, String tag) {
        requireStaff();
        Lead lead = existingLocked(leadId);
        String clean = LeadTags.normalize(tag);
        if (pipeline.hasTag(leadId, clean)) {
            pipeline.removeTag(leadId, clean);
            record(lead, LeadEventKind.UNTAGGED, clean, clock.instant());
        }
    }

    @Transactional
    public void addNote(long leadId, String note) {
        requireStaff();
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("lead.noteEmpty");
        }
        // The timeline keeps a note whole or not at all: a longer one is refused, the page keeping it to shorten.
        int length = note.strip().codePointCount(0, note.strip().length());
        if (length > NOTE_MAX) {
            throw new BusinessRuleException("lead.noteTooLong", NOTE_MAX, length);
        }
        // Locked: a note added while a colleague merges the lead would land on the record merged away, out of sight,
        // and one added while an admin erases the person would write about them on the erased record.
        Lead lead = stillPersonalLocked(leadId);
        Instant now = clock.instant();
        // The same note sent twice by the same person within a moment (from two tabs, or by a client without the lead
        // page's submission token, which keeps one showing of its form to one note however late it is sent again):
        // the second finds the first on the timeline and adds nothing.
        if (!pipeline.sameNoteSince(leadId, signedInUser.getUserId(), note.strip(),
                now.minusSeconds(SAME_NOTE_SECONDS))) {
            record(lead, LeadEventKind.NOTE_ADDED, note.strip(), now);
        }
    }

    /** Why a save was refused: the person was erased while the page that sent it showed their record. */
    static final String ERASED_MEANWHILE = "lead.erasedMeanwhile";

    /** The characters a note holds: the timeline's detail column. */
    static final int NOTE_MAX = 2000;

    /** How close together the same note or task by the same person is one sent twice. */
    static final long SAME_NOTE_SECONDS = 10;

    @Transactional
    public LeadTask addTask(long leadId, String title, Instant dueAt, Long assignedTo) {
        requireStaff();
        // Locked, as a note is; and the same task sent twice at once is found by the second once the first is in.
        Lead lead = stillPersonalLocked(leadId);
        if (title == null || title.isBlank()) {
            throw new BusinessRuleException("task.titleRequired");
        }
        if (dueAt == null) {
            throw new BusinessRuleException("task.dueRequired");
        }
        Long assignee = assignedTo == null ? signedInUser.getUserId() : assignedTo;
        requireColleague(assignee, pipeline.staffNames());
        Instant now = clock.instant();
        String clean = title.strip().length() > 200 ? title.strip().substring(0, 200) : title.strip();
        // The same task sent twice by the same person within a moment (a double click): the first one is it.
        java.util.Optional<LeadTask> sentAgain = pipeline.sameTaskSince(leadId, signedInUser.getUserId(), clean,
                dueAt, assignee, now.minusSeconds(SAME_NOTE_SECONDS));
        if (sentAgain.isPresent()) {
            return sentAgain.get();
        }
        LeadTask task = new LeadTask(lead, TaskKind.MANUAL, clean, assignee, dueAt, signedInUser.getUserId(), now);
        pipeline.persist(task);
        record(lead, LeadEventKind.TASK_CREATED, clean, now);
        return task;
    }

    @Transactional
    public void completeTask(long taskId) {
        requireStaff();
        LeadTask task = pipeline.findTask(taskId).orElseThrow(() -> new NotFoundException("task " + taskId));
        // Locked, then the task read again: done at the same instant from another tab or by a colleague, it is
        // found done here and said so, once on the timeline.
        Lead lead = existingLocked(task.getLeadId());
        pipeline.refresh(task);
        if (task.getDoneAt() != null) {
            // Done from another tab or by a colleague since the page was drawn: once on the timeline, not twice.
            throw new BusinessRuleException("task.alreadyDone");
        }
        Instant now = clock.instant();
        task.done(now);
        record(lead, LeadEventKind.TASK_DONE, task.getTitle(), now);
    }

    /** The signed-in recruiter's open tasks due by the end of the day, overdue first. */
    @Transactional
    public List<TaskRow> myTasksDueToday(int limit) {
        requireStaff();
        Instant endOfDay = java.time.LocalDate.now(clock.withZone(ca.tremplin.inquiry.BusinessHours.ZONE))
                .plusDays(1).atStartOfDay(ca.tremplin.inquiry.BusinessHours.ZONE).toInstant();
        return pipeline.openTasksDueBefore(signedInUser.getUserId(), endOfDay, limit);
    }

    /**
     * What a merge did beyond moving the other record's history, for the page to say: the other record's stage when
     * it differs from the one kept (else null), the details it filled and those it proposed, and the owner the kept
     * record took from it (else null).
     */
    public record MergeOutcome(LeadStage otherStage, List<LeadField> filled, List<LeadField> proposed,
                               String ownerTaken) {
    }

    /**
     * Merges {@code duplicateId} into {@code survivorId}: the survivor keeps its details and gains the other's
     * whole timeline, requests (hence consents), tasks, audit, tags and interests (what the list filters by); the
     * duplicate disappears from every list and a later request with its e-mail joins the survivor. The duplicate's
     * details are not dropped with it: what the survivor lacks is filled from them and what differs is proposed
     * ({@link LeadDetails#takeFromMerged}); a survivor without an owner takes the duplicate's, on the timeline as
     * any change of owner. Each line of the timeline moved says the record it was written on, and an unsubscribing
     * from the centre's bulk e-mail at the duplicate's address holds at the survivor's.
     */
    @Transactional
    public MergeOutcome merge(long survivorId, long duplicateId) {
        requireStaff();
        if (survivorId == duplicateId) {
            throw new BusinessRuleException("lead.mergeSelf");
        }
        // Both locked first: two members of staff merging the same two records crosswise at the same moment would
        // otherwise each merge one into the other, and the person would vanish from every list.
        for (Lead locked : pipeline.lockLeads(survivorId, duplicateId)) {
            if (locked == null) {
                throw new NotFoundException("lead");
            }
            if (locked.getMergedIntoId() != null) {
                throw new BusinessRuleException("lead.mergedMeanwhile");
            }
        }
        // An erased person's record takes nobody's data in, and gives none to another record: either way, what the
        // erasure removed would come back under a living person's name, or a living person's under an erased one.
        Lead survivor = stillPersonal(survivorId);
        Lead duplicate = stillPersonal(duplicateId);
        Instant now = clock.instant();
        pipeline.moveEverything(duplicateId, survivorId);
        // The person's word on the centre's bulk e-mail goes with them: said at the other address, it holds here.
        unsubscriptions.merged(survivor.getTenantId(), duplicate.getEmailNormalized(), survivor.getEmailNormalized());
        duplicate.mergedInto(survivorId);
        funnels.merged(duplicateId);
        LeadDetails.Taken taken = details.takeFromMerged(survivor, duplicate, signedInUser.getUserId(), now);
        String ownerTaken = null;
        if (survivor.getOwnerId() == null && duplicate.getOwnerId() != null) {
            Map<Long, String> staff = pipeline.staffNames();
            // Only a colleague still at the centre: a departed one's record would be followed by nobody who can read it.
            if (staff.containsKey(duplicate.getOwnerId())) {
                reassign(survivor, duplicate.getOwnerId(), staff, now);
                ownerTaken = staff.get(duplicate.getOwnerId());
            }
        }
        // Written last, so that the timeline (newest first) heads what the merge did with its own line.
        record(survivor, LeadEventKind.MERGED, duplicate.nameAndAddress(), now);
        // The record that stays keeps its stage; the other's, when it differs, is said to whoever merged them.
        return new MergeOutcome(duplicate.getStage() == survivor.getStage() ? null : duplicate.getStage(),
                taken.filled(), taken.proposed(), ownerTaken);
    }

    @Transactional
    public List<LostReason> lostReasons() {
        requireStaff();
        if (pipeline.countLostReasons() == 0) {
            DEFAULT_LOST_REASONS.forEach(label -> pipeline.persist(new LostReason(label)));
            pipeline.flush();
        }
        return pipeline.lostReasons();
    }

    /** A reason offered: its label as kept, and whether it was one withdrawn before and now restored. */
    public record AddedReason(String label, boolean restored) {
    }

    @Transactional
    public AddedReason addLostReason(String label) {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        // Invisible characters around it (a zero-width space a paste brings) are no part of a reason.
        // A space typed twice would make a reason that looks like another and splits its leads in the reports.
        String clean = ca.tremplin.kernel.SingleSpaced.of(ca.tremplin.person.ContactDetails.cleanText(label));
        if (clean == null || clean.isEmpty()) {
            throw new BusinessRuleException("pipeline.lostReasonEmpty");
        }
        if (clean.length() > 200) {
            throw new BusinessRuleException("pipeline.lostReasonTooLong", 200);
        }
        // The reason as it is written (the table's key, without capitals or accents), or one of the centre's that
        // differs from it only by an emoji, punctuation or blanks: one offered already refuses it, else one withdrawn
        // is offered again.
        java.util.Optional<LostReason> same = java.util.stream.Stream.concat(
                        pipeline.lostReasonLabelled(clean).stream(), pipeline.allLostReasons().stream()
                                .filter(reason -> LostReasonNames.same(clean, reason.getLabel())))
                .min(java.util.Comparator.comparing(reason -> !reason.isActive()));
        if (same.isPresent() && same.get().isActive()) {
            throw new BusinessRuleException("pipeline.lostReasonExists", same.get().getLabel());
        }
        if (same.isPresent()) {
            // Withdrawn before: offered again as it was (the leads lost for it still name it).
            same.get().restore();
            staffChanges.record(ca.tremplin.security.StaffChange.Subject.SETTINGS, same.get().getId(),
                    ca.tremplin.security.StaffChange.What.REASON_RESTORED, same.get().getLabel());
            return new AddedReason(same.get().getLabel(), true);
        }
        LostReason added = new LostReason(clean);
        pipeline.persist(added);
        pipeline.flush();
        staffChanges.record(ca.tremplin.security.StaffChange.Subject.SETTINGS, added.getId(),
                ca.tremplin.security.StaffChange.What.REASON_ADDED, clean);
        return new AddedReason(clean, false);
    }

    @Transactional
    public String withdrawLostReason(long id) {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        LostReason reason = pipeline.findLostReason(id).orElseThrow(() -> new NotFoundException("lost reason " + id));
        reason.withdraw();
        staffChanges.record(ca.tremplin.security.StaffChange.Subject.SETTINGS, id,
                ca.tremplin.security.StaffChange.What.REASON_WITHDRAWN, reason.getLabel());
        return reason.getLabel();
    }

    @Transactional
    public Map<Long, String> staffNames() {
        requireStaff();
        return pipeline.staffNames();
    }

    /**
     * Every member of the centre's staff by name, those who left said so ("Jorge Ramírez (a quitté le centre)"):
     * the access log names who looked at a record, whether or not they are still here.
     */
    @Transactional
    public Map<Long, String> staffNamesIncludingDeparted(java.util.Locale language) {
        requireStaff();
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        for (Object[] row : pipeline.staffIncludingDeparted()) {
            names.put((Long) row[0], Boolean.TRUE.equals(row[2]) ? (String) row[1]
                    : ca.tremplin.kernel.Messages.get(language, "access.departed", row[1]));
        }
        return names;
    }

    /**
     * What a move knows of the lead's admission: every stage it ever entered (read only for a move past "admitted",
     * {@link UnrecordedAdmission#concerns}), and whether the person confirmed a move past an admission never recorded.
     */
    record AdmissionCheck(java.util.Set<LeadStage> reached, boolean confirmed) {
    }

    /**
     * The one way a member of staff moves a lead, from its page, the board or the list's bulk action: the rules of
     * reasons and lost reasons, then that of an admission never recorded, then the move with its history, its
     * summary for the reports and its timeline line.
     */
    void moveStage(Lead lead, LeadStage target, String reason, Long lostReasonId, AdmissionCheck admission,
                   Instant now) {
        if (target == null) {
            throw new BusinessRuleException("pipeline.chooseStage");
        }
        LeadStage from = lead.getStage();
        if (target == from) {
            throw new BusinessRuleException("pipeline.alreadyInStage", lead.fullName());
        }
        if (lead.isErased() && reason != null && !reason.isBlank()) {
            // A reason is written about the person: a record erased of them moves without one.
            throw new BusinessRuleException("erasure.reasonNotKept", lead.fullName());
        }
        String lostReason = null;
        if (target == LeadStage.LOST) {
            lostReason = (lostReasonId == null ? java.util.Optional.<LostReason>empty()
                    : pipeline.findLostReason(lostReasonId)).map(LostReason::getLabel)
                    .orElseThrow(() -> new BusinessRuleException("pipeline.lostReasonRequired", lead.fullName()));
        } else if (from.needsReasonToReach(target) && (reason == null || reason.isBlank()) && !lead.isErased()) {
            throw new BusinessRuleException("pipeline.reasonRequired", lead.fullName());
        }
        java.util.Set<LeadStage> reached = new java.util.HashSet<>(admission.reached());
        reached.add(from);
        List<LeadStage> unrecorded = UnrecordedAdmission.skipped(from, target, reached);
        if (!unrecorded.isEmpty() && !admission.confirmed()) {
            throw AdmissionNotRecordedException.of(lead.fullName(), target, unrecorded);
        }
        Instant fromSince = lead.getStageSince();
        lead.moveTo(target, lostReason, now);
        StageChange change = StageChange.movedByStaff(lead, from, fromSince, signedInUser.getUserId());
        pipeline.persist(change);
        funnels.moved(change);
        // A lost lead's reason from the list, and whatever staff wrote beside it: both are kept.
        String comment = reason == null || reason.isBlank() ? null : reason.strip();
        String why = lostReason == null ? comment : comment == null ? lostReason : lostReason + " — " + comment;
        // The move made without an admission says so on its line, in codes the timeline names in the reader's words.
        record(lead, LeadEventKind.STAGE_CHANGED, from + " → " + target
                + (unrecorded.isEmpty() ? "" : " " + ca.tremplin.person.TimelineDetails.ADMISSION_NOT_RECORDED)
                + (why == null ? "" : " : " + why), now);
    }

    /** Gives the lead to {@code ownerId}; false when it was theirs already, and nothing changed. */
    boolean reassign(Lead lead, Long ownerId, Map<Long, String> staff, Instant now) {
        if (ownerId != null) {
            requireColleague(ownerId, staff);
        }
        if (Objects.equals(lead.getOwnerId(), ownerId)) {
            return false;
        }
        lead.assignOwner(ownerId);
        record(lead, LeadEventKind.OWNER_CHANGED, ownerId == null ? "—" : staff.get(ownerId), now);
        return true;
    }

    /**
     * Gives on a lead that {@code leavingId} followed, as their departure hands it over: to the colleague named, or to
     * nobody; its line on the timeline names whom it came from, for the lead list to find what a colleague received.
     */
    void handOver(Lead lead, long leavingId, Long colleagueId, Map<Long, String> staff, Instant at) {
        if (colleagueId != null) {
            requireColleague(colleagueId, staff);
        }
        lead.assignOwner(colleagueId);
        pipeline.persist(LeadEvent.handedOver(lead, signedInUser.getUserId(),
                colleagueId == null ? "—" : staff.get(colleagueId), at, leavingId));
    }

    /**
     * The colleague is one of the centre's active staff ({@code staff}, as {@link PipelineRepository#staffNames} reads
     * them): one deactivated since the page drew its menu is refused with what to do.
     */
    static void requireColleague(Long colleagueId, Map<Long, String> staff) {
        if (!staff.containsKey(colleagueId)) {
            throw new ColleagueGoneException();
        }
    }

    /** Tags the lead; false when it had the tag already, and nothing changed. */
    boolean tag(Lead lead, String tag, Instant now) {
        if (tag == null || tag.isBlank()) {
            throw new BusinessRuleException("lead.tagEmpty");
        }
        String clean = LeadTags.normalize(tag);
        if (pipeline.hasTag(lead.getId(), clean)) {
            return false;
        }
        pipeline.persist(new LeadTag(lead.getId(), clean));
        record(lead, LeadEventKind.TAGGED, clean, now);
        return true;
    }

    void record(Lead lead, LeadEventKind kind, String detail, Instant at) {
        pipeline.persist(new LeadEvent(lead, kind, signedInUser.getUserId(), detail, at));
    }


    /**
     * The lead, unless its person was erased: nothing written about a person (a note, a task, a value accepted, a
     * merge) is added to an erased record, which would bring back what the erasure removed. Its stage, owner and
     * tags, which name no one, still move with the centre's work.
     */
    private Lead stillPersonal(long leadId) {
        return requirePersonal(existing(leadId));
    }

    /** As {@link #stillPersonal}, the lead locked first ({@link #existingLocked}). */
    private Lead stillPersonalLocked(long leadId) {
        return requirePersonal(existingLocked(leadId));
    }

    private static Lead requirePersonal(Lead lead) {
        if (lead.isErased()) {
            throw new BusinessRuleException("erasure.nothingAdded");
        }
        return lead;
    }

    Lead existing(long leadId) {
        return pipeline.findLead(leadId).orElseThrow(() -> new NotFoundException("lead " + leadId));
    }

    /**
     * The lead locked for this transaction, as it stands once locked. A stage change writes its history and timeline
     * rows (whose keys to the lead share its lock) before the lead itself: two colleagues moving the same lead at the
     * same instant then each waited for the other, and the database gave one of them up with an error page. Locked
     * first, the second waits, then sees the first's stage and is told, as when the two moves are seconds apart.
     * Every writer of a lead whose work a colleague's could undo or hide takes it: a save, an owner, a tag, a note, a
     * task, a value accepted, a consent's withdrawal, a merge — and an erasure, which takes the same row's lock.
     */
    Lead existingLocked(long leadId) {
        return pipeline.lockLeads(leadId).stream().filter(java.util.Objects::nonNull)
                .filter(lead -> lead.getMergedIntoId() == null).findFirst()
                .orElseThrow(() -> new NotFoundException("lead " + leadId));
    }

    void requireStaff() {
        signedInUser.require(Role.RECRUITER, Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
