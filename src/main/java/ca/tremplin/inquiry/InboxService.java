package ca.tremplin.inquiry;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.TableSort;
import ca.tremplin.mail.HtmlText;
import ca.tremplin.mail.MailContent;
import ca.tremplin.mail.Outbox;
import ca.tremplin.person.ConsentStandings;
import ca.tremplin.person.MailingConsents;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEvent;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What staff do with information requests: list the new and open ones (theirs or the centre's), open one, reply
 * from a template, log a call, mark the person contacted, reassign; the coordinating organisation hands its
 * unrouted requests to a centre. Everything is tenant-filtered: another centre's request id is not found. A
 * centre's settings and templates are edited through {@link InquirySettingsService}.
 */
@ApplicationScoped
public class InboxService {

    @Inject
    InboxRepository inbox;

    @Inject
    ca.tremplin.person.AccessLog accessLog;

    @Inject
    InquiryIntake intake;

    @Inject
    InquiryRepository inquiryRepository;

    @Inject
    TenantRepository tenants;

    @Inject
    ca.tremplin.tenant.FormerSlugs formerSlugs;

    @Inject
    Outbox outbox;

    @Inject
    Tenancy tenancy;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Clock clock;

    @Inject
    MailingConsents consents;

    @Inject
    ca.tremplin.person.LeadRepository people;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Transactional
    public List<InboxRow> page(InboxScope scope, int first, int size, TableSort sort) {
        return page(scope, null, first, size, sort);
    }

    /** The requests awaiting an answer, of those the search box's text finds ({@code null}: all). */
    @Transactional
    public List<InboxRow> page(InboxScope scope, String search, int first, int size, TableSort sort) {
        requireStaff();
        return inbox.page(scope, signedInUser.getUserId(), search, first, size, sort);
    }

    @Transactional
    public long count(InboxScope scope) {
        return count(scope, null);
    }

    @Transactional
    public long count(InboxScope scope, String search) {
        requireStaff();
        return inbox.count(scope, signedInUser.getUserId(), search);
    }

    @Transactional
    public Map<Long, String> staffNames() {
        requireStaff();
        return inbox.staffNames();
    }

    /**
     * A merged record of the centre by its name and address, for the lines of the request's timeline a merge moved
     * ({@link ca.tremplin.person.LeadRepository#mergedRecordName}).
     */
    @Transactional
    public java.util.Optional<String> mergedRecordName(long recordId) {
        requireStaff();
        return people.mergedRecordName(recordId);
    }

    /**
     * A request as its page shows it. Reading changes nothing: the page is a GET, which a browser may prefetch
     * or repeat, and a new request stays new until someone works on it ({@link #startWorking} or any action).
     */
    @Transactional
    public InquiryDetail view(long routedId) {
        requireStaff();
        RoutedInquiry routed = existing(routedId);
        Lead lead = routed.getLead();
        java.util.Collection<Long> asked = routed.getInquiry().getProgramIds();
        LocalDate today = LocalDate.now(BusinessHours.ZONE);
        // The coordination routes across centres: it sees every centre's program the request names, and whose.
        List<InquiryDetail.ProgramIntakes> programs = signedInUser.isCoordination()
                ? tenancy.acrossAllTenants(() -> inbox.programsWithIntakes(asked, today, true))
                : inbox.programsWithIntakes(asked, today);
        // The coordination routes by it too: the centre the person chose on the form, whatever the programs named;
        // by the name it left, for a request recorded as the coordinating organisation renamed it.
        String chosen = routed.getInquiry().getRequestedTenantSlug();
        Tenant chosenCentre = signedInUser.isCoordination() && chosen != null
                ? formerSlugs.centreNamed(chosen).orElse(null) : null;
        // And where each centre's part stands: a centre's staff see their own part alone (tenancy), the coordination
        // every centre's, named so.
        List<InquiryDetail.RequestPart> parts = signedInUser.isCoordination()
                ? partsAcrossCentres(routed.getInquiry().getId(), asked) : List.of();
        return new InquiryDetail(routed, routed.getInquiry(), lead, inbox.requestsOfLead(lead.getId()),
                inbox.timeline(lead.getId()), programs, chosenCentre, parts);
    }

    /**
     * Every centre's part of the request, read across tenants for the coordinating organisation, which routed it and
     * follows each part: the centre, the programs asked of it, where it stands.
     */
    private List<InquiryDetail.RequestPart> partsAcrossCentres(long inquiryId, java.util.Collection<Long> asked) {
        java.util.Set<Long> programs = java.util.Set.copyOf(asked);
        return tenancy.acrossAllTenants(() -> inbox.partsOf(inquiryId, programs));
    }

    /**
     * As {@link #view}, when a member of staff opens the request's page: the person's details are on it (address,
     * phone, year of birth, message), so the access log records it, as it does the lead's page.
     */
    @Transactional
    public InquiryDetail open(long routedId) {
        InquiryDetail detail = view(routedId);
        accessLog.record(detail.lead().getId(), ca.tremplin.person.AccessAction.VIEWED, null);
        return detail;
    }

    /** A member of staff takes up a new request: it becomes open (a request already worked on stays as it is). */
    @Transactional
    public void startWorking(long routedId) {
        requireStaff();
        existing(routedId).open();
    }

    /** Sends the template, merged for this person, through the outbox; the person counts as contacted. */
    @Transactional
    public void reply(long routedId, long templateId) {
        reply(routedId, templateId, null);
    }

    /**
     * As {@link #reply(long, long)}, from a page that showed the request at {@code shownVersion}: if someone acted on
     * it since (replied, marked it contacted, reassigned it), nothing is sent and the page is told to look again, so
     * that two members of staff never send the person the same answer twice.
     */
    @Transactional
    public void reply(long routedId, long templateId, Long shownVersion) {
        requireStaff();
        RoutedInquiry routed = stillHere(routedId);
        if (shownVersion != null && routed.getVersion() != shownVersion) {
            throw new BusinessRuleException("inbox.changedMeanwhile");
        }
        ReplyTemplate template = inbox.findTemplate(templateId)
                .orElseThrow(() -> new NotFoundException("template " + templateId));
        ReplyTemplate.requireKnownFields(template);
        if (!consents.mayWrite(ConsentStandings.Mail.REPLY, routed.getLead().getId())) {
            // The person's latest word on being contacted is no (their preferences page, or to staff): no reply goes.
            throw new BusinessRuleException("inbox.contactWithdrawn");
        }
        Map<String, String> fields = mergeFields(routed, Locale.forLanguageTag(template.getLanguage()));
        String subject = clipped(ReplyTemplate.merge(template.getSubject(), fields), SUBJECT_MAX);
        String body = ReplyTemplate.merge(template.getBody(), fields);
        outbox.enqueue(routed.getTenantId(), new MailContent(routed.getLead().getEmail(), subject, body,
                HtmlText.paragraphs(template.getLanguage(), body)).bySomeoneOfStaff());
        Instant now = clock.instant();
        routed.markContacted(now);
        actedOn(routed);
        answered(routed, now);
        record(routed, LeadEventKind.REPLY_SENT, subject, now);
        flushOrChangedMeanwhile();
    }

    /**
     * Someone acted on the request: a reply, a call, a reassignment or a mark from a page shown before is told so,
     * even when nothing of the request's own fields changed (a second reply to a request contacted already, a call on
     * a request open already).
     */
    private void actedOn(RoutedInquiry routed) {
        em.lock(routed, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Writes now, so that two actions at the same moment end in a message for the second, not in a failure. */
    private void flushOrChangedMeanwhile() {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException raced) {
            throw new BusinessRuleException("inbox.changedMeanwhile");
        }
    }

    /** The most characters a mail's subject holds: a long name merged in is cut, not a 500. */
    static final int SUBJECT_MAX = ca.tremplin.mail.OutboxMessage.SUBJECT_MAX;

    private static String clipped(String text, int max) {
        return ca.tremplin.kernel.ShortenedText.of(text, max);
    }

    /**
     * The request was answered: its first-answer task is done (a recruiter's list no longer shows it late). Another
     * request of the same person still waiting keeps its own.
     */
    private void answered(RoutedInquiry routed, Instant now) {
        inbox.openFirstResponses(routed).forEach(task -> task.done(now));
    }

    @Transactional
    public void logCall(long routedId, String note) {
        logCall(routedId, note, null);
    }

    /** As {@link #logCall(long, String)}, from a page that showed the request at {@code shownVersion} (see reply). */
    @Transactional
    public void logCall(long routedId, String note, Long shownVersion) {
        requireStaff();
        RoutedInquiry routed = stillHere(routedId);
        if (shownVersion != null && routed.getVersion() != shownVersion) {
            throw new BusinessRuleException("inbox.changedMeanwhile");
        }
        routed.open();
        actedOn(routed);
        record(routed, LeadEventKind.CALL_LOGGED, note == null || note.isBlank() ? null : note.strip(),
                clock.instant());
        flushOrChangedMeanwhile();
    }

    @Transactional
    public void markContacted(long routedId) {
        markContacted(routedId, null);
    }

    /**
     * As {@link #markContacted(long)}, from a page that showed the request at {@code shownVersion} (see reply): a
     * second click, or a colleague's reply a moment before, is told rather than written twice in this user's name.
     */
    @Transactional
    public void markContacted(long routedId, Long shownVersion) {
        requireStaff();
        RoutedInquiry routed = stillHere(routedId);
        if (shownVersion != null && routed.getVersion() != shownVersion) {
            throw new BusinessRuleException("inbox.changedMeanwhile");
        }
        Instant now = clock.instant();
        routed.markContacted(now);
        actedOn(routed);
        answered(routed, now);
        record(routed, LeadEventKind.MARKED_CONTACTED, null, now);
        flushOrChangedMeanwhile();
    }

    /** To another active staff member of the same centre; an id from elsewhere is not found. */
    @Transactional
    public void reassign(long routedId, long recruiterId) {
        reassign(routedId, recruiterId, null);
    }

    /**
     * As {@link #reassign(long, long)}, from a page that showed the request at {@code shownVersion}: a colleague who
     * reassigned it, replied or logged a call since is not overridden unseen; the page is told to look again.
     */
    @Transactional
    public void reassign(long routedId, long recruiterId, Long shownVersion) {
        requireStaff();
        RoutedInquiry routed = stillHere(routedId);
        if (shownVersion != null && routed.getVersion() != shownVersion) {
            throw new BusinessRuleException("inbox.changedMeanwhile");
        }
        Map<Long, String> staff = inbox.staffNames();
        if (!staff.containsKey(recruiterId)) {
            // The page offers only staff who joined; a post naming an invitation not yet accepted is said so.
            inbox.invitedNotJoined(recruiterId).ifPresent(name -> {
                throw new BusinessRuleException("inbox.reassignNotJoined", name);
            });
            // A colleague the page offered and who left since: said by name, the request staying where it was.
            inbox.departed(recruiterId).ifPresent(name -> {
                throw new BusinessRuleException("inbox.reassignDeparted", name);
            });
            throw new NotFoundException("staff " + recruiterId);
        }
        Long before = routed.getAssignedTo();
        routed.assignTo(recruiterId);
        actedOn(routed);
        // The first answer is now the new recruiter's to give: their home page lists it, the other's no longer.
        inbox.openFirstResponses(routed).stream()
                .filter(task -> java.util.Objects.equals(task.getAssignedTo(), before))
                .forEach(task -> task.assignTo(recruiterId));
        // The person follows their request: a lead that was the former recruiter's (or nobody's) is the new one's,
        // so the lead list, the board and "mine" name who now answers. A lead someone else follows stays theirs.
        ca.tremplin.person.Lead lead = routed.getLead();
        Instant now = clock.instant();
        record(routed, LeadEventKind.ASSIGNED, staff.get(recruiterId), now);
        boolean followedByTheFormerOrNobody = lead.getOwnerId() == null || lead.getOwnerId().equals(before);
        if (followedByTheFormerOrNobody && !java.util.Objects.equals(lead.getOwnerId(), recruiterId)) {
            lead.assignOwner(recruiterId);
            // Said apart from the request's assignment: the lead's timeline and the list's "owner" tell one story.
            record(routed, LeadEventKind.OWNER_CHANGED, staff.get(recruiterId), now);
        }
        flushOrChangedMeanwhile();
    }

    /** What a hand-over did. */
    public enum HandOver {
        /** The centre has its part now, to answer by its deadline; the person is told. */
        HANDED_OVER,
        /**
         * The centre had answered its own part of the request already: the request left the queue, and nothing was
         * opened again there nor sent to the person.
         */
        ANSWERED_THERE
    }

    /**
     * The coordinating organisation hands one of its queued requests to a school service centre, in one
     * action: the centre gets its part, assigned by its own rule, with a deadline counted from now. A centre that holds
     * a part of the same request is not handed it a second time: while its part waits for its answer, the hand-over is
     * refused (that centre answers already; another may be meant); once it answered, the queue's part is closed as
     * handed to it and its answer stands, neither reopened nor counted again.
     */
    public HandOver handOver(long routedId, long schoolBoardId) {
        requireStaff();
        if (!signedInUser.isCoordination()) {
            throw new ca.tremplin.kernel.AccessDeniedException("Only the coordinating organisation routes requests");
        }
        long coordinationId = signedInUser.getTenantId();
        Long actor = signedInUser.getUserId();
        return tenancy.acrossAllTenants(() -> {
            // Locked: two coordinators handing the same request over at once, the second is told it was.
            RoutedInquiry queued = em.find(RoutedInquiry.class, routedId,
                    jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (queued == null || queued.getTenantId() != coordinationId) {
                throw new NotFoundException("routed inquiry " + routedId);
            }
            if (queued.getRoutedToTenantId() != null) {
                throw new BusinessRuleException("inbox.alreadyRouted");
            }
            if (queued.getLead().isErased()) {
                throw new BusinessRuleException("inbox.personErased");
            }
            Tenant schoolBoard = tenants.findById(schoolBoardId).filter(tenant -> !tenant.isCoordination())
                    .orElseThrow(() -> new NotFoundException("school board " + schoolBoardId));
            if (!schoolBoard.isActive()) {
                // Closed since the page offered it: said on the page, which the request stays on, not a page not found.
                throw new BusinessRuleException("inbox.centreClosed", named(schoolBoard));
            }
            java.util.Optional<RoutedInquiry> there = inquiryRepository.partHeldBy(schoolBoard.getId(),
                    queued.getInquiry().getId());
            if (there.isPresent() && there.get().getLead().isErased()) {
                // The person had the centre erase them: their request is not given back to it.
                throw new BusinessRuleException("inbox.personErasedThere", named(schoolBoard));
            }
            Instant now = clock.instant();
            if (there.isPresent() && there.get().getContactedAt() != null) {
                intake.leaveWithTheCentreThatAnsweredAcrossTenants(queued, schoolBoard, actor, now);
                answered(queued, now);
                return HandOver.ANSWERED_THERE;
            }
            if (!inquiryRepository.anyoneToAnswer(schoolBoard.getId())) {
                throw new BusinessRuleException("inbox.nobodyAtCentre", named(schoolBoard));
            }
            if (there.isPresent() && there.get().getStatus().awaitsAnswer()) {
                throw new BusinessRuleException("inbox.waitingThere", named(schoolBoard));
            }
            intake.handOverAcrossTenants(queued, schoolBoard, actor, now);
            // The queue's first answer for this request is now the centre's to give; another of the person's
            // requests in the queue keeps its own.
            answered(queued, now);
            return HandOver.HANDED_OVER;
        });
    }

    /**
     * A centre's staff send a request that is not theirs to answer back to the coordinating organisation's queue, from
     * a page that showed it at {@code shownVersion}: the queue holds it again, to hand to the right centre; the
     * centre's part is closed with its first answer's task. A request answered already stays with the centre.
     */
    public void sendBack(long routedId, Long shownVersion) {
        requireStaff();
        if (signedInUser.isCoordination()) {
            throw new ca.tremplin.kernel.AccessDeniedException("The coordinating organisation hands requests over");
        }
        long centreId = signedInUser.getTenantId();
        Long actor = signedInUser.getUserId();
        tenancy.acrossAllTenants(() -> {
            // Locked: a colleague acting on it at the same moment finds it sent back, or this is told they acted.
            RoutedInquiry part = em.find(RoutedInquiry.class, routedId,
                    jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (part == null || part.getTenantId() != centreId) {
                throw new NotFoundException("routed inquiry " + routedId);
            }
            if (shownVersion != null && part.getVersion() != shownVersion) {
                throw new BusinessRuleException("inbox.changedMeanwhile");
            }
            if (part.getLead().isErased()) {
                throw new BusinessRuleException("inbox.personErased");
            }
            if (part.getRoutedToTenantId() != null || !part.getStatus().awaitsAnswer()) {
                throw new BusinessRuleException("inbox.sendBackAnswered");
            }
            Tenant coordination = tenants.findCoordination()
                    .orElseThrow(() -> new IllegalStateException("No coordinating organisation"));
            Instant now = clock.instant();
            intake.sendBackAcrossTenants(part, coordination, actor, now);
            answered(part, now);
            return null;
        });
    }

    /**
     * A centre (or the coordinating organisation) a request was handed to, by its name of today in this language;
     * empty when there is none of that number.
     */
    public java.util.Optional<String> centreName(long tenantId, Locale language) {
        requireStaff();
        return tenants.findById(tenantId).map(centre -> centre.localizedName(language));
    }

    public List<Tenant> schoolBoards() {
        return tenancy.acrossAllTenants(() -> tenants.activeSchoolBoards());
    }

    private Map<String, String> mergeFields(RoutedInquiry routed, Locale language) {
        Map<String, String> fields = new LinkedHashMap<>();
        Lead lead = routed.getLead();
        // A person with one name only is greeted by it ("Bonjour {firstName},").
        fields.put("firstName", ca.tremplin.person.ContactDetails.addressedAs(lead.getFirstName(), lead.getLastName()));
        fields.put("lastName", lead.getLastName());
        java.util.Collection<Long> asked = routed.getInquiry().getProgramIds();
        LocalDate today = LocalDate.now(BusinessHours.ZONE);
        // As the request's page shows them: the coordination's reply names the program whatever its centre.
        List<InquiryDetail.ProgramIntakes> programs = signedInUser.isCoordination()
                ? tenancy.acrossAllTenants(() -> inbox.programsWithIntakes(asked, today, true))
                : inbox.programsWithIntakes(asked, today);
        fields.put("programTitle", ReplyTemplate.programTitle(programs.isEmpty() ? null : programs.get(0).title(language),
                language));
        fields.put("schoolBoard", tenants.findById(routed.getTenantId()).map(t -> t.localizedName(language))
                .orElse(""));
        fields.put("recruiter", signedInUser.getDisplayName());
        return fields;
    }

    private void record(RoutedInquiry routed, LeadEventKind kind, String detail, Instant at) {
        inbox.persist(routed.timelineLine(kind, signedInUser.getUserId(), detail, at));
    }

    /**
     * A part the staff may act on: not one the coordinating organisation handed to a centre, which is the centre's to
     * answer now (a reply from the queue would be a second answer, and marking it contacted would reopen it).
     */
    private RoutedInquiry stillHere(long routedId) {
        RoutedInquiry routed = existing(routedId);
        if (routed.getLead().isErased()) {
            // Erasure closed the request; its page no longer offers these actions, a page opened before still might.
            throw new BusinessRuleException("inbox.personErased");
        }
        if (routed.getRoutedToTenantId() != null) {
            throw new BusinessRuleException("inbox.handedOverAlready", tenants.findById(routed.getRoutedToTenantId())
                    .map(InboxService::named).orElse(new ca.tremplin.kernel.Messages.Named("", "")));
        }
        return routed;
    }

    /** A centre's name for a refusal, said in the language of whoever reads it. */
    private static ca.tremplin.kernel.Messages.Named named(Tenant centre) {
        return new ca.tremplin.kernel.Messages.Named(centre.getNameFr(), centre.getNameEn());
    }

    private RoutedInquiry existing(long routedId) {
        return inbox.find(routedId).orElseThrow(() -> new NotFoundException("routed inquiry " + routedId));
    }

    private void requireStaff() {
        signedInUser.require(Role.RECRUITER, Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
    }
}
