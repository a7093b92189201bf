package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.pipeline.LeadFilter;
import ca.tremplin.pipeline.LeadListService;
import ca.tremplin.pipeline.LeadRow;
import ca.tremplin.pipeline.LeadService;
import ca.tremplin.security.Role;
import ca.tremplin.security.StaffHandover;
import ca.tremplin.security.UserAccount;
import ca.tremplin.security.UserAdministration;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.testsupport.TestFixtures;
import ca.tremplin.security.TestSessions;
import ca.tremplin.kernel.TableSort;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A recruiter leaves: what they held (requests not closed, open tasks, the leads they follow, routing lines) goes
 * to the colleague the admin names, or by the centre's rules, and nothing stays with a person who can no longer sign
 * in.
 */
class StaffHandoverIT extends InServerTest {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    UserAdministration administration;

    @Inject
    LeadService leads;

    @Inject
    LeadListService leadList;

    @Inject
    InquirySettingsService settings;

    @Inject
    InboxService inbox;

    @Test
    void aColleagueNamedTakesTheRequestsTasksLeadsAndRoutingLinesOfThePersonLeaving() {
        Desk desk = deskOfOneRecruiter("handover-named");
        UserAccount colleague = fixtures.newAccount(desk.centre, Role.RECRUITER);

        StaffHandover handover;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(desk.admin, desk.centre)) {
            StaffHandover before = administration.workHeldBy(desk.leaving.getId());
            assertEquals(List.of(2, 3, 3, 1), counts(before), "requests not closed, open tasks, leads, routing lines");
            handover = administration.deactivate(desk.leaving.getId(), desk.leaving.getVersion(), colleague.getId());
        }

