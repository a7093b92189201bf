package ca.tremplin.inquiry;

import ca.tremplin.kernel.AccessDeniedException;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.person.Lead;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The coordinating organisation takes back a request it handed to the wrong centre, before that centre touched it,
 * rather than waiting for the centre to send it back. "Touched" is what the centre's side records: its part answered
 * ({@code contacted_at}), taken up ({@code status} no longer new: opened to work on, a call logged), a line on the
 * person's timeline there by a member of its staff since the hand-over (a note, a stage, a reassignment, a task, a
 * reply) or an interview set, a change of the person's consents or a request about their personal information
 * recorded there since (the consent register and the access requests, which hold the lead without a foreign key), or
 * its staff opening the request or the person's record since (the access log). A request touched is left with the
 * centre, and the refusal says which of these it was.
 *
 * <p>Taken back, the centre's part is removed with its lines and its first answer's task: the centre no longer sees the
 * request, and its first-contact figures never count it. The person's record there goes too when it held nothing but
 * this request — no row of any table naming it, with a foreign key or without —; otherwise it stays, without the
 * request, and the page says so: the details the request filled on it are given back as they were, unless changed
 * since, each with a line of its journal, and the values it proposed there are withdrawn; its last request's time,
 * the owner routing gave the record it created, the interests it alone named and the campaign touches it brought are
 * given back too, each with a line of the timeline ({@link LeadAfterTakeBack}).
 *
 * <p>The person's notice of the hand-over ("the centre X answers you") is withdrawn from the outbox when it has not
 * left; sent already, the page tells the coordinator that the person was told of the wrong centre. Centres are told of
 * a hand-over by their inbox alone, never by mail, and so are not written to about a take-back either.
 */
@ApplicationScoped
public class RequestTakeBack {

    /** What the centre did with the request, which keeps it there; {@code inbox.takeBackTouched.*} says it. */
    enum Touch { ANSWERED, TAKEN_UP, WORKED_ON, PRIVACY_RECORDED, VIEWED }

    /** What a take-back did with the person's record at the centre. */
    public enum Outcome {
        /** The record held nothing but this request: removed with it. */
        RECORD_REMOVED,
        /** The record holds more than this request (another request, a registration, a line of its own): kept. */
        RECORD_KEPT
    }

    /** What became of the mail that told the person which centre answers. */
    public enum Notice {
        /** None was written (the person said no to being contacted, or a hand-over made before notices were kept). */
        NONE,
        /** Withdrawn from the outbox before it left: the person never hears of the wrong centre. */
        WITHDRAWN,
        /** It had left: the person was told the wrong centre answers, until the request is handed on. */
        SENT
    }

    /** A take-back's result, as the page says it. */
    public record TakenBack(Outcome outcome, Notice notice) {
    }

    @Inject
    InquiryIntake intake;

    @Inject
    InquiryRepository inquiries;

    @Inject
    TenantRepository tenants;

    @Inject
    Tenancy tenancy;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Clock clock;

    @Inject
    ca.tremplin.person.LeadDetails details;

    @Inject
    ca.tremplin.mail.Outbox outbox;

