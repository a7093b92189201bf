package ca.tremplin.inquiry;

import ca.tremplin.person.CreditedTouches;
import ca.tremplin.person.GivenBack;
import ca.tremplin.person.HeardFrom;
import ca.tremplin.person.InterestKind;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.person.LeadRegistry;
import ca.tremplin.web.CampaignTouch;
import ca.tremplin.web.CampaignTouches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A request taken back from a centre whose record of the person stays (it holds more than the request): what routing
 * the request there set on the record is given back, so that the record reads as if the request had never reached
 * the centre — its last request's time, the owner it was given when the request created it, the interests the
 * request alone named, the campaign touches it brought — each with a {@link LeadEventKind#GIVEN_BACK} line on the
 * timeline. The person's details it filled are given back by {@code LeadDetails.giveBack}. Runs in the take-back's
 * transaction, under the root tenant: every statement names the centre.
 */
@ApplicationScoped
public class LeadAfterTakeBack {

    /** Something the person sent that the record still holds: when, and the touches credited to the centre. */
    record Arrival(Instant at, CampaignTouches touches) {
    }

    /** One interest as {@code lead_interest} keeps it. */
    record Interest(InterestKind kind, String value) {
    }

    @Inject
    CreditedTouches creditedTouches;

    @Inject
    LeadRegistry leads;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * Gives back on {@code lead} what {@code inquiry}'s part, assigned to {@code routedTo} and now removed, set there.
     *
     * @return what was given back, in the order of its lines
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<GivenBack> giveBack(Lead lead, Inquiry inquiry, Long routedTo, Instant now) {
        long tenantId = lead.getTenantId();
        long leadId = lead.getId();
        List<RoutedInquiry> parts = em.createQuery("select r from RoutedInquiry r join fetch r.inquiry"
                        + " where r.lead.id = :lead and r.tenantId = :tenant order by r.id", RoutedInquiry.class)
                .setParameter("lead", leadId).setParameter("tenant", tenantId).getResultList();
        List<Arrival> arrivals = arrivals(tenantId, leadId, parts);
        List<GivenBack> given = new ArrayList<>();

        Instant last = lastRequestAfter(lead.getLastInquiryAt(), inquiry.getReceivedAt(),
                arrivals.stream().map(Arrival::at).toList(), lead.getFirstInquiryAt());
        if (!last.equals(lead.getLastInquiryAt())) {
            lead.lastCameBackAt(last);
            given.add(GivenBack.LAST_REQUEST);
        }

        boolean createdByIt = inquiry.getReceivedAt().equals(lead.getFirstInquiryAt());
        Owner owner = ownerAfter(createdByIt, lead.getOwnerId(), routedTo, ownerChanged(tenantId, leadId),
                parts.isEmpty() ? null : parts.get(0).getAssignedTo());
        if (owner != null) {
            lead.assignOwner(owner.id());
            given.add(GivenBack.OWNER);
        }

        Set<Interest> others = new LinkedHashSet<>();
        parts.forEach(part -> others.addAll(said(tenantId, part.getInquiry())));
        registeredPrograms(tenantId, leadId)
                .forEach(program -> others.add(new Interest(InterestKind.PROGRAM, program.toString())));
        Set<Interest> alone = saidAlone(said(tenantId, inquiry), others);
        if (forget(tenantId, leadId, alone) > 0) {
            given.add(GivenBack.INTERESTS);
        }

        CampaignTouches touches = touchesAfter(lead.getAttribution().touches(),
                creditedTouches.forCentre(tenantId, inquiry.getAttribution().touches()),
                arrivals.stream().sorted(Comparator.comparing(Arrival::at)).map(Arrival::touches).toList(),
                lead.getFirstInquiryAt());
        if (!touches.equals(lead.getAttribution().touches())) {
            lead.touchesGivenBack(touches);
            given.add(GivenBack.CAMPAIGN_TOUCHES);
        }
        given.forEach(what -> leads.recordOnTimeline(tenantId, leadId, LeadEventKind.GIVEN_BACK, null, what.name(),
                now));
        return given;
    }

    /**
     * The record's last request once one is taken back: unchanged when that request did not set it (something came
     * later); else the latest of what the record still holds (requests, registrations, applications), or, with
     * nothing left, when the centre first knew the person, as a record that never came back reads.
     */
    static Instant lastRequestAfter(Instant held, Instant takenBack, List<Instant> left, Instant firstKnown) {
        if (!takenBack.equals(held)) {
            return held;
        }
        return left.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(firstKnown);
    }

    /** The owner a record is given back; the record's id null (no owner) when its owner goes with nobody after. */
    record Owner(Long id) {
    }

    /**
     * The owner given back, or null to leave it: only on a record the request created, whose owner is still the
     * recruiter routing gave it and no change of owner happened since (staff who chose an owner are not undone). It
     * goes to the recruiter of the record's first request left, who would have owned it, else to nobody.
     */
    static Owner ownerAfter(boolean createdByIt, Long held, Long routedTo, boolean changedSince, Long nextRecruiter) {
        if (!createdByIt || changedSince || routedTo == null || !routedTo.equals(held)
                || routedTo.equals(nextRecruiter)) {
            return null;
        }
        return new Owner(nextRecruiter);
    }

    /** What the taken-back request said that nothing the record still holds says. */
    static Set<Interest> saidAlone(Set<Interest> said, Set<Interest> others) {
        Set<Interest> alone = new LinkedHashSet<>(said);
        alone.removeAll(others);
        return alone;
    }

    /**
     * The campaign touches of a record once a request is taken back: each of its first and last touch that the request
     * brought (the record holds the request's own) is worked out again from what the record still holds, in the order
     * it arrived, by the lead's rule ({@code CampaignAttribution.keep}); one another source brought stays.
     */
    static CampaignTouches touchesAfter(CampaignTouches held, CampaignTouches takenBack, List<CampaignTouches> left,
                                        Instant knownSince) {
        if (takenBack == null || takenBack.isEmpty()) {
            return held;
        }
        CampaignTouch earliest = takenBack.first() != null ? takenBack.first() : takenBack.last();
        CampaignTouch latest = takenBack.last() != null ? takenBack.last() : takenBack.first();
        boolean firstFromIt = earliest.equals(held.first());
        boolean lastFromIt = latest.equals(held.last());
        if (!firstFromIt && !lastFromIt) {
            return held;
        }
        ca.tremplin.person.CampaignAttribution again = new ca.tremplin.person.CampaignAttribution();
        left.forEach(touches -> again.keep(touches, knownSince));
        CampaignTouches rebuilt = again.touches();
        return new CampaignTouches(firstFromIt ? rebuilt.first() : held.first(),
                lastFromIt ? rebuilt.last() : held.last());
    }

    /** What a request said at this centre, as routing recorded it: the centre's programs, the intake, the source. */
    private Set<Interest> said(long tenantId, Inquiry inquiry) {
        Set<Interest> said = new LinkedHashSet<>();
        if (!inquiry.getProgramIds().isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Number> programs = em.createNativeQuery("select id from program where tenant_id = ?1 and id in (?2)")
                    .setParameter(1, tenantId).setParameter(2, inquiry.getProgramIds()).getResultList();
            programs.forEach(id -> said.add(new Interest(InterestKind.PROGRAM, String.valueOf(id.longValue()))));
        }
        if (inquiry.getPreferredIntake() != null) {
            said.add(new Interest(InterestKind.INTAKE, inquiry.getPreferredIntake()));
        }
        HeardFrom source = inquiry.getHeardFrom();
        if (source != null) {
            said.add(new Interest(InterestKind.SOURCE, source.name()));
        }
        return said;
    }

    @SuppressWarnings("unchecked")
    private List<Long> registeredPrograms(long tenantId, long leadId) {
        List<Number> programs = em.createNativeQuery("select distinct p.program_id from event_registration_program p"
                        + " join event_registration r on r.id = p.registration_id"
                        + " where r.tenant_id = ?1 and r.lead_id = ?2")
                .setParameter(1, tenantId).setParameter(2, leadId).getResultList();
        return programs.stream().map(Number::longValue).toList();
    }

    private int forget(long tenantId, long leadId, Set<Interest> interests) {
        int forgotten = 0;
        for (Interest interest : interests) {
            forgotten += em.createNativeQuery("delete from lead_interest where tenant_id = ?1 and lead_id = ?2"
                            + " and kind = ?3 and value = ?4")
                    .setParameter(1, tenantId).setParameter(2, leadId).setParameter(3, interest.kind().name())
                    .setParameter(4, interest.value()).executeUpdate();
        }
        return forgotten;
    }

    /** Whether the record's owner was changed (by staff, a departure, a merge): a line says each change. */
    private boolean ownerChanged(long tenantId, long leadId) {
        return ((Number) em.createNativeQuery("select count(*) from lead_event where tenant_id = ?1 and lead_id = ?2"
                        + " and kind = ?3")
                .setParameter(1, tenantId).setParameter(2, leadId)
                .setParameter(3, LeadEventKind.OWNER_CHANGED.name()).getSingleResult()).longValue() > 0;
    }

    /** The requests, registrations and applications the record still holds: when each came, and its touches. */
    private List<Arrival> arrivals(long tenantId, long leadId, List<RoutedInquiry> parts) {
        List<Arrival> arrivals = new ArrayList<>();
        for (RoutedInquiry part : parts) {
            arrivals.add(new Arrival(part.getInquiry().getReceivedAt(),
                    creditedTouches.forCentre(tenantId, part.getInquiry().getAttribution().touches())));
        }
        for (String table : List.of("event_registration", "offer_application")) {
            String at = table.equals("event_registration") ? "registered_at" : "applied_at";
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select " + at + ", first_touch_campaign_id,"
                            + " first_touch_activity_id, first_touch_at, last_touch_campaign_id, last_touch_activity_id,"
                            + " last_touch_at from " + table + " where tenant_id = ?1 and lead_id = ?2")
                    .setParameter(1, tenantId).setParameter(2, leadId).getResultList();
            for (Object[] row : rows) {
                if (row[0] != null) {
                    arrivals.add(new Arrival(instant(row[0]),
                            new CampaignTouches(touch(row[1], row[2], row[3]), touch(row[4], row[5], row[6]))));
                }
            }
        }
        return arrivals;
    }

    private static CampaignTouch touch(Object campaign, Object activity, Object at) {
        return campaign == null || activity == null || at == null ? null
                : new CampaignTouch(((Number) campaign).longValue(), ((Number) activity).longValue(), instant(at));
    }

    /** DATETIME columns hold UTC (hibernate.jdbc.time_zone): read as such, whatever the JVM's zone. */
    private static Instant instant(Object column) {
        LocalDateTime time = column instanceof Timestamp timestamp ? timestamp.toLocalDateTime()
                : (LocalDateTime) column;
        return time.toInstant(ZoneOffset.UTC);
    }
}
