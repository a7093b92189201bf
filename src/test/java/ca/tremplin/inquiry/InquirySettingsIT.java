package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.TableSort;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A centre admin's settings take effect on the next request: routing by country, allowed origins, templates. */
class InquirySettingsIT extends InServerTest {

    @Inject
    InquirySettingsService settings;

    @Inject
    InquiryService inquiries;

    @Inject
    InboxService inbox;

    @Inject
    AllowedOrigins allowedOrigins;

    @Inject
    ca.tremplin.security.UserAdministration invitations;

    @Inject
    ca.tremplin.security.StaffChanges staffChanges;

    @Inject
    ca.tremplin.tenant.Tenancy tenancy;

    @jakarta.persistence.PersistenceContext(unitName = "tremplin")
    jakarta.persistence.EntityManager em;

    @Test
    void byCountryARequestFromAMappedCountryGoesToItsRecruiter() {
        Tenant centre = fixtures.newSchoolBoard("by-country");
        UserAccount admin = fixtures.newAccount(centre, Role.CSS_ADMIN);
        fixtures.newAccount(centre, Role.RECRUITER);
        UserAccount moroccoDesk = fixtures.newAccount(centre, Role.RECRUITER);
        Program program = fixtures.newProgram(centre, ProgramType.DEP, "5311", "Cuisine", "Professional Cooking", "03",
                "w" + UUID.randomUUID().toString().substring(0, 8), true);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            InquirySettings current = settings.settings();
            settings.save(RoutingRule.BY_COUNTRY, 16, null, "ma = " + moroccoDesk.getEmail().toUpperCase(),
                    current.getVersion());
            assertEquals("MA = " + moroccoDesk.getEmail(), settings.mapping(RoutingRule.BY_COUNTRY));
            java.util.Map<ca.tremplin.security.StaffChange.What, String> traced = staffChanges.ofSettings().stream()
                    .collect(java.util.stream.Collectors.toMap(ca.tremplin.security.StaffChange::getWhat,
                            ca.tremplin.security.StaffChange::getDetail));
            assertEquals("ROUND_ROBIN → BY_COUNTRY", traced.get(ca.tremplin.security.StaffChange.What.ROUTING_RULE));
            assertEquals("8 → 16", traced.get(ca.tremplin.security.StaffChange.What.RESPONSE_HOURS));
            assertEquals("— → MA = " + moroccoDesk.getEmail(),
                    traced.get(ca.tremplin.security.StaffChange.What.MAPPING), "who changed what, from what");
        }

