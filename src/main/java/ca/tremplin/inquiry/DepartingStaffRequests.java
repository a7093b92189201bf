package ca.tremplin.inquiry;

import ca.tremplin.person.LeadEventKind;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.security.StaffHandover;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of staff leaves: the requests they have not closed go to the colleague named, else to the centre's
 * recruiters by its rule (the coordination's, and a centre's with nobody left, wait in the queue), each with its
 * first answer's task and a line on the lead's timeline; the routing lines that name them go to the colleague, else
 * are removed (their requests then go by turns). Runs in the deactivation's transaction, under the admin's tenant.
 */
@ApplicationScoped
public class DepartingStaffRequests {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    InquiryRepository inquiries;

    @Inject
    InboxRepository inbox;

    @Inject
    RecruiterTurns turns;

    @Inject
    TenantRepository tenants;

    @Inject
    SignedInUser signedInUser;

    @Inject
    ca.tremplin.security.StaffChanges staffChanges;

    void handOver(@Observes @jakarta.annotation.Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION)
                  StaffHandover handover) {
        List<RoutedInquiry> open = em.createQuery("select r from RoutedInquiry r where r.assignedTo = :leaving"
                        + " and r.status <> :closed order by r.id", RoutedInquiry.class)
                .setParameter("leaving", handover.leavingId()).setParameter("closed", InquiryStatus.CLOSED)
                .getResultList();
        handover.held(StaffHandover.Work.REQUESTS, open.size());
        Number lines = (Number) em.createNativeQuery("select count(*) from inquiry_routing_entry"
                        + " where tenant_id = ?1 and user_account_id = ?2")
                .setParameter(1, handover.tenantId()).setParameter(2, handover.leavingId()).getSingleResult();
        handover.held(StaffHandover.Work.ROUTING_LINES, lines.intValue());
        if (!handover.isHandOver()) {
            return;
        }
        String mappingBefore = mappingLines(handover.tenantId());
        moveRoutingLines(handover);
        traceMapping(handover.tenantId(), mappingBefore);
        boolean queueOnly = tenants.findById(handover.tenantId()).map(t -> t.isCoordination()).orElse(true);
        Map<Long, String> recruiters = inquiries.activeRecruiters(handover.tenantId());
        InquiryRepository.CentreRouting routing = inquiries.centreRouting(handover.tenantId());
        Map<String, Long> mapping = inquiries.routingMapping(handover.tenantId(), routing.rule());
        for (RoutedInquiry routed : open) {
            // A turn is taken only for a request the rule's mapping gives to nobody.
            Optional<Long> next = handover.colleagueId() != null ? Optional.of(handover.colleagueId())
                    : queueOnly ? Optional.empty()
                    : RecruiterChoice.choose(routing.rule(), List.copyOf(recruiters.keySet()),
                            () -> turns.next(handover.tenantId()), mapping,
                            routed.getInquiry().getCountryOfResidence(), routed.getInquiry().getProgramIds());
            Long before = routed.getAssignedTo();
            routed.assignTo(next.orElse(null));
            List<ca.tremplin.person.LeadTask> firstAnswers = inbox.openFirstResponses(routed)
                    .stream().filter(task -> Objects.equals(task.getAssignedTo(), before)).toList();
            firstAnswers.forEach(task -> task.assignTo(next.orElse(null)));
            if (handover.colleagueId() != null) {
                // Handed to the colleague with the rest; by the centre's rule they follow their request, and the
                // tasks the message then counts are those left with nobody.
                handover.held(StaffHandover.Work.TASKS, firstAnswers.size());
            }
            String to = next.map(id -> id.equals(handover.colleagueId()) ? handover.colleagueName()
                    : recruiters.get(id)).orElse("—");
            inquiries.persist(routed.timelineLine(LeadEventKind.ASSIGNED, signedInUser.getUserId(), to,
                    handover.at()));
        }
    }

    /**
     * A recruiter who becomes an admin leaves the round of recruiters: the routing lines that name them are removed
     * (their countries or programs then go by turns); the requests they hold stay theirs to answer.
     */
    void roleChanged(@Observes ca.tremplin.security.StaffRoleChange change) {
        if (change.leavesRecruiting()) {
            String mappingBefore = mappingLines(change.tenantId());
            em.createNativeQuery("delete from inquiry_routing_entry where tenant_id = ?1 and user_account_id = ?2")
                    .setParameter(1, change.tenantId()).setParameter(2, change.userId()).executeUpdate();
            traceMapping(change.tenantId(), mappingBefore);
        }
    }

    /**
     * The routing lines as the settings' history writes them ("FR = a@… ; MA = b@…"), so that lines a departure or a
     * role change moved or removed are in that history beside those the settings page changed, with who did it.
     */
    private String mappingLines(long tenantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select case when e.match_kind = 'PROGRAM' then p.code else e.match_value end, u.email
                        from inquiry_routing_entry e join user_account u on u.id = e.user_account_id
                        left join program p on e.match_kind = 'PROGRAM' and p.id = e.match_value
                        where e.tenant_id = ?1 order by 1, 2""").setParameter(1, tenantId).getResultList();
        return String.join(" ; ", rows.stream().map(row -> row[0] + " = " + row[1]).toList());
    }

    private void traceMapping(long tenantId, String before) {
        String after = mappingLines(tenantId);
        if (!before.equals(after)) {
            staffChanges.record(ca.tremplin.security.StaffChange.Subject.SETTINGS, null,
                    ca.tremplin.security.StaffChange.What.MAPPING,
                    (before.isEmpty() ? "—" : before) + " → " + (after.isEmpty() ? "—" : after));
        }
    }

    /**
     * Routing lines go to the colleague when routing can follow them (a recruiter who has joined), else they are
     * removed: a line naming an admin would never be followed, and the settings page would refuse to save it.
     */
    private void moveRoutingLines(StaffHandover handover) {
        if (handover.colleagueId() != null
                && inquiries.activeRecruiters(handover.tenantId()).containsKey(handover.colleagueId())) {
            em.createNativeQuery("update inquiry_routing_entry set user_account_id = ?1"
                            + " where tenant_id = ?2 and user_account_id = ?3")
                    .setParameter(1, handover.colleagueId()).setParameter(2, handover.tenantId())
                    .setParameter(3, handover.leavingId()).executeUpdate();
        } else {
            int removed = em.createNativeQuery("delete from inquiry_routing_entry where tenant_id = ?1"
                            + " and user_account_id = ?2")
                    .setParameter(1, handover.tenantId()).setParameter(2, handover.leavingId()).executeUpdate();
            if (handover.colleagueId() != null) {
                // Named, but no recruiter (an admin): the lines are not theirs, and the message must not say so.
                handover.held(StaffHandover.Work.ROUTING_LINES, -removed);
                handover.held(StaffHandover.Work.ROUTING_LINES_REMOVED, removed);
            }
        }
    }
}
