package ca.tremplin.inquiry;

import ca.tremplin.mail.Outbox;
import ca.tremplin.pipeline.LeadInterests;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantKind;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records one request in one transaction, across tenants on purpose (the caller runs it under
 * {@code Tenancy.acrossAllTenants}): the request and its consents, a part for each centre it concerns with the
 * person's lead there, a recruiter and a deadline, the timeline entries, and the acknowledgement in the outbox.
 * Either all of it is committed or none. Tenant-owned rows get their tenant set explicitly, which Hibernate
 * accepts only from the root tenant.
 */
@ApplicationScoped
public class InquiryIntake {

    @Inject
    InquiryRepository inquiries;

    @Inject
    TenantRepository tenants;

    @Inject
    Outbox outbox;

    @Inject
    RecruiterTurns turns;

    @Inject
    LeadRegistry leads;

    @Inject
    LeadInterests interests;

    @Transactional(Transactional.TxType.MANDATORY)
    public SubmissionReceipt recordAcrossTenants(ValidInquiry valid, String idempotencyKey, Inquiry.Channel channel,
                                                 String ipAddress, Instant now) {
        Optional<Inquiry> earlier = inquiries.findByIdempotencyKey(idempotencyKey);
        if (earlier.isPresent()) {
            return receiptOfResubmission(earlier.get(), valid);
        }
        Inquiry inquiry = new Inquiry(valid, idempotencyKey, channel, ipAddress, now);
        inquiries.persist(inquiry);
        inquiries.flush();
        String source = channel + " " + (valid.landingPage() == null ? "" : valid.landingPage());
        inquiries.persist(new ConsentRecord(inquiry, ConsentPurpose.CONTACT, true,
                ConsentTexts.of(ConsentPurpose.CONTACT, valid.language()), source.strip()));
        inquiries.persist(new ConsentRecord(inquiry, ConsentPurpose.NEWS, valid.consentToNews(),
                ConsentTexts.of(ConsentPurpose.NEWS, valid.language()), source.strip()));

        List<AskedProgram> programs = inquiries.publishedPrograms(valid.programIds());
        List<AcknowledgementMail.Answerer> answerers = new ArrayList<>();
        List<RoutedInquiry> parts = new ArrayList<>();
        for (Map.Entry<Tenant, List<Long>> destination : destinations(valid, programs).entrySet()) {
            Tenant tenant = destination.getKey();
            RoutedInquiry routed = routeTo(tenant, inquiry, destination.getValue(), now);
            parts.add(routed);
            answerers.add(new AcknowledgementMail.Answerer(tenant.localizedName(valid.language()),
                    routed.getResponseDeadline()));
        }
        outbox.enqueue(null, AcknowledgementMail.compose(inquiry, programs, answerers));
        parts.forEach(routed -> firstResponseTask(routed, now));
        return new SubmissionReceipt(inquiry.getId(), inquiry.getReceivedAt(), false);
    }

    /**
     * The coordinating organisation hands an unrouted request to a school service centre: the centre gets its
     * part (lead, recruiter, deadline from now), the queue's part is closed. Runs under the root tenant.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RoutedInquiry handOverAcrossTenants(RoutedInquiry queued, Tenant schoolBoard, Long actorId, Instant now) {
        RoutedInquiry routed = routeTo(schoolBoard, queued.getInquiry(), List.of(), now);
        firstResponseTask(routed, now);
        queued.routedTo(schoolBoard.getId());
        inquiries.persist(new LeadEvent(queued, LeadEventKind.ROUTED, actorId, schoolBoard.getNameFr(), now));
        return routed;
    }

    /** Each centre whose published programs are asked about; else the centre named; else the coordination. */
    private Map<Tenant, List<Long>> destinations(ValidInquiry valid, List<AskedProgram> programs) {
        Map<Long, List<Long>> programsByTenant = new LinkedHashMap<>();
        for (AskedProgram program : programs) {
            programsByTenant.computeIfAbsent(program.tenantId(), id -> new ArrayList<>()).add(program.id());
        }
        Map<Tenant, List<Long>> destinations = new LinkedHashMap<>();
        programsByTenant.forEach((tenantId, ids) -> destinations.put(tenants.findById(tenantId).orElseThrow(), ids));
        if (destinations.isEmpty() && valid.schoolBoardSlug() != null) {
            tenants.findBySlug(valid.schoolBoardSlug())
                    .filter(tenant -> tenant.isActive() && tenant.getKind() == TenantKind.SCHOOL_BOARD)
                    .ifPresent(tenant -> destinations.put(tenant, List.of()));
        }
        if (destinations.isEmpty()) {
            destinations.put(tenants.findCoordination()
                    .orElseThrow(() -> new IllegalStateException("No coordinating organisation")), List.of());
        }
        return destinations;
    }