        assertEquals(List.of(2, 3, 3, 1), counts(handover));
        assertEquals(colleague.getDisplayName(), handover.colleagueName());
        assertEquals(List.of(colleague.getId(), colleague.getId(), desk.leaving.getId()), assignees(desk),
                "the open requests are the colleague's; the closed one keeps who answered it");
        assertEquals(List.of(colleague.getId(), colleague.getId(), colleague.getId()), openTaskAssignees(desk));
        assertEquals(List.of(colleague.getId(), colleague.getId(), colleague.getId()), owners(desk));
        assertEquals(List.of(colleague.getId()), routingLines(desk));
        assertEquals(List.of("VN = " + desk.leaving.getEmail() + " → VN = " + colleague.getEmail() + ":"
                        + desk.admin.getId()), settingsHistory(desk),
                "the settings' history has the line that moved, and who moved it");
        assertEquals(3L, timelineLines(desk, "OWNER_CHANGED", colleague.getDisplayName()),
                "each lead says who follows it now, and that the admin moved it");
        assertEquals(2L, timelineLines(desk, "ASSIGNED", colleague.getDisplayName()));
    }

    /**
     * The colleague named hears what they received, in their own language, through the outbox: the requests, tasks,
     * leads by stage and routing line, with a link to their lead list narrowed to the leads they received — which
     * lists those, not the leads they followed before, and says what it is narrowed to. Work shared by the centre's
     * rules, nobody named, mails nobody.
     */
    @Test
    void theColleagueNamedIsMailedWhatTheyReceivedWithALinkToTheLeadsTheyReceived() {
        Desk desk = deskOfOneRecruiter("handover-summary");
        UserAccount colleague = fixtures.newAccount(desk.centre, Role.RECRUITER, Languages.ENGLISH);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(desk.admin, desk.centre)) {
            administration.deactivate(desk.leaving.getId(), desk.leaving.getVersion(), colleague.getId());
        }

        List<ca.tremplin.mail.OutboxMessage> mails = mailsTo(colleague.getEmail());
        assertEquals(1, mails.size(), "one summary");
        ca.tremplin.mail.OutboxMessage summary = mails.get(0);
        assertEquals("Handed over to you: the work of " + desk.leaving.getDisplayName(), summary.getSubject(),
                "in the colleague's language");
        assertEquals(desk.centre.getId(), summary.getTenantId());
        String text = summary.getBodyText();
        assertTrue(text.contains(desk.admin.getDisplayName() + " deactivated the account of "
                + desk.leaving.getDisplayName()), text);
        assertTrue(text.contains("– 2 requests\n– 3 tasks\n– 3 leads (New: 3)\n– 1 routing line"), text);
        String query = "owner=" + colleague.getId() + "&handedOverFrom=" + desk.leaving.getId();
        assertTrue(text.contains("/admin/leads.xhtml?" + query + "&lang=en"), "the leads received: " + text);

        // A lead of the centre's own (a request about one of its programs), which the colleague already followed.
        Program offered = tenancy.acrossAllTenants(() -> em.createQuery("select p from Program p where p.tenantId = :t",
                Program.class).setParameter("t", desk.centre.getId()).setMaxResults(1).getSingleResult());
        ca.tremplin.person.Lead before = fixtures.newLead(desk.centre, offered);
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update `lead` set owner_id = ?1 where id = ?2")
                .setParameter(1, colleague.getId()).setParameter(2, before.getId()).executeUpdate());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(colleague, desk.centre)) {
            LeadFilter received = LeadFilter.parse(query);
            assertEquals(Set.copyOf(desk.leadIds), leadList.page(received, 0, 10, TableSort.DEFAULT).stream()
                    .map(LeadRow::id).collect(java.util.stream.Collectors.toSet()),
                    "the leads received, not those they followed besides");
            assertEquals(4, leadList.count(LeadFilter.parse("owner=" + colleague.getId())));
            assertEquals("followed by " + desk.leaving.getDisplayName() + ", handed over when they left",
                    leadList.narrowing(received, Languages.ENGLISH));
        }

        Desk byRules = deskOfOneRecruiter("handover-summary-rules");
        fixtures.newAccount(byRules.centre, Role.RECRUITER);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(byRules.admin, byRules.centre)) {
            administration.deactivate(byRules.leaving.getId(), byRules.leaving.getVersion(), null);
        }
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery("select count(m) from OutboxMessage m"
                        + " where m.tenantId = :t and (m.subject like 'Travail confié%'"
                        + " or m.subject like 'Handed over%')", Long.class)
                .setParameter("t", byRules.centre.getId()).getSingleResult()),
                "nobody named, nobody told of work they did not receive");
    }

    @Test
    void withoutAColleagueRequestsGoByTheCentresRuleAndLeadsAndTasksWaitForSomeone() {
        Desk desk = deskOfOneRecruiter("handover-rules");
        UserAccount first = fixtures.newAccount(desk.centre, Role.RECRUITER);
        UserAccount second = fixtures.newAccount(desk.centre, Role.RECRUITER);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(desk.admin, desk.centre)) {
            StaffHandover handover = administration.deactivate(desk.leaving.getId(), desk.leaving.getVersion(),
                    null);
            assertEquals(List.of(2, 1, 3, 1), counts(handover),
                    "the one task left with nobody: the first answers went with their requests");

            List<LeadRow> nobodys = leadList.page(new LeadFilter(null, LeadFilter.NOBODY, null, null, null, null,
                    null), 0, 10, TableSort.DEFAULT);
            assertEquals(Set.copyOf(desk.leadIds), nobodys.stream().map(LeadRow::id).collect(
                    java.util.stream.Collectors.toSet()), "the lead list's owner \"(nobody)\" finds the leads left");
        }

        List<Long> assignees = assignees(desk);
        Set<Long> recruiters = Set.of(first.getId(), second.getId());
        assertTrue(recruiters.contains(assignees.get(0)) && recruiters.contains(assignees.get(1)),
                "each open request goes to an active recruiter by the centre's rule: " + assignees);
        assertEquals(desk.leaving.getId(), assignees.get(2), "the closed request is left as it was");
        List<Long> firstAnswers = firstAnswerAssignees(desk);
        assertEquals(assignees.subList(0, 2), firstAnswers, "each first answer's task follows its request");
        assertNull(manualTaskAssignee(desk), "the other task waits for someone to take it");
        assertEquals(java.util.Arrays.asList(null, null, null), owners(desk));
        assertEquals(List.of(), routingLines(desk), "the line naming the person is removed: their countries go by turns");
    }

    @Test
    void routingLinesHandedToAnAdminAreRemovedSinceRoutingCouldNeverFollowThem() {
        Desk desk = deskOfOneRecruiter("handover-admin");
        fixtures.newAccount(desk.centre, Role.RECRUITER);
        StaffHandover handover;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(desk.admin, desk.centre)) {
            handover = administration.deactivate(desk.leaving.getId(), desk.leaving.getVersion(), desk.admin.getId());
        }
        assertEquals(List.of(), routingLines(desk), "not the admin's: the settings page would refuse to save it");
        assertEquals(List.of(0, 1), List.of(handover.count(StaffHandover.Work.ROUTING_LINES),
                handover.count(StaffHandover.Work.ROUTING_LINES_REMOVED)),
                "the page says the line was removed, not handed to the admin");
        assertEquals(List.of(desk.admin.getId(), desk.admin.getId(), desk.leaving.getId()), assignees(desk),
                "the requests are the admin's to answer or pass on");
    }

    /**
     * A recruiter made an admin leaves the round of recruiters: the routing line naming them goes (else the settings
     * page refused every later save), and the requests they hold stay theirs to answer.
     */
    @Test
    void aRecruiterMadeAnAdminLeavesTheRoutingLinesAndKeepsTheirRequests() {
        Desk desk = deskOfOneRecruiter("role-change");
        List<Long> before = assignees(desk);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(desk.admin, desk.centre)) {
            administration.changeRole(desk.leaving.getId(), Role.CSS_ADMIN, desk.leaving.getVersion());
        }
        assertEquals(List.of(), routingLines(desk), "no line names someone who is no recruiter");
        assertEquals(List.of("VN = " + desk.leaving.getEmail() + " → —:" + desk.admin.getId()),
                settingsHistory(desk), "the line removed is in the settings' history");
        assertEquals(before, assignees(desk), "their requests stay theirs");
    }

    @Test
    void aColleagueFromAnotherCentreOrInactiveIsRefusedAndNothingMoves() {
        Desk desk = deskOfOneRecruiter("handover-refused");
        Tenant elsewhere = fixtures.newSchoolBoard("handover-elsewhere");
        UserAccount stranger = fixtures.newAccount(elsewhere, Role.RECRUITER);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(desk.admin, desk.centre)) {
            assertEquals("user.handoverNotColleague", assertThrows(BusinessRuleException.class,
                    () -> administration.deactivate(desk.leaving.getId(), desk.leaving.getVersion(),
                            stranger.getId())).messageKey());
            assertEquals("user.handoverNotColleague", assertThrows(BusinessRuleException.class,
                    () -> administration.deactivate(desk.leaving.getId(), desk.leaving.getVersion(),
                            desk.leaving.getId())).messageKey(), "nor can the work go to the person leaving");
            assertTrue(administration.find(desk.leaving.getId()).isActive());
        }
        assertEquals(List.of(desk.leaving.getId(), desk.leaving.getId(), desk.leaving.getId()), assignees(desk));
        assertEquals(List.of(desk.leaving.getId(), desk.leaving.getId(), desk.leaving.getId()), owners(desk));
    }

    /**
     * The person leaving held requests from Morocco and Senegal, one after the other; the centre routes Morocco to Awa
     * and the rest in turn. Moroccan requests go to Awa without taking a turn, so the Senegalese ones go to each
     * recruiter in turn rather than all to Benoît.
     */
    @Test
    void withoutAColleagueTheRequestsTheMappingGivesTakeNoTurnFromTheOthers() {
        Tenant centre = fixtures.newSchoolBoard("handover-turns");
        UserAccount leaving = fixtures.newAccount(centre, Role.RECRUITER);
        UserAccount admin = fixtures.newAccount(centre, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(centre, ProgramType.DEP, TestFixtures.programCode(), "Cuisine",
                "Professional Cooking", "03", "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10),
                true);
        List<String> countries = List.of("MA", "SN", "MA", "SN");
        for (int i = 0; i < countries.size(); i++) {
            InquiryRequest request = InquiryRequests.complete(InquiryRequests.uniqueEmail(), program.getId());
            request.setCountryOfResidence(countries.get(i));
            request.setPhone(null);
            fixtures.submitted(request, new SubmissionContext(UUID.randomUUID().toString(), Inquiry.Channel.API,
                    "10.1.2." + (60 + i), Languages.FRENCH));
        }
        UserAccount awa = fixtures.newAccount(centre, Role.RECRUITER);
        UserAccount benoit = fixtures.newAccount(centre, Role.RECRUITER);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            settings.save(ca.tremplin.inquiry.RoutingRule.BY_COUNTRY, 8, null, "MA = " + awa.getEmail(),
                    settings.settings().getVersion());
            UserAccount current = administration.find(leaving.getId());
            administration.deactivate(current.getId(), current.getVersion(), null);
        }

        List<Long> assignees = tenancy.acrossAllTenants(() -> em.createQuery("select r.assignedTo from RoutedInquiry r"
                + " where r.tenantId = :t order by r.id", Long.class).setParameter("t", centre.getId())
                .getResultList());
        assertEquals(List.of(awa.getId(), awa.getId()), List.of(assignees.get(0), assignees.get(2)),
                "Morocco to its recruiter");
        assertEquals(Set.of(awa.getId(), benoit.getId()), Set.of(assignees.get(1), assignees.get(3)),
                "Senegal to each recruiter in turn: " + assignees);
    }

    /**
     * A recruiter reassigns a request from a page that still offers a colleague who left since: they read that the
     * colleague left, by name, on the page, and the request stays theirs — no page not found, and nobody gone given it.
     */
    @Test
    void aRequestReassignedToAColleagueWhoLeftMeanwhileIsRefusedByNameAndStaysWhereItWas() {
        Desk desk = deskOfOneRecruiter("reassign-departed");
        UserAccount colleague = fixtures.newAccount(desk.centre, Role.RECRUITER);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(desk.admin, desk.centre)) {
            UserAccount current = administration.find(colleague.getId());
            administration.deactivate(current.getId(), current.getVersion(), null);
        }

        try (TenantContext.Scope ignored = TestSessions.signedInAs(desk.leaving, desk.centre)) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> inbox.reassign(desk.routedIds.get(0), colleague.getId()));
            assertEquals("inbox.reassignDeparted", refused.messageKey());
            String said = refused.localizedMessage(Languages.ENGLISH);
            assertTrue(said.startsWith(colleague.getDisplayName() + " is no longer an active member of the centre’s"
                    + " staff"), said);
        }
        assertEquals(desk.leaving.getId(), assignees(desk).get(0), "still with the recruiter who had it");
    }

    /**
     * A centre whose only recruiter (the one about to leave) has three requests, one of them closed, an open task of
     * their own besides the first answers, three leads and a routing line naming them.
     */
    private Desk deskOfOneRecruiter(String label) {
        Tenant centre = fixtures.newSchoolBoard(label);
        UserAccount leaving = fixtures.newAccount(centre, Role.RECRUITER);
        UserAccount admin = fixtures.newAccount(centre, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(centre, ProgramType.DEP, TestFixtures.programCode(), "Soudage-montage",
                "Welding and Fitting", "07", "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10),
                true);
        for (int i = 0; i < 3; i++) {
            fixtures.submitted(InquiryRequests.complete(InquiryRequests.uniqueEmail(), program.getId()),
                    new SubmissionContext(UUID.randomUUID().toString(), Inquiry.Channel.FORM, "10.1.2." + (40 + i),
                            Languages.FRENCH));
        }
        List<List<Long>> ids = tenancy.asTenant(centre.getId(), () -> {
            List<Long> routed = em.createQuery("select r.id from RoutedInquiry r order by r.id", Long.class)
                    .getResultList();
            em.createNativeQuery("update routed_inquiry set status = 'CLOSED' where id = ?1")
                    .setParameter(1, routed.get(2)).executeUpdate();
            List<Long> leadIds = em.createQuery("select r.lead.id from RoutedInquiry r order by r.id", Long.class)
                    .getResultList();
            em.createNativeQuery("update lead_task set done_at = now(6) where lead_id = ?1")
                    .setParameter(1, leadIds.get(2)).executeUpdate();
            em.createNativeQuery("insert into inquiry_routing_entry (tenant_id, match_kind, match_value,"
                            + " user_account_id) values (?1, 'COUNTRY', 'VN', ?2)")
                    .setParameter(1, centre.getId()).setParameter(2, leaving.getId()).executeUpdate();
            return List.of(routed, leadIds);
        });
        try (TenantContext.Scope ignored = TestSessions.signedInAs(leaving, centre)) {
            leads.addTask(ids.get(1).get(2), "Rappeler après le salon", Instant.now().plus(2, ChronoUnit.DAYS),
                    leaving.getId());
        }
        UserAccount current = tenancy.acrossAllTenants(() -> em.find(UserAccount.class, leaving.getId()));
        return new Desk(centre, admin, current, ids.get(0), ids.get(1));
    }

    private record Desk(Tenant centre, UserAccount admin, UserAccount leaving, List<Long> routedIds,
                        List<Long> leadIds) {
    }

    private static List<Integer> counts(StaffHandover handover) {
        return List.of(handover.count(StaffHandover.Work.REQUESTS), handover.count(StaffHandover.Work.TASKS),
                handover.count(StaffHandover.Work.LEADS), handover.count(StaffHandover.Work.ROUTING_LINES));
    }

    private List<ca.tremplin.mail.OutboxMessage> mailsTo(String email) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select m from OutboxMessage m where m.recipient = :email"
                + " order by m.id", ca.tremplin.mail.OutboxMessage.class).setParameter("email", email).getResultList());
    }

    private List<Long> assignees(Desk desk) {
        return desk.routedIds.stream().map(id -> tenancy.acrossAllTenants(
                () -> em.find(RoutedInquiry.class, id).getAssignedTo())).toList();
    }

    private List<Long> owners(Desk desk) {
        return desk.leadIds.stream().map(id -> tenancy.acrossAllTenants(() -> {
            Object owner = em.createNativeQuery("select owner_id from `lead` where id = ?1").setParameter(1, id)
                    .getSingleResult();
            return owner == null ? null : ((Number) owner).longValue();
        })).toList();
    }

    private List<Long> openTaskAssignees(Desk desk) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select t.assignedTo from LeadTask t"
                        + " where t.leadId in :leads and t.doneAt is null order by t.id", Long.class)
                .setParameter("leads", desk.leadIds).getResultList());
    }

    private List<Long> firstAnswerAssignees(Desk desk) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select t.assignedTo from LeadTask t"
                        + " where t.leadId in :leads and t.doneAt is null"
                        + " and t.kind = ca.tremplin.person.TaskKind.FIRST_RESPONSE order by t.leadId", Long.class)
                .setParameter("leads", desk.leadIds.subList(0, 2)).getResultList());
    }

    private Long manualTaskAssignee(Desk desk) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select t.assignedTo from LeadTask t"
                        + " where t.leadId in :leads and t.doneAt is null"
                        + " and t.kind = ca.tremplin.person.TaskKind.MANUAL", Long.class)
                .setParameter("leads", desk.leadIds).getSingleResult());
    }

    /** The centre's routing mapping changes in the settings' history: "before → after:who". */
    @SuppressWarnings("unchecked")
    private List<String> settingsHistory(Desk desk) {
        return tenancy.acrossAllTenants(() -> em.createNativeQuery("select concat(detail, ':', actor_id)"
                + " from staff_change where tenant_id = ?1 and what = 'MAPPING' order by id")
                .setParameter(1, desk.centre.getId()).getResultList());
    }

    private List<Long> routingLines(Desk desk) {
        return tenancy.acrossAllTenants(() -> em.createNativeQuery("select user_account_id from"
                        + " inquiry_routing_entry where tenant_id = ?1", Long.class)
                .setParameter(1, desk.centre.getId()).getResultList());
    }

    private long timelineLines(Desk desk, String kind, String detail) {
        return tenancy.acrossAllTenants(() -> ((Number) em.createNativeQuery("select count(*) from lead_event"
                        + " where lead_id in (?1, ?2, ?3) and kind = ?4 and detail = ?5 and actor_id = ?6")
                .setParameter(1, desk.leadIds.get(0)).setParameter(2, desk.leadIds.get(1))
                .setParameter(3, desk.leadIds.get(2)).setParameter(4, kind).setParameter(5, detail)
                .setParameter(6, desk.admin.getId()).getSingleResult()).longValue());
    }
}