    @Inject
    LeadAfterTakeBack leadAfter;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * Takes back the queue's request {@code routedId}, from a page that showed it at {@code shownVersion}: refused
     * when it was not handed to a centre, when the centre touched it, or when someone acted on it since.
     */
    @Transactional
    public TakenBack takeBack(long routedId, Long shownVersion) {
        signedInUser.require(Role.RECRUITER, Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        if (!signedInUser.isCoordination()) {
            throw new AccessDeniedException("Only the coordinating organisation takes requests back");
        }
        long coordinationId = signedInUser.getTenantId();
        Long actor = signedInUser.getUserId();
        return tenancy.acrossAllTenants(() -> {
            // Locked, as a hand-over locks it: two coordinators at once, the second finds it taken back already.
            RoutedInquiry queued = em.find(RoutedInquiry.class, routedId, LockModeType.PESSIMISTIC_WRITE);
            if (queued == null || queued.getTenantId() != coordinationId) {
                throw new NotFoundException("routed inquiry " + routedId);
            }
            if (shownVersion != null && queued.getVersion() != shownVersion) {
                throw new BusinessRuleException("inbox.changedMeanwhile");
            }
            Long centreId = queued.getRoutedToTenantId();
            if (centreId == null || centreId == coordinationId) {
                throw new BusinessRuleException("inbox.takeBackNotHandedOver");
            }
            if (queued.getLead().isErased()) {
                throw new BusinessRuleException("inbox.personErased");
            }
            Tenant centre = tenants.findById(centreId)
                    .orElseThrow(() -> new NotFoundException("school board " + centreId));
            Messages.Named centreNamed = new Messages.Named(centre.getNameFr(), centre.getNameEn());
            // The centre's part locked too: a colleague there acting at this moment waits, then finds it gone.
            RoutedInquiry part = inquiries.partHeldBy(centreId, queued.getInquiry().getId())
                    .orElseThrow(() -> new BusinessRuleException("inbox.takeBackNotHandedOver"));
            em.lock(part, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(part);
            Instant handedOverAt = handedOverAt(queued);
            touch(part, handedOverAt).ifPresent(touch -> {
                throw new BusinessRuleException("inbox.takeBackTouched." + touch.name(), centreNamed);
            });
            Instant now = clock.instant();
            Lead lead = part.getLead();
            Long routedTo = part.getAssignedTo();
            remove(part);
            Inquiry inquiry = queued.getInquiry();
            boolean recordRemoved = holdsNothingElse(lead);
            if (recordRemoved) {
                em.detach(lead);
                em.createNativeQuery("delete from `lead` where id = ?1 and tenant_id = ?2")
                        .setParameter(1, lead.getId()).setParameter(2, centreId).executeUpdate();
            } else {
                details.giveBack(lead, inquiry.changeSource(), inquiry.getId(),
                        ca.tremplin.person.ChangeSource.TAKE_BACK, now);
                leadAfter.giveBack(lead, inquiry, routedTo, now);
            }
            Notice notice = withdrawNotice(queued.getHandOverNoticeId());
            intake.takeBackAcrossTenants(queued, centre, actor, now);
            return new TakenBack(recordRemoved ? Outcome.RECORD_REMOVED : Outcome.RECORD_KEPT, notice);
        });
    }

    /** The person's notice of the hand-over, withdrawn if it has not left (waiting, or given up). */
    private Notice withdrawNotice(Long messageId) {
        if (messageId == null) {
            return Notice.NONE;
        }
        if (outbox.withdrawUnsent(messageId)) {
            return Notice.WITHDRAWN;
        }
        return outbox.sent(messageId) ? Notice.SENT : Notice.NONE;
    }

    /** When the queue's part was handed over: its latest hand-over line. */
    private Instant handedOverAt(RoutedInquiry queued) {
        Instant at = em.createQuery("select max(e.occurredAt) from LeadEvent e where e.routedInquiryId = :part"
                        + " and e.kind = :kind", Instant.class)
                .setParameter("part", queued.getId())
                .setParameter("kind", ca.tremplin.person.LeadEventKind.ROUTED).getSingleResult();
        return at == null ? queued.getContactedAt() : at;
    }

    /** The first thing the centre did with its part since the hand-over, if any. */
    Optional<Touch> touch(RoutedInquiry part, Instant since) {
        if (part.getContactedAt() != null) {
            return Optional.of(Touch.ANSWERED);
        }
        if (part.getStatus() != InquiryStatus.NEW) {
            return Optional.of(Touch.TAKEN_UP);
        }
        long leadId = part.getLead().getId();
        long tenantId = part.getTenantId();
        if (counted(STAFF_LINES_SINCE, tenantId, leadId, since) > 0
                || counted(STAFF_TASKS_SINCE, tenantId, leadId, since) > 0
                || counted(INTERVIEWS_SINCE, tenantId, leadId, since) > 0) {
            return Optional.of(Touch.WORKED_ON);
        }
        if (counted(CONSENT_CHANGES_SINCE, tenantId, leadId, since) > 0
                || counted(ACCESS_REQUESTS_SINCE, tenantId, leadId, since) > 0) {
            return Optional.of(Touch.PRIVACY_RECORDED);
        }
        if (counted(OPENED_SINCE, tenantId, leadId, since) > 0) {
            return Optional.of(Touch.VIEWED);
        }
        return Optional.empty();
    }

    private static final String STAFF_LINES_SINCE = "select count(*) from lead_event where tenant_id = ?1"
            + " and lead_id = ?2 and actor_id is not null and occurred_at >= ?3";
    private static final String STAFF_TASKS_SINCE = "select count(*) from lead_task where tenant_id = ?1"
            + " and lead_id = ?2 and created_by is not null and created_at >= ?3";
    private static final String INTERVIEWS_SINCE = "select count(*) from interview i join offer_application a"
            + " on a.id = i.application_id and a.tenant_id = i.tenant_id where a.tenant_id = ?1 and a.lead_id = ?2"
            + " and i.created_at >= ?3";
    /** Said by the person (their preferences page) or recorded by staff: the centre must keep it either way. */
    private static final String CONSENT_CHANGES_SINCE = "select count(*) from consent_change where tenant_id = ?1"
            + " and lead_id = ?2 and recorded_at >= ?3";
    private static final String ACCESS_REQUESTS_SINCE = "select count(*) from access_request_part p"
            + " join access_request r on r.id = p.request_id where p.tenant_id = ?1 and p.lead_id = ?2"
            + " and r.requested_at >= ?3";
    private static final String OPENED_SINCE = "select count(*) from personal_data_access where tenant_id = ?1"
            + " and lead_id = ?2 and accessed_at >= ?3";

    /** The centre's part, its lines and its first answer's task. */
    private void remove(RoutedInquiry part) {
        em.createQuery("delete from LeadEvent e where e.routedInquiryId = :part")
                .setParameter("part", part.getId()).executeUpdate();
        em.createQuery("delete from LeadTask t where t.routedInquiryId = :part")
                .setParameter("part", part.getId()).executeUpdate();
        em.remove(part);
        em.flush();
    }

    /**
     * Whether the person's record at the centre holds nothing once the request is gone: no other request, line, task,
     * registration, application, document, private link, proposal, change of its details, nor a record merged into it,
     * and nothing of the tables that name it without a foreign key (consents changed, access requests, erasures, the
     * access log, an import's undo that kept it) — then it was there only for this request, and deleting it leaves no
     * row naming a record gone.
     */
    private boolean holdsNothingElse(Lead lead) {
        Number holdsMore = (Number) em.createNativeQuery(HOLDS_MORE).setParameter(1, lead.getTenantId())
                .setParameter(2, lead.getId()).getSingleResult();
        return lead.getMergedIntoId() == null && holdsMore.intValue() == 0;
    }

    /** 1 when the record holds anything of its own, each part read by its table's index by lead. */
    static final String HOLDS_MORE = "select case when"
            + " exists (select 1 from routed_inquiry where tenant_id = ?1 and lead_id = ?2)"
            + " or exists (select 1 from lead_event where tenant_id = ?1 and lead_id = ?2)"
            + " or exists (select 1 from lead_task where tenant_id = ?1 and lead_id = ?2)"
            + " or exists (select 1 from event_registration where tenant_id = ?1 and lead_id = ?2)"
            + " or exists (select 1 from offer_application where tenant_id = ?1 and lead_id = ?2)"
            + " or exists (select 1 from lead_document where tenant_id = ?1 and lead_id = ?2)"
            + " or exists (select 1 from applicant_link where tenant_id = ?1 and lead_id = ?2)"
            + " or exists (select 1 from lead_proposal where tenant_id = ?1 and lead_id = ?2)"
            + " or exists (select 1 from lead_audit where tenant_id = ?1 and lead_id = ?2)"
            + " or exists (select 1 from personal_data_access where tenant_id = ?1 and lead_id = ?2)"
            + " or exists (select 1 from consent_change where tenant_id = ?1 and lead_id = ?2)"
            + " or exists (select 1 from access_request_part where tenant_id = ?1 and lead_id = ?2)"
            + " or exists (select 1 from person_erasure where tenant_id = ?1 and lead_id = ?2)"
            + " or exists (select 1 from lead_import_kept where tenant_id = ?1 and lead_id = ?2)"
            + " or exists (select 1 from lead_import_attendance where tenant_id = ?1 and lead_id = ?2)"
            + " or exists (select 1 from `lead` where tenant_id = ?1 and merged_into_id = ?2)"
            + " then 1 else 0 end";

    private long counted(String sql, long tenantId, long leadId, Instant since) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, tenantId).setParameter(2, leadId)
                .setParameter(3, java.time.LocalDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .getSingleResult()).longValue();
    }
}