        InquiryRequest fromMorocco = InquiryRequests.complete("y." + UUID.randomUUID() + "@example.ma", program.getId());
        fromMorocco.setCountryOfResidence("MA");
        fromMorocco.setPhone(null);
        SubmissionReceipt receipt = fixtures.submitted(fromMorocco, new SubmissionContext(UUID.randomUUID().toString(),
                Inquiry.Channel.API, "10.7.7.7", Languages.FRENCH));

        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            InboxRow row = inbox.page(InboxScope.ALL, 0, 10, TableSort.DEFAULT).get(0);
            assertEquals(moroccoDesk.getId(), row.assignedTo());
            assertEquals(BusinessHours.deadline(receipt.receivedAt(), 16), row.responseDeadline(),
                    "the centre's own response time");
        }
    }

    /**
     * Two admins on the settings page: one adds a routing line, the other, whose page was opened before, changes the
     * response time only. The second is told someone saved meanwhile, and the line stays.
     */
    @Test
    void aRoutingLineSavedByOneAdminIsNotWrittenBackOverByAnother() {
        Tenant centre = fixtures.newSchoolBoard("routing-race");
        UserAccount first = fixtures.newAccount(centre, Role.CSS_ADMIN);
        UserAccount second = fixtures.newAccount(centre, Role.CSS_ADMIN);
        UserAccount dakar = fixtures.newAccount(centre, Role.RECRUITER);
        long openedByBoth;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(first, centre)) {
            openedByBoth = settings.save(RoutingRule.BY_COUNTRY, 8, null, "", settings.settings().getVersion())
                    .getVersion();
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(first, centre)) {
            settings.save(RoutingRule.BY_COUNTRY, 8, null, "SN = " + dakar.getEmail(), openedByBoth);
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(second, centre)) {
            assertEquals("conflict.modifiedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> settings.save(RoutingRule.BY_COUNTRY, 9, null, "", openedByBoth)).messageKey());
            assertEquals("SN = " + dakar.getEmail(), settings.mapping(RoutingRule.BY_COUNTRY), "the line stays");
            assertEquals(8, settings.settings().getResponseBusinessHours());
        }
    }

    @Test
    void aLineThatRoutingCouldNeverFollowIsRefusedWithItsReason() {
        Tenant centre = fixtures.newSchoolBoard("by-country-refused");
        UserAccount admin = fixtures.newAccount(centre, Role.CSS_ADMIN);
        UserAccount dakar = fixtures.newAccount(centre, Role.RECRUITER);
        UserAccount abidjan = fixtures.newAccount(centre, Role.RECRUITER);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            UserAccount invited = invitations.invite(new ca.tremplin.security.UserAdministration.Invitation(
                    "pas.encore." + UUID.randomUUID().toString().substring(0, 6) + "@exemple.test", "Awa Ndiaye",
                    Role.RECRUITER, Languages.FRENCH));
            long version = settings.settings().getVersion();
            assertEquals("inquirySettings.mappingNotRecruiter", assertThrows(BusinessRuleException.class,
                    () -> settings.save(RoutingRule.BY_COUNTRY, 8, null, "MA = " + admin.getEmail(), version))
                    .messageKey(), "an admin would be named and never given a request");
            assertEquals("inquirySettings.mappingNotJoined", assertThrows(BusinessRuleException.class,
                    () -> settings.save(RoutingRule.BY_COUNTRY, 8, null, "MA = " + invited.getEmail(), version))
                    .messageKey());
            assertEquals("inquirySettings.mappingTwice", assertThrows(BusinessRuleException.class,
                    () -> settings.save(RoutingRule.BY_COUNTRY, 8, null, "SN = " + dakar.getEmail() + "\nsn = "
                            + abidjan.getEmail(), version)).messageKey(), "the second line does not win in silence");
            assertEquals("", settings.mapping(RoutingRule.BY_COUNTRY), "nothing saved");
        }
    }

    @Test
    void originsAreCheckedAndAllowedAtOnce() {
        Tenant centre = fixtures.newSchoolBoard("origins");
        UserAccount admin = fixtures.newAccount(centre, Role.CSS_ADMIN);
        String origin = "https://www." + centre.getSlug() + ".example";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            long version = settings.settings().getVersion();
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> settings.save(RoutingRule.ROUND_ROBIN, 8, origin + "/contact", null, version));
            assertEquals("inquirySettings.originInvalid", refused.messageKey());
            assertFalse(allowedOrigins.allows(origin));
            for (String notAnOrigin : List.of("https://*", "https://*.example.org", origin + ":99999",
                    "https://intrus@www.example.org", "https://\"x\".example.org")) {
                assertEquals("inquirySettings.originInvalid", assertThrows(BusinessRuleException.class,
                        () -> settings.save(RoutingRule.ROUND_ROBIN, 8, notAnOrigin, null, version)).messageKey(),
                        notAnOrigin);
            }

            settings.save(RoutingRule.ROUND_ROBIN, 8, origin.toUpperCase() + "/\n", null, version);
        }
        assertTrue(allowedOrigins.allows(origin), "allowed at once, whatever the case");
        // Typed with the scheme's own port, which no browser sends: kept without it, and the site's requests pass.
        String plain = "http://intranet." + centre.getSlug() + ".example";
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            settings.save(RoutingRule.ROUND_ROBIN, 8, origin + ":443\n" + plain + ":80/", null,
                    settings.settings().getVersion());
            assertEquals(origin + "\n" + plain, settings.settings().getAllowedOrigins());
        }
        assertTrue(allowedOrigins.allows(origin) && allowedOrigins.allows(plain), "as a browser sends them");
        assertFalse(allowedOrigins.allows(origin + ":8443"), "another port is another origin");
    }

    @Test
    void aCentreCannotReplyWithAnotherCentresTemplate() {
        Tenant mine = fixtures.newSchoolBoard("tpl-mine");
        Tenant other = fixtures.newSchoolBoard("tpl-other");
        UserAccount myAdmin = fixtures.newAccount(mine, Role.CSS_ADMIN);
        UserAccount otherAdmin = fixtures.newAccount(other, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(mine, ProgramType.DEP, "5320", "Pâtisserie", "Pastry", "03",
                "w" + UUID.randomUUID().toString().substring(0, 8), true);
        fixtures.submitted(InquiryRequests.complete("p." + UUID.randomUUID() + "@example.fr", program.getId()),
                new SubmissionContext(UUID.randomUUID().toString(), Inquiry.Channel.FORM, "10.7.7.8",
                        Languages.FRENCH));
        ReplyTemplate othersTemplate;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(otherAdmin, other)) {
            othersTemplate = settings.saveTemplate(new ReplyTemplate("Bonjour", "fr", "Sujet", "Texte"));
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(myAdmin, mine)) {
            long id = inbox.page(InboxScope.ALL, 0, 10, TableSort.DEFAULT).get(0).id();
            assertTrue(settings.templates().isEmpty(), "another centre's templates are not listed");
            assertThrows(NotFoundException.class, () -> inbox.reply(id, othersTemplate.getId()));
        }
    }

    /**
     * By country, Morocco mapped to Awa, "in turn otherwise": requests from Morocco and Senegal alternate. The Moroccan
     * ones go to Awa and take no turn, so the Senegalese ones go to each recruiter in turn — where every turn taken by
     * a Moroccan request left every Senegalese one to Benoît.
     */
    @Test
    void byCountryTheRequestsTheMappingLeavesGoToEachRecruiterInTurn() {
        Tenant centre = fixtures.newSchoolBoard("by-country-turns");
        UserAccount admin = fixtures.newAccount(centre, Role.CSS_ADMIN);
        UserAccount awa = fixtures.newAccount(centre, Role.RECRUITER);
        UserAccount benoit = fixtures.newAccount(centre, Role.RECRUITER);
        Program program = fixtures.newProgram(centre, ProgramType.DEP, ca.tremplin.testsupport.TestFixtures
                .programCode(), "Cuisine", "Professional Cooking", "03",
                "w" + UUID.randomUUID().toString().substring(0, 8), true);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            settings.save(RoutingRule.BY_COUNTRY, 8, null, "MA = " + awa.getEmail(),
                    settings.settings().getVersion());
        }

        java.util.Map<String, List<Long>> assignees = new java.util.TreeMap<>();
        for (String country : List.of("MA", "SN", "MA", "SN")) {
            InquiryRequest request = InquiryRequests.complete(InquiryRequests.uniqueEmail(), program.getId());
            request.setCountryOfResidence(country);
            request.setPhone(null);
            SubmissionReceipt receipt = fixtures.submitted(request, new SubmissionContext(
                    UUID.randomUUID().toString(), Inquiry.Channel.API, "10.7.7.9", Languages.FRENCH));
            assignees.computeIfAbsent(country, c -> new java.util.ArrayList<>()).add(tenancy.acrossAllTenants(
                    () -> em.createQuery("select r.assignedTo from RoutedInquiry r where r.inquiry.id = :id",
                            Long.class).setParameter("id", receipt.inquiryId()).getSingleResult()));
        }
        assertEquals(List.of(awa.getId(), awa.getId()), assignees.get("MA"), "Morocco to its recruiter");
        assertEquals(java.util.Set.of(awa.getId(), benoit.getId()), java.util.Set.copyOf(assignees.get("SN")),
                "Senegal to each recruiter in turn: " + assignees.get("SN"));
    }

    /**
     * A request for a program of a centre nobody had joined waited in the coordination's queue; the centre since routes
     * by program. Handed over, the request comes with that program: it goes to the program's recruiter, not by turns.
     */
    @Test
    void aRequestTheCoordinationHandsOverGoesToTheRecruiterOfItsProgram() {
        Tenant centre = fixtures.newSchoolBoard("by-program-handed");
        Program program = fixtures.newProgram(centre, ProgramType.DEP, ca.tremplin.testsupport.TestFixtures
                .programCode(), "Pâtisserie", "Pastry", "03", "w" + UUID.randomUUID().toString().substring(0, 8),
                true);
        SubmissionReceipt receipt = fixtures.submitted(InquiryRequests.complete(InquiryRequests.uniqueEmail(),
                program.getId()), new SubmissionContext(UUID.randomUUID().toString(), Inquiry.Channel.FORM,
                "10.7.7.10", Languages.FRENCH));
        RoutedInquiry queued = tenancy.acrossAllTenants(() -> em.createQuery("select r from RoutedInquiry r"
                + " where r.inquiry.id = :id", RoutedInquiry.class).setParameter("id", receipt.inquiryId())
                .getSingleResult());
        Tenant coordination = tenancy.acrossAllTenants(() -> em.find(Tenant.class, queued.getTenantId()));
        assertTrue(coordination.isCoordination(), "nobody at the centre yet: the queue's");

        UserAccount admin = fixtures.newAccount(centre, Role.CSS_ADMIN);
        fixtures.newAccount(centre, Role.RECRUITER);
        UserAccount pastryDesk = fixtures.newAccount(centre, Role.RECRUITER);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            settings.save(RoutingRule.BY_PROGRAM, 8, null, program.getCode() + " = " + pastryDesk.getEmail(),
                    settings.settings().getVersion());
        }
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued.getId(), centre.getId());
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            InboxRow row = inbox.page(InboxScope.ALL, 0, 10, TableSort.DEFAULT).get(0);
            assertEquals(pastryDesk.getId(), row.assignedTo(), "the program's recruiter");
        }
    }
}
