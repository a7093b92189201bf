package ca.tremplin.inquiry;

import ca.tremplin.mail.Outbox;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentRecord;
import ca.tremplin.person.ConsentTexts;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEvent;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.person.LeadInterests;
import ca.tremplin.person.LeadRegistry;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantKind;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records one request, across tenants on purpose (the caller runs it under {@code Tenancy.acrossAllTenants}), in
 * two transactions. {@link #receiveAcrossTenants} writes the request as submitted with its programs and consents,
 * while the visitor waits. {@link #routeAcrossTenants}, called by {@link InquiryRouter} a moment later, writes a
 * part for each centre it concerns with the person's lead there, a recruiter and a deadline counted from the
 * request's arrival, the timeline entries, the first-response tasks and the acknowledgement in the outbox, and
 * marks the request routed. Each transaction is committed whole or not at all. Tenant-owned rows get their tenant
 * set explicitly, which Hibernate accepts only from the root tenant.
 */
@ApplicationScoped
public class InquiryIntake {

    @Inject
    jakarta.enterprise.inject.Instance<ca.tremplin.mail.ConsentLinks> consentLinks;

    @Inject
    ca.tremplin.person.CreditedTouches creditedTouches;

    @Inject
    InquiryRepository inquiries;

    @Inject
    TenantRepository tenants;

    @Inject
    ca.tremplin.tenant.FormerSlugs formerSlugs;

    @Inject
    Outbox outbox;

    @Inject
    RecruiterTurns turns;

    @Inject
    LeadRegistry leads;

    @Inject
    LeadInterests interests;

    @Inject
    ca.tremplin.unsubscribe.Unsubscriptions unsubscriptions;

    @Inject
    ca.tremplin.person.MailingConsents consents;


    /** The request as submitted, its programs and consents; once per idempotency key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SubmissionReceipt receiveAcrossTenants(ValidInquiry valid, String idempotencyKey, Inquiry.Channel channel,
                                                  String ipAddress, Instant now) {
        return receiveAcrossTenants(valid, idempotencyKey, channel, ipAddress, ca.tremplin.web.CampaignTouches.NONE,
                now);
    }

    /** The request as submitted with the campaign touches it carried, its programs and consents; once per key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SubmissionReceipt receiveAcrossTenants(ValidInquiry valid, String idempotencyKey, Inquiry.Channel channel,
                                                  String ipAddress, ca.tremplin.web.CampaignTouches touches,
                                                  Instant now) {
        Optional<Inquiry> earlier = inquiries.findByIdempotencyKey(idempotencyKey);
        if (earlier.isPresent()) {
            return receiptOfResubmission(earlier.get(), valid);
        }
        Inquiry inquiry = new Inquiry(valid, idempotencyKey, channel, ipAddress, now);
        // A centre named by a name it left when the coordinating organisation renamed it (a link printed before, a
        // partner's integration): the request chose that centre, and keeps it by its name of today, which routing and
        // the coordination's queue read.
        formerSlugs.centreNamed(valid.schoolBoardSlug()).map(Tenant::getSlug).ifPresent(inquiry::choseCentre);
        // The request keeps the touches of campaigns that exist; each centre's lead, those that speak for it.
        inquiry.touchedBy(creditedTouches.existing(touches));
        inquiries.persist(inquiry);
        inquiries.flush();
        String source = channel + " " + (valid.landingPage() == null ? "" : valid.landingPage());
        inquiries.persist(inquiry.consent(ConsentPurpose.CONTACT, true, source.strip()));
        inquiries.persist(inquiry.consent(ConsentPurpose.NEWS, valid.consentToNews(), source.strip()));
        if (valid.guardian() != null) {
            // Under 14: the parent's or guardian's own consent, word for word, with who gave it.
            inquiries.persist(inquiry.consent(ConsentPurpose.GUARDIAN, true, source.strip())
                    .givenByGuardian(valid.guardian().name(), valid.guardian().email()));
        }
        return new SubmissionReceipt(inquiry.getId(), inquiry.getReceivedAt(), false);
    }

    /** Receives and routes at once, in the caller's transaction: for requests loaded in bulk (the demo's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public SubmissionReceipt receiveAndRouteAcrossTenants(ValidInquiry valid, String idempotencyKey,
                                                          Inquiry.Channel channel, String ipAddress, Instant now) {
        return receiveAndRouteAcrossTenants(valid, idempotencyKey, channel, ipAddress,
                ca.tremplin.web.CampaignTouches.NONE, now);
    }

    /** Receives and routes at once a request that came through campaign links (the demo's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public SubmissionReceipt receiveAndRouteAcrossTenants(ValidInquiry valid, String idempotencyKey,
                                                          Inquiry.Channel channel, String ipAddress,
                                                          ca.tremplin.web.CampaignTouches touches, Instant now) {
        SubmissionReceipt receipt = receiveAcrossTenants(valid, idempotencyKey, channel, ipAddress, touches, now);
        if (!receipt.duplicate()) {
            routeAcrossTenants(List.of(inquiries.findInquiry(receipt.inquiryId())), now);
        }
        return receipt;
    }

    /**
     * Routes received requests that are not routed yet (the caller holds their row locks), in the caller's
     * transaction: for each, a part per centre whose published programs it names — else the centre it was sent
     * from, else the coordinating organisation — each with its deadline counted from when the person asked, and
     * the acknowledgement naming who will answer. What routing reads about programs and centres is read once for
     * the whole batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void routeAcrossTenants(List<Inquiry> batch, Instant now) {
        Set<Long> askedIds = new HashSet<>();
        batch.forEach(inquiry -> askedIds.addAll(inquiry.getProgramIds()));
        List<AskedProgram> published = inquiries.publishedPrograms(askedIds);
        // A program of a centre closed since the person saw it is routed to nobody, but still what they asked about.
        List<AskedProgram> named = inquiries.namedPrograms(askedIds);
        CentreFacts centres = new CentreFacts();
        for (Inquiry inquiry : batch) {
            route(inquiry, published.stream().filter(program -> inquiry.getProgramIds().contains(program.id()))
                    .toList(), named.stream().filter(program -> inquiry.getProgramIds().contains(program.id()))
                    .toList(), centres, now);
        }
    }

    private void route(Inquiry inquiry, List<AskedProgram> programs, List<AskedProgram> named, CentreFacts centres,
                       Instant now) {
        List<AcknowledgementMail.Answerer> answerers = new ArrayList<>();
        List<RoutedInquiry> parts = new ArrayList<>();
        List<Tenant> nobodyToAnswer = new ArrayList<>();
        for (Map.Entry<Tenant, List<Long>> destination
                : destinations(inquiry.getRequestedTenantSlug(), programs, nobodyToAnswer).entrySet()) {
            Tenant tenant = destination.getKey();
            RoutedInquiry routed = routeTo(tenant, inquiry, destination.getValue(), inquiry.getReceivedAt(), now,
                    centres);
            parts.add(routed);
            // The person chose a centre that has nobody to answer yet: they are told which, and that the
            // coordination answers in its place.
            String inPlaceOf = tenant.getKind() != TenantKind.COORDINATION || nobodyToAnswer.isEmpty() ? null
                    : nobodyToAnswer.stream().map(centre -> centre.localizedName(inquiry.locale()))
                    .collect(Collectors.joining(", "));
            answerers.add(new AcknowledgementMail.Answerer(tenant.localizedName(inquiry.locale()),
                    routed.getResponseDeadline(), inPlaceOf));
        }
        // Sent for the centre that holds the request when one does (its privacy officer signs the footer); for the
        // platform when several share it.
        Long holder = parts.stream().map(RoutedInquiry::getTenantId).distinct().count() == 1
                ? parts.get(0).getTenantId() : null;
        outbox.enqueue(holder, AcknowledgementMail.compose(inquiry, named, answerers,
                newsAwaitsConfirmation(inquiry, parts)));
        tellTheGuardian(inquiry, answerers, holder);
        parts.forEach(routed -> firstResponseTask(routed, now));
        inquiry.routed(now);
    }

    /**
     * The coordinating organisation hands an unrouted request to a school service centre: the centre gets its
     * part — with the programs of that centre the person asked about, for its recruiter by program, the interests of
     * its lead and its reports — (lead, recruiter, deadline from now), the queue's part is closed. A part the centre
     * held before and closed unanswered (handed back when it closed) is opened again; one it holds waiting or answered
     * is never handed to it again (see {@link InboxService#handOver}). Runs under the root tenant.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RoutedInquiry handOverAcrossTenants(RoutedInquiry queued, Tenant schoolBoard, Long actorId, Instant now) {
        Inquiry inquiry = queued.getInquiry();
        List<Long> programIds = inquiries.publishedPrograms(inquiry.getProgramIds()).stream()
                .filter(program -> program.tenantId() == schoolBoard.getId().longValue()).map(AskedProgram::id)
                .toList();
        RoutedInquiry routed = partAt(schoolBoard, inquiry, programIds, now);
        leaveTheQueue(queued, schoolBoard, actorId, now);
        // The person was told the coordination would answer: they learn which centre has their request now, unless
        // they said no to being contacted.
        if (mayTellOfTheMove(queued, routed)) {
            queued.handOverNotice(outbox.enqueue(schoolBoard.getId(), AcknowledgementMail.handedOver(inquiry,
                    new AcknowledgementMail.Answerer(schoolBoard.localizedName(inquiry.locale()),
                            routed.getResponseDeadline()))).getId());
        }
        return routed;
    }

    /**
     * The centre the coordinating organisation would hand a request to answered its own part of it already: the
     * queue's part is closed as handed to that centre, whose part stays as it is — answered, with its answer's time
     * for the first-contact report — and the person, answered, gets no mail saying someone will answer. Runs under
     * the root tenant.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leaveWithTheCentreThatAnsweredAcrossTenants(RoutedInquiry queued, Tenant schoolBoard, Long actorId,
                                                            Instant now) {
        leaveTheQueue(queued, schoolBoard, actorId, now);
    }

    private void leaveTheQueue(RoutedInquiry queued, Tenant schoolBoard, Long actorId, Instant now) {
        queued.routedTo(schoolBoard.getId(), now);
        inquiries.persist(queued.timelineLine(LeadEventKind.ROUTED, actorId, named(schoolBoard), now));
    }

    /**
     * A centre closed while this part of a request still waited for its answer: the coordinating organisation's queue
     * takes the request (a part with its deadline counted from now), the centre's part is closed — not answered: its
     * staff never did — and the person learns who answers now. Runs under the root tenant.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RoutedInquiry handBackAcrossTenants(RoutedInquiry waiting, Tenant closedCentre, Tenant coordination,
                                               Long actorId, Instant now) {
        RoutedInquiry queued = partAt(coordination, waiting.getInquiry(), List.of(), now);
        waiting.handedBackTo(coordination.getId());
        inquiries.persist(waiting.timelineLine(LeadEventKind.ROUTED, actorId, named(coordination), now));
        Inquiry inquiry = waiting.getInquiry();
        if (mayTellOfTheMove(waiting, queued)) {
            outbox.enqueue(coordination.getId(), AcknowledgementMail.handedBack(inquiry,
                    closedCentre.localizedName(inquiry.locale()), new AcknowledgementMail.Answerer(
                            coordination.localizedName(inquiry.locale()), queued.getResponseDeadline())));
        }
        return queued;
    }

    /**
     * A centre sends its part of a request back to the coordinating organisation's queue — it is not its to answer
     * (another centre's trade, a hand-over to the wrong centre) —: the queue holds the request again (a part with its
     * deadline counted from now, or its own part open again), the centre's is closed, not answered, and none of its
     * first-contact figures. The person is told nothing now: the coordination hands the request on, and the person
     * learns then which centre answers. Runs under the root tenant.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RoutedInquiry sendBackAcrossTenants(RoutedInquiry waiting, Tenant coordination, Long actorId, Instant now) {
        RoutedInquiry queued = partAt(coordination, waiting.getInquiry(), List.of(), now);
        waiting.sentBackTo(coordination.getId(), now);
        inquiries.persist(waiting.timelineLine(LeadEventKind.ROUTED, actorId, named(coordination), now));
        return queued;
    }

    /**
     * The coordinating organisation takes back a request it handed to a centre that has not touched it yet: its queue's
     * part waits for an answer again — whoever in the coordination held it, a deadline counted from now, its first
     * answer's task —, as a hand-over restarts it, and its timeline says from which centre and by whom. The centre's
     * part is removed by the caller. Runs under the root tenant.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeBackAcrossTenants(RoutedInquiry queued, Tenant centre, Long actorId, Instant now) {
        InquiryRepository.CentreRouting routing = inquiries.centreRouting(queued.getTenantId());
        queued.reopen(BusinessHours.deadline(now, routing.responseBusinessHours()), queued.getAssignedTo());
        inquiries.persist(queued.timelineLine(LeadEventKind.TAKEN_BACK, actorId, named(centre), now));
        firstResponseTask(queued, now);
    }

    /**
     * The tenant a request moves to, as its line names it: by its number, which the timeline shows by the tenant's
     * name of today in the reader's language.
     */
    private static String named(Tenant tenant) {
        return ca.tremplin.person.TimelineDetails.centre(tenant.getId(), tenant.getNameFr());
    }

    /**
     * Whether the person may be told their request moved from one part to the other: a notice about the request they
     * made, under the rule of a reply ({@code ConsentStandings.Mail.REPLY}), which their latest no to being contacted
     * stops — said to the centre that held the request or to the one that holds it now.
     */
    private boolean mayTellOfTheMove(RoutedInquiry from, RoutedInquiry to) {
        return consents.mayWrite(ca.tremplin.person.ConsentStandings.Mail.REPLY, from.getLead().getId())
                && consents.mayWrite(ca.tremplin.person.ConsentStandings.Mail.REPLY, to.getLead().getId());
    }

    /**
     * The tenant's part of a request handed to it now, with its first answer's task: a new one, or the one it held
     * before and closed unanswered, open again (a request the coordination handed to a centre, which closed before
     * answering; a centre that reopened and is handed back what it held), with its deadline counted from now and the
     * recruiter the rule gives. A part still waiting for its answer is left as it stands, deadline and task: the
     * coordination's queue, which held a request's part for a centre with nobody to answer, when another centre of the
     * same request closes.
     */
    private RoutedInquiry partAt(Tenant tenant, Inquiry inquiry, List<Long> programIds, Instant now) {
        CentreFacts centres = new CentreFacts();
        Optional<RoutedInquiry> held = inquiries.partHeldBy(tenant.getId(), inquiry.getId());
        if (held.isEmpty()) {
            RoutedInquiry routed = routeTo(tenant, inquiry, programIds, now, now, centres);
            firstResponseTask(routed, now);
            return routed;
        }
        RoutedInquiry part = held.get();
        if (part.getStatus().awaitsAnswer()) {
            return part;
        }
        InquiryRepository.CentreRouting routing = centres.routing(tenant.getId());
        Optional<Map.Entry<Long, String>> recruiter = tenant.isCoordination() ? Optional.empty()
                : recruiter(tenant.getId(), routing.rule(), inquiry, programIds, centres);
        part.reopen(BusinessHours.deadline(now, routing.responseBusinessHours()),
                recruiter.map(Map.Entry::getKey).orElse(null));
        interests.record(tenant.getId(), part.getLead().getId(), programIds, null, null);
        inquiries.persist(part.timelineLine(LeadEventKind.REQUEST_RECEIVED, null, "#" + inquiry.getId(), now));
        recruiter.ifPresent(chosen -> inquiries.persist(part.timelineLine(LeadEventKind.ASSIGNED, null,
                chosen.getValue(), now)));
        firstResponseTask(part, now);
        return part;
    }

    /**
     * Each centre whose published programs are asked about, with those programs; else the centre named; else the
     * coordination. A centre with nobody to read its inbox (just created, or all its people gone) would hold a part no
     * one sees while the person is promised an answer: the coordinating organisation takes that part, with the
     * programs it was about, beside the centres that answer their own — never a part lost because another centre of
     * the same request answers.
     */
    private Map<Tenant, List<Long>> destinations(String schoolBoardSlug, List<AskedProgram> programs,
                                                 List<Tenant> nobodyToAnswer) {
        Map<Long, List<Long>> programsByTenant = new LinkedHashMap<>();
        for (AskedProgram program : programs) {
            programsByTenant.computeIfAbsent(program.tenantId(), id -> new ArrayList<>()).add(program.id());
        }
        Map<Tenant, List<Long>> destinations = new LinkedHashMap<>();
        programsByTenant.forEach((tenantId, ids) -> destinations.put(tenants.findById(tenantId).orElseThrow(), ids));
        if (destinations.isEmpty() && schoolBoardSlug != null) {
            // By a name the centre left too: a request recorded as the coordinating organisation renamed it.
            formerSlugs.centreNamed(schoolBoardSlug)
                    .filter(tenant -> tenant.isActive() && tenant.getKind() == TenantKind.SCHOOL_BOARD)
                    .ifPresent(tenant -> destinations.put(tenant, List.of()));
        }
        List<Long> answeredForByTheCoordination = new ArrayList<>();
        destinations.entrySet().removeIf(destination -> {
            if (inquiries.anyoneToAnswer(destination.getKey().getId())) {
                return false;
            }
            nobodyToAnswer.add(destination.getKey());
            answeredForByTheCoordination.addAll(destination.getValue());
            return true;
        });
        if (destinations.isEmpty() || !nobodyToAnswer.isEmpty()) {
            destinations.merge(tenants.findCoordination()
                    .orElseThrow(() -> new IllegalStateException("No coordinating organisation")),
                    answeredForByTheCoordination, (held, more) -> {
                        List<Long> both = new ArrayList<>(held);
                        both.addAll(more);
                        return both;
                    });
        }
        return destinations;
    }

    /**
     * The centre's part of the request, on the person's lead there, with its deadline (business hours from
     * {@code deadlineFrom}), given to a recruiter by the
     * centre's rule (a school service centre with nobody active, and the coordinating organisation, keep it in
     * their queue). The recruiter is chosen before the part is written, so that it is written once.
     */
    private RoutedInquiry routeTo(Tenant tenant, Inquiry inquiry, List<Long> programIds, Instant deadlineFrom,
                                  Instant now, CentreFacts centres) {
        long tenantId = tenant.getId();
        InquiryRepository.CentreRouting routing = centres.routing(tenantId);
        Optional<Map.Entry<Long, String>> recruiter = tenant.isCoordination() ? Optional.empty()
                : recruiter(tenantId, routing.rule(), inquiry, programIds, centres);
        // A new lead is written with its owner; a lead that had none gets this recruiter.
        Lead lead = leads.joinOrCreate(tenantId, inquiry.contact(), inquiry.getReceivedAt(),
                recruiter.map(Map.Entry::getKey).orElse(null), inquiry.changeSource(), inquiry.getId()).lead();
        lead.touchedBy(creditedTouches.forCentre(tenantId, inquiry.getAttribution().touches()));
        RoutedInquiry routed = new RoutedInquiry(tenantId, inquiry, lead,
                BusinessHours.deadline(deadlineFrom, routing.responseBusinessHours()));
        recruiter.ifPresent(chosen -> routed.assignTo(chosen.getKey()));
        inquiries.persist(routed);
        inquiries.flush();
        // The centre's own published programs among those asked: never another centre's, nor a draft or an unknown
        // number sent through the API (the request keeps what was sent). The coordination's part is about the
        // programs of centres it answers for: none of them is the coordination's to report on.
        interests.record(tenantId, lead.getId(), tenant.isCoordination() ? List.of() : programIds,
                inquiry.getPreferredIntake(), inquiry.getHeardFrom());
        // News ticked after the person unsubscribed from the centre's bulk e-mail does not subscribe them again: anyone
        // who knows the address can tick it. The acknowledgement asks them to confirm it from their own link.
        inquiries.persist(routed.timelineLine(LeadEventKind.REQUEST_RECEIVED, null,
                "#" + inquiry.getId(), inquiry.getReceivedAt()));
        recruiter.ifPresent(chosen -> inquiries.persist(
                routed.timelineLine(LeadEventKind.ASSIGNED, null, chosen.getValue(), now)));
        return routed;
    }

    /**
     * Whether the news the person ticked is held back at a centre, a stop of their own standing there (news withdrawn,
     * being contacted withdrawn, the bulk e-mail unsubscribed): said in the acknowledgement, which only the address's
     * owner reads, never on the page, which would tell whoever typed the address that its owner said stop.
     */
    private boolean newsAwaitsConfirmation(Inquiry inquiry, List<RoutedInquiry> parts) {
        if (!inquiries.newsConsented(inquiry.getId())) {
            return false;
        }
        return parts.stream().anyMatch(part -> unsubscriptions.newsAwaitsConfirmation(part.getTenantId(),
                part.getLead().getId(), inquiry.getEmailNormalized()));
    }

    /**
     * The recruiter (id and name) a new part goes to: the one who follows the person already (the owner of their
     * lead, still an active recruiter of the centre: a second request is not answered by a second recruiter, nor
     * takes a turn from the others), else the one the centre's rule gives; none when nobody is active.
     */
    private Optional<Map.Entry<Long, String>> recruiter(long tenantId, RoutingRule rule, Inquiry inquiry,
                                                       List<Long> programIds, CentreFacts centres) {
        Map<Long, String> recruiters = centres.recruiters(tenantId);
        if (recruiters.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> following = leads.ownerOf(tenantId, inquiry.contact()).filter(recruiters::containsKey);
        if (following.isPresent()) {
            return following.map(id -> Map.entry(id, recruiters.get(id)));
        }
        // A turn is taken, in the database's counter, only when the rule's mapping gives nobody.
        return RecruiterChoice.choose(rule, List.copyOf(recruiters.keySet()), () -> turns.next(tenantId),
                        centres.mapping(tenantId, rule), inquiry.getCountryOfResidence(), programIds)
                .map(id -> Map.entry(id, recruiters.get(id)));
    }

    /** What routing reads about a centre (rule, response time, active recruiters, mapping), once per batch. */
    private final class CentreFacts {
        private final Map<Long, InquiryRepository.CentreRouting> routing = new HashMap<>();
        private final Map<Long, Map<Long, String>> recruiters = new HashMap<>();
        private final Map<Long, Map<String, Long>> mappings = new HashMap<>();

        InquiryRepository.CentreRouting routing(long tenantId) {
            return routing.computeIfAbsent(tenantId, inquiries::centreRouting);
        }

        Map<Long, String> recruiters(long tenantId) {
            return recruiters.computeIfAbsent(tenantId, inquiries::activeRecruiters);
        }

        Map<String, Long> mapping(long tenantId, RoutingRule rule) {
            return mappings.computeIfAbsent(tenantId, id -> inquiries.routingMapping(id, rule));
        }
    }

    /**
     * A person under 14 asked with their parent's or guardian's consent: the guardian is written to as well, with
     * what they consented to, which centres will answer, and the child's consent page where they withdraw it (the
     * person's own mail carries the same link at its foot).
     */
    private void tellTheGuardian(Inquiry inquiry, List<AcknowledgementMail.Answerer> answerers, Long holder) {
        List<ca.tremplin.person.ConsentRecord> given = inquiries.guardianConsents(inquiry.getId());
        if (given.isEmpty() || given.get(0).getGuardianEmail() == null) {
            return;
        }
        ca.tremplin.person.ConsentRecord consent = given.get(0);
        String link = consentLinks.isResolvable() ? consentLinks.get().guardianLinkFor(inquiry.getEmailNormalized(),
                inquiry.locale()) : null;
        outbox.enqueue(holder, AcknowledgementMail.toGuardian(inquiry, consent.getGuardianName(),
                consent.getGuardianEmail(), answerers, link));
    }

    /**
     * A new request gives its recruiter (or the queue) a task: answer by the centre's deadline. The task names its
     * request, so that answering, reassigning or handing over one of a person's requests moves or closes its own
     * task and not that of another request of theirs still waiting.
     */
    private void firstResponseTask(RoutedInquiry routed, Instant now) {
        inquiries.persist(ca.tremplin.person.LeadTask.firstResponse(routed.getLead(), routed.getId(),
                routed.getAssignedTo(), routed.getResponseDeadline(), now));
    }

    private static SubmissionReceipt receiptOfResubmission(Inquiry earlier, ValidInquiry valid) {
        if (!earlier.getRequestHash().equals(valid.fingerprint())) {
            throw new IdempotencyConflictException();
        }
        return new SubmissionReceipt(earlier.getId(), earlier.getReceivedAt(), true);
    }
}
