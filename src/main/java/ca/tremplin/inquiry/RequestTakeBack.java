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
 * reply), or its staff opening the request or the person's record since (the access log). A request touched is left
 * with the centre, and the refusal says which of these it was.
 *
 * <p>Taken back, the centre's part is removed with its lines and its first answer's task: the centre no longer sees the
 * request, and its first-contact figures never count it. The person's record there goes too when it held nothing but
 * this request; otherwise it stays, without the request, and the page says so.
 */
@ApplicationScoped
public class RequestTakeBack {

    /** What the centre did with the request, which keeps it there; {@code inbox.takeBackTouched.*} says it. */
    enum Touch { ANSWERED, TAKEN_UP, WORKED_ON, VIEWED }

    /** What a take-back did with the person's record at the centre. */
    public enum Outcome {
        /** The record held nothing but this request: removed with it. */
        RECORD_REMOVED,
        /** The record holds more than this request (another request, a registration, a line of its own): kept. */
        RECORD_KEPT
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

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * Takes back the queue's request {@code routedId}, from a page that showed it at {@code shownVersion}: refused
     * when it was not handed to a centre, when the centre touched it, or when someone acted on it since.
     */
    @Transactional
    public Outcome takeBack(long routedId, Long shownVersion) {
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
            remove(part);
            boolean recordRemoved = holdsNothingElse(lead);
            if (recordRemoved) {
                em.detach(lead);
                em.createNativeQuery("delete from `lead` where id = ?1 and tenant_id = ?2")
                        .setParameter(1, lead.getId()).setParameter(2, centreId).executeUpdate();
            }
            intake.takeBackAcrossTenants(queued, centre, actor, now);
            return recordRemoved ? Outcome.RECORD_REMOVED : Outcome.RECORD_KEPT;
        });
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
                || counted(STAFF_TASKS_SINCE, tenantId, leadId, since) > 0) {
            return Optional.of(Touch.WORKED_ON);
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
     * registration, application, document, private link, proposal, change of its details, nor a record merged into it
     * — then it was there only for this request.
     */
    private boolean holdsNothingElse(Lead lead) {
        Number holdsMore = (Number) em.createNativeQuery(HOLDS_MORE).setParameter(1, lead.getTenantId())
                .setParameter(2, lead.getId()).getSingleResult();
        return lead.getMergedIntoId() == null && holdsMore.intValue() == 0;
    }

    /** 1 when the record holds anything of its own, each part read by its table's index by lead. */
    private static final String HOLDS_MORE = "select case when"
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
            + " or exists (select 1 from `lead` where tenant_id = ?1 and merged_into_id = ?2)"
            + " then 1 else 0 end";

    private long counted(String sql, long tenantId, long leadId, Instant since) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, tenantId).setParameter(2, leadId)
                .setParameter(3, java.time.LocalDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .getSingleResult()).longValue();
    }
}