    /**
     * The centre's part of the request, on the person's lead there, with its deadline, given to a recruiter by the
     * centre's rule (a school service centre with nobody active, and the coordinating organisation, keep it in
     * their queue). The recruiter is chosen before the part is written, so that it is written once.
     */
    private RoutedInquiry routeTo(Tenant tenant, Inquiry inquiry, List<Long> programIds, Instant now) {
        long tenantId = tenant.getId();
        InquiryRepository.CentreRouting routing = inquiries.centreRouting(tenantId);
        Lead lead = leads.joinOrCreate(tenantId, inquiry.contact(), inquiry.getReceivedAt()).lead();
        RoutedInquiry routed = new RoutedInquiry(tenantId, inquiry, lead,
                BusinessHours.deadline(now, routing.responseBusinessHours()));
        Optional<Map.Entry<Long, String>> recruiter = tenant.isCoordination() ? Optional.empty()
                : recruiter(tenantId, routing.rule(), inquiry.getCountryOfResidence(), programIds);
        recruiter.ifPresent(chosen -> {
            routed.assignTo(chosen.getKey());
            lead.ownedByDefault(chosen.getKey());
        });
        inquiries.persist(routed);
        inquiries.flush();
        interests.record(tenantId, lead.getId(), inquiry.getProgramIds(), inquiry.getPreferredIntake(),
                inquiry.getHeardFrom());
        inquiries.persist(new LeadEvent(routed, LeadEventKind.REQUEST_RECEIVED, null,
                "#" + inquiry.getId(), inquiry.getReceivedAt()));
        recruiter.ifPresent(chosen -> inquiries.persist(
                new LeadEvent(routed, LeadEventKind.ASSIGNED, null, chosen.getValue(), now)));
        return routed;
    }

    /** The recruiter (id and name) the centre's rule gives a new part to; none when nobody is active. */
    private Optional<Map.Entry<Long, String>> recruiter(long tenantId, RoutingRule rule, String country,
                                                       List<Long> programIds) {
        Map<Long, String> recruiters = inquiries.activeRecruiters(tenantId);
        if (recruiters.isEmpty()) {
            return Optional.empty();
        }
        return RecruiterChoice.choose(rule, List.copyOf(recruiters.keySet()), turns.next(tenantId),
                        inquiries.routingMapping(tenantId, rule), country, programIds)
                .map(id -> Map.entry(id, recruiters.get(id)));
    }

    /** A new request gives its recruiter (or the queue) a task: answer by the centre's deadline. */
    private void firstResponseTask(RoutedInquiry routed, Instant now) {
        inquiries.persist(ca.tremplin.pipeline.LeadTask.firstResponse(routed.getLead(), routed.getAssignedTo(),
                routed.getResponseDeadline(), now));
    }

    private static SubmissionReceipt receiptOfResubmission(Inquiry earlier, ValidInquiry valid) {
        if (!earlier.getRequestHash().equals(valid.fingerprint())) {
            throw new IdempotencyConflictException();
        }
        return new SubmissionReceipt(earlier.getId(), earlier.getReceivedAt(), true);
    }
}
