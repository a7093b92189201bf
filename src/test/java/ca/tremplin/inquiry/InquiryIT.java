package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.kernel.TableSort;
import ca.tremplin.mail.OutboxMessage;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentRecord;
import ca.tremplin.person.ConsentTexts;
import ca.tremplin.person.HeardFrom;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.testsupport.TestFixtures;
import ca.tremplin.web.CampaignTouches;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Information requests recorded against MariaDB: routed to each centre whose programs they name and seen by that
 * centre only, a returning person kept as one lead, a resubmission recorded once, consents kept word for word,
 * the acknowledgement queued with the request, and nothing stored from a refused one.
 */
class InquiryIT extends InServerTest {

    @Inject
    ca.tremplin.tenant.TenantService tenantService;

    @Inject
    ca.tremplin.catalog.CatalogService catalogService;

    @Inject
    InquiryService inquiries;

    @Inject
    ca.tremplin.preferences.ConsentPreferences preferences;

    @Inject
    InboxService inbox;

    @Inject
    ca.tremplin.person.AccessLog accessLog;

    @Inject
    ca.tremplin.pipeline.LeadConsents consents;

    @Inject
    Tenancy tenancy;

    @Inject
    InquiryIntake intake;

    @Inject
    InquiryRouter router;

    @Inject
    ClosedCentreRequests closedCentres;

    @Inject
    RequestTakeBack takeBacks;

    @Inject
    ca.tremplin.pipeline.LeadService leadService;

    @Inject
    ca.tremplin.pipeline.LeadListService leadList;

    @Inject
    ca.tremplin.event.EventService events;

    @Inject
    ca.tremplin.event.PublicEvents publicEvents;

    @Inject
    ca.tremplin.campaign.CampaignService campaigns;

    @Inject
    ca.tremplin.security.UserAdministration administration;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    ca.tremplin.testsupport.DatabaseRows rows;

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL base;

    /**
     * The information form carries its submission's token, by which a request sent twice is recorded once: no cache
     * keeps it, so that the Back button after a request shows a fresh form, whose request is another one, rather than
     * the copy holding the token already used (answered with the first receipt, the second request recorded nowhere).
     */
    @Test
    void theInformationFormIsKeptByNoCacheAndEachShowingHasItsOwnToken() throws Exception {
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(base);
        java.util.regex.Pattern token = java.util.regex.Pattern.compile(
                "name=\"inquiry:token\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"inquiry:token\"");
        List<String> tokens = new ArrayList<>();
        for (String form : List.of("fr/information", "en/information", "fr/information")) {
            java.net.http.HttpResponse<String> shown = visitor.get(form);
            assertEquals(200, shown.statusCode(), form);
            assertEquals(java.util.Optional.of("private, no-store"), shown.headers().firstValue("Cache-Control"), form);
            java.util.regex.Matcher found = token.matcher(shown.body());
            assertTrue(found.find(), "the form carries its token: " + shown.body());
            tokens.add(found.group(1) != null ? found.group(1) : found.group(2));
        }
        assertEquals(tokens.size(), new java.util.HashSet<>(tokens).size(), "a token per showing: " + tokens);
    }

    /**
     * A student types their trade as they would say it ("soudeur", "electrician"): the form's program chooser finds
     * the programs the catalogue's search finds, where a title that merely holds the text found none; a code still
     * finds its program.
     */
    @Test
    void theFormsProgramChooserFindsATradeByItsWorkersNameAndAProgramByItsCode() {
        List<String> welder = inquiries.searchPublishedPrograms("soudeur").stream().map(AskedProgram::titleFr)
                .toList();
        assertFalse(welder.isEmpty(), "soudeur finds the welding programs");
        assertTrue(welder.stream().limit(3).allMatch(title -> title.startsWith("Soudage")), welder.toString());
        List<String> electrician = inquiries.searchPublishedPrograms("electrician").stream()
                .map(AskedProgram::titleEn).toList();
        assertTrue(electrician.contains("Electricity"), electrician.toString());
        List<String> hairdresser = inquiries.searchPublishedPrograms("coiffeuse").stream()
                .map(AskedProgram::titleFr).toList();
        assertTrue(hairdresser.contains("Coiffure"), hairdresser.toString());
        assertTrue(inquiries.searchPublishedPrograms("5195").stream().anyMatch(program -> program.code()
                .endsWith("5195")), "a code still finds its program");
    }

    @Test
    void aRequestAboutProgramsOfTwoCentresIsSeenByEachCentreOnlyForItsPart() {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        Tenant rives = fixtures.newSchoolBoard("rives");
        UserAccount fjordRecruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        UserAccount rivesRecruiter = fixtures.newAccount(rives, Role.RECRUITER);
        Program welding = program(fjord, "Soudage-montage", "Welding and Fitting");
        Program cooking = program(rives, "Cuisine", "Professional Cooking");
        String email = uniqueEmail();

        SubmissionReceipt receipt = fixtures.submitted(request(email, welding.getId(), cooking.getId()),
                form(UUID.randomUUID().toString(), Languages.FRENCH));

        InboxRow fjordPart = onlyRowSeenBy(fjordRecruiter, fjord);
        InboxRow rivesPart = onlyRowSeenBy(rivesRecruiter, rives);
        assertNotEquals(fjordPart.id(), rivesPart.id());
        assertEquals(fjordRecruiter.getId(), fjordPart.assignedTo(), "the centre's only recruiter takes it");
        assertEquals(rivesRecruiter.getId(), rivesPart.assignedTo());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(fjordRecruiter, fjord)) {
            InquiryDetail detail = inbox.open(fjordPart.id());
            assertEquals(receipt.inquiryId(), detail.inquiry().getId());
            assertEquals(List.of(welding.getId()), detail.programs().stream()
                    .map(InquiryDetail.ProgramIntakes::programId).toList(), "only this centre's program");
            assertEquals(InquiryStatus.NEW, detail.routed().getStatus(), "reading a request changes nothing");
            inbox.startWorking(fjordPart.id());
            assertEquals(InquiryStatus.OPEN, inbox.view(fjordPart.id()).routed().getStatus(), "taken up, it is open");
            assertThrows(NotFoundException.class, () -> inbox.view(rivesPart.id()),
                    "another centre's part is not found, even by its id");
            assertThrows(NotFoundException.class, () -> inbox.markContacted(rivesPart.id()));
            assertThrows(NotFoundException.class, () -> inbox.startWorking(rivesPart.id()));
        }
        UserAccount fjordAdmin = fixtures.newAccount(fjord, Role.CSS_ADMIN);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(fjordAdmin, fjord)) {
            long leadId = inbox.view(fjordPart.id()).lead().getId();
            assertEquals(List.of(fjordRecruiter.getId()), accessLog.ofPerson(leadId).stream()
                    .filter(access -> access.getAction() == ca.tremplin.person.AccessAction.VIEWED)
                    .map(ca.tremplin.person.PersonalDataAccess::getUserId).toList(),
                    "the recruiter who opened the request's page, where the person's details are, is in the log");
            // The program archived since: the request still says what the person asked about, and that it is gone.
            catalogService.changeStatus(welding.getId(), ca.tremplin.catalog.ProgramStatus.ARCHIVED,
                    catalogService.findProgram(welding.getId()).getVersion());
            List<InquiryDetail.ProgramIntakes> asked = inbox.view(fjordPart.id()).programs();
            assertEquals(List.of(welding.getId()), asked.stream().map(InquiryDetail.ProgramIntakes::programId).toList());
            assertTrue(asked.get(0).archived());
        }
    }

    @Test
    void theDeadlineCountsTheCentresBusinessHoursAndNewRequestsTakeTurnsAmongRecruiters() {
        Tenant centre = fixtures.newSchoolBoard("turns");
        UserAccount first = fixtures.newAccount(centre, Role.RECRUITER);
        UserAccount second = fixtures.newAccount(centre, Role.RECRUITER);
        Program program = program(centre, "Mécanique automobile", "Automotive Mechanics");

        SubmissionReceipt one = fixtures.submitted(request(uniqueEmail(), program.getId()), form(key(), Languages.FRENCH));
        fixtures.submitted(request(uniqueEmail(), program.getId()), form(key(), Languages.FRENCH));

        List<RoutedInquiry> parts = tenancy.acrossAllTenants(() -> em.createQuery(
                "select r from RoutedInquiry r where r.tenantId = :t order by r.id", RoutedInquiry.class)
                .setParameter("t", centre.getId()).getResultList());
        assertEquals(2, parts.size());
        assertEquals(List.of(Math.min(first.getId(), second.getId()), Math.max(first.getId(), second.getId())),
                parts.stream().map(RoutedInquiry::getAssignedTo).toList(), "round robin, in turn");
        assertEquals(BusinessHours.deadline(one.receivedAt(), InquirySettings.DEFAULT_RESPONSE_HOURS),
                parts.get(0).getResponseDeadline());
    }

    /**
     * A centre just created, whose first administrator has not joined yet, does not answer its requests itself (the
     * coordinating organisation does), and the confirmation page must not say it will; once someone joined, it does.
     */
    @Test
    void aCentreWithNobodyJoinedYetIsNotPromisedToAnswer() {
        Tenant centre = fixtures.newSchoolBoard("nobody");
        assertFalse(inquiries.centreAnswers(centre.getSlug()));
        fixtures.newAccount(centre, Role.RECRUITER);
        assertTrue(inquiries.centreAnswers(centre.getSlug()));
        assertFalse(inquiries.centreAnswers("no-such-centre"));
    }

    /**
     * A person who writes again (their address in other letters' case) is answered by the recruiter who follows them
     * already, not by whoever's turn it is, and their request takes no turn from the others.
     */
    @Test
    void aReturningPersonsRequestGoesToTheRecruiterWhoFollowsThemAndTakesNoTurn() {
        Tenant centre = fixtures.newSchoolBoard("returning");
        UserAccount first = fixtures.newAccount(centre, Role.RECRUITER);
        UserAccount second = fixtures.newAccount(centre, Role.RECRUITER);
        Program program = program(centre, "Mécanique automobile", "Automotive Mechanics");
        String address = uniqueEmail();

        fixtures.submitted(request(address, program.getId()), form(key(), Languages.FRENCH));
        fixtures.submitted(request(address.toUpperCase(java.util.Locale.ROOT), program.getId()),
                form(key(), Languages.FRENCH));
        fixtures.submitted(request(uniqueEmail(), program.getId()), form(key(), Languages.FRENCH));

        List<Long> assignees = tenancy.acrossAllTenants(() -> em.createQuery(
                "select r.assignedTo from RoutedInquiry r where r.tenantId = :t order by r.id", Long.class)
                .setParameter("t", centre.getId()).getResultList());
        long firstTurn = Math.min(first.getId(), second.getId());
        long secondTurn = Math.max(first.getId(), second.getId());
        assertEquals(List.of(firstTurn, firstTurn, secondTurn), assignees,
                "the person's second request to their recruiter; the next person's to the next in turn");
    }

    @Test
    void requestsArrivingTogetherForOneCentreAreAllRecordedAndShareTheRecruitersEvenly() throws Exception {
        Tenant centre = fixtures.newSchoolBoard("burst");
        UserAccount first = fixtures.newAccount(centre, Role.RECRUITER);
        UserAccount second = fixtures.newAccount(centre, Role.RECRUITER);
        Program program = program(centre, "Soudage-montage", "Welding and Fitting");
        int requests = 12;

        ExecutorService visitors = Executors.newFixedThreadPool(6);
        try {
            List<Future<SubmissionReceipt>> receipts = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                SubmissionContext fromItsOwnAddress = new SubmissionContext(key(), Inquiry.Channel.API,
                        "10.20.30." + i, Languages.FRENCH);
                receipts.add(visitors.submit(() -> fixtures.submitted(request(uniqueEmail(), program.getId()),
                        fromItsOwnAddress)));
            }
            for (Future<SubmissionReceipt> receipt : receipts) {
                assertTrue(receipt.get(60, TimeUnit.SECONDS).inquiryId() > 0, "recorded, not refused");
            }
        } finally {
            visitors.shutdown();
        }

        List<Long> assignees = tenancy.acrossAllTenants(() -> em.createQuery(
                "select r.assignedTo from RoutedInquiry r where r.tenantId = :t", Long.class)
                .setParameter("t", centre.getId()).getResultList());
        assertEquals(requests, assignees.size());
        assertEquals(requests / 2, assignees.stream().filter(first.getId()::equals).count(), "in turn");
        assertEquals(requests / 2, assignees.stream().filter(second.getId()::equals).count(), "in turn");
    }

    @Test
    void aReturningPersonJoinsTheirLeadAndItsTimeline() {
        Tenant centre = fixtures.newSchoolBoard("returning");
        UserAccount recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        Program program = program(centre, "Électricité", "Electricity");
        String email = uniqueEmail();

        fixtures.submitted(request(email, program.getId()), form(key(), Languages.FRENCH));
        InquiryRequest again = request("  " + email.toUpperCase(Locale.ROOT) + " ", program.getId());
        again.setMessage("Une autre question");
        fixtures.submitted(again, form(key(), Languages.ENGLISH));

        List<Lead> leads = tenancy.acrossAllTenants(() -> em.createQuery(
                "select l from Lead l where l.tenantId = :t", Lead.class)
                .setParameter("t", centre.getId()).getResultList());
        assertEquals(1, leads.size(), "one lead for one person, whatever the case of the e-mail");
        assertEquals("fr", leads.get(0).getLanguage(), "a request never rewrites the record, not even its language");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            InquiryDetail detail = inbox.view(inbox.page(InboxScope.ALL, 0, 10, TableSort.DEFAULT).get(0).id());
            assertEquals(2, detail.requestsOfLead().size());
            assertEquals(2, detail.timeline().stream()
                    .filter(event -> event.getKind() == LeadEventKind.REQUEST_RECEIVED).count());
            assertTrue(detail.timeline().stream().anyMatch(event -> event.getKind() == LeadEventKind.VALUE_PROPOSED
                    && event.getDetail().startsWith("LANGUAGE")), "English is proposed beside the record");
        }
    }

    @Test
    void theInboxSearchBoxFindsAWaitingRequestByThePersonsNameAsStaffTypeIt() {
        Tenant centre = fixtures.newSchoolBoard("searched");
        Tenant other = fixtures.newSchoolBoard("elsewhere");
        UserAccount recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        fixtures.newAccount(other, Role.RECRUITER);
        Program welding = program(centre, "Soudage-montage", "Welding and Fitting");
        Program cooking = program(other, "Cuisine", "Professional Cooking");
        submittedBy("Thị Lan", "Đặng", "+84 91 234 56 78", welding);
        submittedBy("Aminata", "N’Diaye", "+221 77 555 01 02", welding);
        String traore = submittedBy("Oumar", "Traoré", "+221 77 123 45 67", welding);
        submittedBy("Văn Minh", "Đặng", "+84 90 111 22 33", cooking);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            assertEquals(List.of("Đặng"), searched("dang"), "typed without the letter a keyboard lacks");
            assertEquals(List.of("N’Diaye"), searched("ndiaye"), "without its apostrophe");
            assertEquals(List.of("Traoré"), searched("traore oumar"), "family name first, without the accent");
            assertEquals(List.of("Traoré"), searched("77 123 45 67"), "a phone's digits as they are read out");
            assertEquals(List.of("Traoré"), searched(traore.substring(0, traore.indexOf('@'))),
                    "a part of the e-mail");
            assertEquals(List.of(), searched("zyxw"));
            assertEquals(1, inbox.count(InboxScope.ALL, "dang"),
                    "the other centre's request of a Đặng is not this centre's to find");
            assertEquals(3, inbox.count(InboxScope.ALL, null));
            assertEquals(1, inbox.count(InboxScope.MINE, "ndiaye"));
            inbox.markContacted(inbox.page(InboxScope.ALL, "ndiaye", 0, 10, TableSort.DEFAULT).get(0).id());
            assertEquals(List.of(), searched("ndiaye"), "an answered request has left the inbox, searched or not");
        }
    }

    private String submittedBy(String firstName, String lastName, String phone, Program program) {
        InquiryRequest request = request(uniqueEmail(), program.getId());
        request.setFirstName(firstName);
        request.setLastName(lastName);
        request.setPhone(phone);
        request.setCountryOfResidence(phone.startsWith("+84") ? "VN" : "SN");
        fixtures.submitted(request, form(key(), Languages.FRENCH));
        return request.getEmail();
    }

    private List<String> searched(String typed) {
        List<InboxRow> rows = inbox.page(InboxScope.ALL, typed, 0, 10, TableSort.DEFAULT);
        assertEquals(rows.size(), inbox.count(InboxScope.ALL, typed), "the count is the list's");
        return rows.stream().map(InboxRow::lastName).toList();
    }

    @Test
    void aParentsConsentForSomeoneUnderFourteenIsKeptWordForWordWithWhoGaveIt() {
        Tenant centre = fixtures.newSchoolBoard("guardian");
        fixtures.newAccount(centre, Role.CSS_ADMIN); // someone there reads its inbox
        Program program = program(centre, "Boucherie de détail", "Retail Butchery");
        InquiryRequest child = request(uniqueEmail(), program.getId());
        child.setBirthYear(java.time.Year.now().getValue() - 13);
        child.setGuardianName("Oumar Diop");
        child.setGuardianEmail("oumar.diop@example.sn");
        child.setGuardianConsent(true);

        SubmissionReceipt receipt = fixtures.submitted(child, form(key(), Languages.FRENCH));

        ConsentRecord guardian = tenancy.acrossAllTenants(() -> em.createQuery("select c from ConsentRecord c"
                        + " where c.inquiryId = :inquiry and c.purpose = :purpose", ConsentRecord.class)
                .setParameter("inquiry", receipt.inquiryId()).setParameter("purpose", ConsentPurpose.GUARDIAN)
                .getSingleResult());
        assertTrue(guardian.isGranted());
        assertEquals("Oumar Diop", guardian.getGuardianName());
        assertEquals("oumar.diop@example.sn", guardian.getGuardianEmail());
        assertEquals(ConsentTexts.GUARDIAN_VERSION, guardian.getTextVersion());
        assertTrue(guardian.getTextShown().startsWith("Je suis le parent ou le tuteur de cette personne de moins de 14"),
                guardian.getTextShown());

        OutboxMessage toParent = tenancy.acrossAllTenants(() -> em.createQuery("select m from OutboxMessage m"
                + " where m.recipient = :parent", OutboxMessage.class).setParameter("parent", "oumar.diop@example.sn")
                .getSingleResult());
        assertTrue(toParent.getSubject().startsWith("Votre consentement pour Thị Hoa"), toParent.getSubject());
        assertTrue(toParent.getBodyText().contains("n° " + receipt.inquiryId())
                && toParent.getBodyText().contains(centre.getNameFr())
                && toParent.getBodyText().contains("/consentements.xhtml?token="),
                "what the parent consented to, who answers, and where to withdraw it: " + toParent.getBodyText());

        // The parent withdraws being contacted from their link; the child's own link cannot give it back, the
        // parent's can, and the register says the parent acted.
        String parentsLink = preferencesToken(toParent.getBodyText());
        assertTrue(toParent.getBodyText().contains(java.net.URLEncoder.encode(parentsLink,
                java.nio.charset.StandardCharsets.UTF_8) + "&lang=fr"), "the page in the mail's language");
        assertTrue(preferences.view(parentsLink, "203.0.113.8").forGuardian(), "the page speaks to the parent");
        String childsLink = preferencesToken(tenancy.acrossAllTenants(() -> em.createQuery("select m from OutboxMessage m"
                + " where m.recipient = :child", OutboxMessage.class).setParameter("child", child.getEmail())
                .getResultList().get(0)).getBodyText());
        assertFalse(preferences.view(childsLink, "203.0.113.9").forGuardian(), "the child's own page speaks to them");
        preferences.change(parentsLink, centre.getId(), ConsentPurpose.CONTACT, false, "203.0.113.8",
                Languages.FRENCH);
        assertEquals("preferences.guardianGives", assertThrows(ca.tremplin.kernel.BusinessRuleException.class,
                () -> preferences.change(childsLink, centre.getId(), ConsentPurpose.CONTACT, true, "203.0.113.9",
                        Languages.FRENCH)).messageKey());
        preferences.change(childsLink, centre.getId(), ConsentPurpose.NEWS, false, "203.0.113.9", Languages.FRENCH);
        preferences.change(parentsLink, centre.getId(), ConsentPurpose.CONTACT, true, "203.0.113.8",
                Languages.FRENCH);
        @SuppressWarnings("unchecked")
        List<Object[]> changes = tenancy.acrossAllTenants(() -> em.createNativeQuery("select c.purpose, c.granted,"
                + " c.note from consent_change c join `lead` l on l.id = c.lead_id where l.email_normalized = ?1"
                + " order by c.id").setParameter(1, child.getEmail().toLowerCase(java.util.Locale.ROOT))
                .getResultList());
        assertEquals(List.of("CONTACT false Par le parent ou tuteur, depuis le lien qui lui a été envoyé.",
                        "NEWS false null", "CONTACT true Par le parent ou tuteur, depuis le lien qui lui a été envoyé."),
                changes.stream().map(row -> row[0] + " " + (Boolean.TRUE.equals(row[1]) || "1".equals(String.valueOf(row[1]))) + " " + row[2])
                        .toList(), "who acted, each time; the child withdraws for themself");
        @SuppressWarnings("unchecked")
        List<String> said = tenancy.acrossAllTenants(() -> em.createNativeQuery("select c.text_shown from"
                + " consent_change c join `lead` l on l.id = c.lead_id where l.email_normalized = ?1 order by c.id")
                .setParameter(1, child.getEmail().toLowerCase(java.util.Locale.ROOT)).getResultList());
        assertTrue(said.get(0).startsWith("Je retire, comme parent ou tuteur, le consentement à ce que la personne dont"),
                "the parent's own words are kept: " + said.get(0));
        assertTrue(said.get(1).startsWith("Je retire mon consentement"), "the child's, theirs: " + said.get(1));
        assertTrue(said.get(2).startsWith("J’accepte, comme parent ou tuteur,"), said.get(2));
    }

    /**
     * A person who left news unticked on the form still gets the centre's news for six months (the consent a request
     * implies, CASL): their consents page says until when, and lets them refuse it now, as a consent given.
     */
    @Test
    void newsByTheConsentARequestImpliesIsSaidWithItsEndAndCanBeRefusedNow() {
        Tenant centre = fixtures.newSchoolBoard("implied");
        fixtures.newAccount(centre, Role.CSS_ADMIN);
        Program program = program(centre, "Ébénisterie", "Cabinetmaking");
        InquiryRequest request = request(uniqueEmail(), program.getId());
        request.setConsentToNews(false);
        fixtures.submitted(request, form(key(), Languages.FRENCH));
        String link = preferencesToken(tenancy.acrossAllTenants(() -> em.createQuery("select m from OutboxMessage m"
                + " where m.recipient = :to", OutboxMessage.class).setParameter("to", request.getEmail())
                .getResultList().get(0)).getBodyText());

        ca.tremplin.preferences.PreferencesView.Purpose news = newsOf(preferences.view(link, "203.0.113.20"));
        assertFalse(news.given(), "the box was left unticked");
        assertTrue(news.withdrawable(), "what the centre may send, the person may refuse");
        java.time.Instant sixMonths = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMonths(6).toInstant();
        assertTrue(Math.abs(java.time.Duration.between(sixMonths, news.impliedUntil()).toMinutes()) < 10,
                "six months after the request: " + news.impliedUntil());

        news = newsOf(preferences.change(link, centre.getId(), ConsentPurpose.NEWS, false, "203.0.113.20",
                Languages.FRENCH));
        assertTrue(news.withdrawn());
        assertEquals(null, news.impliedUntil(), "refused now, nothing more is implied");
    }

    private static ca.tremplin.preferences.PreferencesView.Purpose newsOf(
            ca.tremplin.preferences.PreferencesView view) {
        return view.centres().get(0).purposes().stream().filter(p -> p.purpose() == ConsentPurpose.NEWS).findFirst()
                .orElseThrow();
    }

    private static String preferencesToken(String text) {
        return ca.tremplin.testsupport.MailLinks.preferencesToken(text);
    }

    @Test
    void theSameSubmissionTwiceIsRecordedOnceAndAnotherRequestWithTheSameKeyIsRefused() {
        Tenant centre = fixtures.newSchoolBoard("twice");
        Program program = program(centre, "Coiffure", "Hairdressing");
        String email = uniqueEmail();
        String token = key();

        SubmissionReceipt first = fixtures.submitted(request(email, program.getId()), form(token, Languages.FRENCH));
        SubmissionReceipt second = fixtures.submitted(request(email, program.getId()), form(token, Languages.FRENCH));

        assertEquals(first.inquiryId(), second.inquiryId());
        assertFalse(first.duplicate());
        assertTrue(second.duplicate());
        assertEquals(1L, countInquiriesOf(email));
        assertEquals(1L, tenancy.acrossAllTenants(() -> em.createQuery(
                "select count(m) from OutboxMessage m where m.recipient = :email", Long.class)
                .setParameter("email", email).getSingleResult()), "one acknowledgement");
        InquiryRequest different = request(email, program.getId());
        different.setMessage("Autre chose");
        assertThrows(IdempotencyConflictException.class,
                () -> inquiries.submit(different, form(token, Languages.FRENCH)));
        assertEquals(1L, countInquiriesOf(email));
    }

    @Test
    void consentsAreKeptWithTheExactTextTheirVersionAndLanguage() {
        Tenant centre = fixtures.newSchoolBoard("consent");
        Program program = program(centre, "Plomberie", "Plumbing");
        InquiryRequest request = request(uniqueEmail(), program.getId());
        request.setConsentToNews(false);

        SubmissionReceipt receipt = fixtures.submitted(request, form(key(), Languages.ENGLISH));

        List<ConsentRecord> consents = tenancy.acrossAllTenants(() -> em.createQuery(
                "select c from ConsentRecord c where c.inquiryId = :id order by c.purpose", ConsentRecord.class)
                .setParameter("id", receipt.inquiryId()).getResultList());
        assertEquals(2, consents.size());
        ConsentRecord contact = consents.get(0);
        assertEquals(ConsentPurpose.CONTACT, contact.getPurpose());
        assertTrue(contact.isGranted());
        assertEquals(ConsentTexts.CONTACT_VERSION, contact.getTextVersion());
        assertEquals("I agree that Tremplin and the school service centre concerned use my information to contact "
                + "me about this request.", contact.getTextShown());
        assertEquals("en", contact.getLanguage());
        assertEquals("10.1.2.3", contact.getIpAddress());
        ConsentRecord news = consents.get(1);
        assertEquals(ConsentPurpose.NEWS, news.getPurpose());
        assertFalse(news.isGranted(), "news is a separate, optional consent");
    }

    @Test
    void requestsLeftWaitingAreRoutedOnceEachWithDeadlinesCountedFromWhenThePeopleAsked() {
        Tenant centre = fixtures.newSchoolBoard("router");
        UserAccount first = fixtures.newAccount(centre, Role.RECRUITER);
        UserAccount second = fixtures.newAccount(centre, Role.RECRUITER);
        Tenant other = fixtures.newSchoolBoard("router-other");
        UserAccount othersRecruiter = fixtures.newAccount(other, Role.RECRUITER);
        Program carpentry = program(centre, "Charpenterie-menuiserie", "Carpentry");
        Program masonry = program(other, "Briquetage-maçonnerie", "Bricklaying");
        java.time.Instant askedEarlier = java.time.Instant.now().minus(java.time.Duration.ofDays(3))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        // Recorded and committed but not routed, as a server stopped at that moment leaves requests; routed
        // together, in one batch, unless the router's sweep takes some first.
        List<String> emails = List.of(uniqueEmail(), uniqueEmail(), uniqueEmail());
        List<Long> programs = List.of(carpentry.getId(), carpentry.getId(), masonry.getId());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            InquiryRequest request = request(emails.get(i), programs.get(i));
            ids.add(tenancy.acrossAllTenants(() -> intake.receiveAcrossTenants(
                    InquiryValidator.validate(request, Languages.FRENCH, java.time.Year.now(BusinessHours.ZONE)),
                    key(), Inquiry.Channel.API, "10.4.5.6", askedEarlier)).inquiryId());
        }

        router.routeWaiting();

        for (long id : ids) {
            assertFalse(router.route(id), "routed already: not routed a second time");
            assertTrue(tenancy.acrossAllTenants(() -> em.find(Inquiry.class, id).isRouted()));
        }
        List<RoutedInquiry> parts = tenancy.acrossAllTenants(() -> em.createQuery(
                        "select r from RoutedInquiry r where r.inquiry.id in :ids order by r.inquiry.id",
                        RoutedInquiry.class)
                .setParameter("ids", ids).getResultList());
        assertEquals(List.of(centre.getId(), centre.getId(), other.getId()),
                parts.stream().map(RoutedInquiry::getTenantId).toList(), "one part each, in its program's centre");
        assertEquals(java.util.Set.of(first.getId(), second.getId()),
                java.util.Set.of(parts.get(0).getAssignedTo(), parts.get(1).getAssignedTo()),
                "the centre's recruiters in turn");
        assertEquals(othersRecruiter.getId(), parts.get(2).getAssignedTo(), "the other centre's own recruiter");
        for (RoutedInquiry part : parts) {
            assertEquals(BusinessHours.deadline(askedEarlier, InquirySettings.DEFAULT_RESPONSE_HOURS),
                    part.getResponseDeadline(), "the deadline runs from the request, not from its routing");
        }
        for (String email : emails) {
            assertEquals(1L, tenancy.acrossAllTenants(() -> em.createQuery(
                    "select count(m) from OutboxMessage m where m.recipient = :email", Long.class)
                    .setParameter("email", email).getSingleResult()), "one acknowledgement each");
        }
    }

    @Test
    void theAcknowledgementIsQueuedInTheRequestersLanguageWithWhatTheyAsked() {
        Tenant centre = fixtures.newSchoolBoard("ack");
        fixtures.newAccount(centre, Role.CSS_ADMIN); // someone there reads its inbox
        Program program = program(centre, "Boucherie", "Butchery");
        String email = uniqueEmail();

        SubmissionReceipt receipt = fixtures.submitted(request(email, program.getId()), form(key(), Languages.ENGLISH));

        OutboxMessage ack = tenancy.acrossAllTenants(() -> em.createQuery(
                "select m from OutboxMessage m where m.recipient = :email", OutboxMessage.class)
                .setParameter("email", email).getSingleResult());
        assertEquals("Your information request no. " + receipt.inquiryId() + " was received", ack.getSubject());
        assertTrue(ack.getBodyText().contains("Butchery"), ack.getBodyText());
        assertTrue(ack.getBodyText().contains(centre.getNameEn() + ": an answer by"), ack.getBodyText());
        assertTrue(ack.getBodyHtml().contains("<li>"), "an HTML twin");
        assertEquals(centre.getId(), ack.getTenantId(), "sent for the centre that holds the request");
        assertTrue(ack.getBodyText().contains("Person in charge of the protection of personal information: "
                + centre.getNameEn()), "whose person in charge of personal information signs it: " + ack.getBodyText());
    }

    /**
     * A requester whose browser said they are in Dakar reads the centre's deadline in Montréal's time and in their
     * own (five hours later in December): the same moment. A zone the time zone database does not know is no zone.
     */
    @Test
    void theAcknowledgementGivesTheDeadlineInTheRequestersOwnTimeWhenTheirBrowserSaidWhereTheyAre() {
        Tenant centre = fixtures.newSchoolBoard("ack-zone");
        fixtures.newAccount(centre, Role.CSS_ADMIN);
        Program program = program(centre, "Boucherie", "Butchery");
        String email = uniqueEmail();
        InquiryRequest fromDakar = request(email, program.getId());
        fromDakar.setViewerZone("Africa/Dakar");
        SubmissionReceipt receipt = fixtures.submitted(fromDakar, form(key(), Languages.FRENCH));

        OutboxMessage ack = tenancy.acrossAllTenants(() -> em.createQuery(
                "select m from OutboxMessage m where m.recipient = :email", OutboxMessage.class)
                .setParameter("email", email).getSingleResult());
        java.time.Instant deadline = tenancy.acrossAllTenants(() -> em.createQuery("select r.responseDeadline"
                + " from RoutedInquiry r where r.inquiry.id = :id", java.time.Instant.class)
                .setParameter("id", receipt.inquiryId()).getSingleResult());
        String dakarTime = java.time.format.DateTimeFormatter.ofPattern("HH 'h' mm", Locale.CANADA_FRENCH)
                .format(deadline.atZone(java.time.ZoneId.of("Africa/Dakar")));
        assertTrue(ack.getBodyText().contains("(heure de Montréal), soit le "), ack.getBodyText());
        assertTrue(ack.getBodyText().contains(dakarTime + " à Dakar."), dakarTime + " in " + ack.getBodyText());

        String elsewhere = uniqueEmail();
        InquiryRequest unknown = request(elsewhere, program.getId());
        unknown.setViewerZone("Mars/Olympus_Mons");
        fixtures.submitted(unknown, form(key(), Languages.FRENCH));
        String text = tenancy.acrossAllTenants(() -> em.createQuery(
                "select m from OutboxMessage m where m.recipient = :email", OutboxMessage.class)
                .setParameter("email", elsewhere).getSingleResult()).getBodyText();
        assertTrue(text.contains("(heure de Montréal).") && !text.contains("soit le"), text);
    }

    @Test
    void aRequestWithoutAProgramWaitsInTheCoordinationQueueUntilHandedToACentre() {
        Tenant centre = fixtures.newSchoolBoard("handover");
        UserAccount recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        String email = uniqueEmail();

        SubmissionReceipt receipt = askedAboutNoProgram(email);

        long queuedId = tenancy.acrossAllTenants(() -> em.createQuery(
                "select r.id from RoutedInquiry r where r.inquiry.id = :id and r.tenantId = :t", Long.class)
                .setParameter("id", receipt.inquiryId()).setParameter("t", coordination.getId()).getSingleResult());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            assertEquals(0, inbox.count(InboxScope.ALL), "not the centre's until handed over");
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queuedId, centre.getId());
            assertEquals("inbox.handedOverAlready", assertThrows(BusinessRuleException.class,
                    () -> inbox.markContacted(queuedId)).messageKey(), "the centre's to answer now, not the queue's");
        }
        InboxRow handed = onlyRowSeenBy(recruiter, centre);
        assertEquals(recruiter.getId(), handed.assignedTo());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            assertTrue(inbox.page(InboxScope.ALL, 0, 500, TableSort.DEFAULT).stream()
                    .noneMatch(row -> row.id() == queuedId), "it left the queue");
            assertEquals("inbox.alreadyRouted", assertThrows(BusinessRuleException.class,
                    () -> inbox.handOver(queuedId, centre.getId())).messageKey());
        }
        long queuedLead = tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, queuedId).getLead().getId());
        assertEquals(List.of(), tenancy.acrossAllTenants(() -> openFirstAnswers(queuedLead)),
                "the queue's first answer is the centre's to give now");
        assertTrue(tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, queuedId).getContactedAt()) != null,
                "handed over in time: not counted as a request left unanswered");
        OutboxMessage told = tenancy.acrossAllTenants(() -> em.createQuery("select m from OutboxMessage m"
                        + " where m.recipient = :email and m.subject like :subject", OutboxMessage.class)
                .setParameter("email", email).setParameter("subject", "Votre demande n° " + receipt.inquiryId() + "%")
                .getSingleResult());
        assertTrue(told.getSubject().contains(centre.getNameFr()) && told.getBodyText().contains("au plus tard"),
                "the person learns which centre answers now, and by when: " + told.getBodyText());
        assertEquals(centre.getId(), told.getTenantId(), "from the centre that holds it now, its officer signing");
    }

    /**
     * A request handed to the wrong centre is not left with it: its staff send it back to the coordination's queue,
     * where it waits again with its first answer to give, the centre's part closed with its task, nothing mailed to the
     * person yet; the coordination hands it to the right centre, and the person learns that one.
     */
    @Test
    void aCentreSendsARequestThatIsNotItsBackToTheCoordinationWhichHandsItToTheRightCentre() {
        Tenant wrong = fixtures.newSchoolBoard("sent-back");
        UserAccount recruiter = fixtures.newAccount(wrong, Role.RECRUITER);
        Tenant right = fixtures.newSchoolBoard("sent-back-right");
        UserAccount rightRecruiter = fixtures.newAccount(right, Role.RECRUITER);
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        String email = uniqueEmail();
        SubmissionReceipt receipt = askedAboutNoProgram(email);
        RoutedInquiry queued = partsOf(receipt.inquiryId()).get(0);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued.getId(), wrong.getId());
        }
        InboxRow atTheWrongCentre = onlyRowSeenBy(recruiter, wrong);
        long shown = tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, atTheWrongCentre.id()).getVersion());

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, wrong)) {
            inbox.sendBack(atTheWrongCentre.id(), shown);
            assertEquals(0, inbox.count(InboxScope.ALL), "no longer waiting at the centre");
            assertEquals("inbox.sendBackAnswered", assertThrows(BusinessRuleException.class,
                    () -> inbox.sendBack(atTheWrongCentre.id(), null)).messageKey(), "sent back once");
        }
        RoutedInquiry sentBack = tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, atTheWrongCentre.id()));
        assertEquals(InquiryStatus.CLOSED, sentBack.getStatus());
        org.junit.jupiter.api.Assertions.assertNotNull(sentBack.getSentBackAt(),
                "marked sent back: none of the centre's first-contact figures");
        assertEquals(List.of(), tenancy.acrossAllTenants(() -> openFirstAnswers(sentBack.getLead().getId())),
                "the centre's first answer is no longer its to give");
        RoutedInquiry backInTheQueue = tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, queued.getId()));
        assertEquals(InquiryStatus.NEW, backInTheQueue.getStatus(), "the queue's to route again");
        assertNull(backInTheQueue.getRoutedToTenantId());
        assertEquals(1, tenancy.acrossAllTenants(() -> openFirstAnswers(backInTheQueue.getLead().getId())).size());
        String handedOverSubject = "Votre demande n° " + receipt.inquiryId() + " est transmise%";
        assertEquals(1L, mailsTo(email, handedOverSubject), "the person was told of the first hand-over only");
        // Each move's line names the tenant by its number, shown by its name of today in the reader's language.
        assertEquals(List.of(ca.tremplin.person.TimelineDetails.centre(wrong.getId(), wrong.getNameFr())),
                handOverLines(queued.getId()));
        assertEquals(List.of(ca.tremplin.person.TimelineDetails.centre(coordination.getId(),
                coordination.getNameFr())), handOverLines(atTheWrongCentre.id()));

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            assertEquals(InboxService.HandOver.HANDED_OVER, inbox.handOver(queued.getId(), right.getId()));
        }
        assertEquals(rightRecruiter.getId(), onlyRowSeenBy(rightRecruiter, right).assignedTo());
        assertEquals(2L, mailsTo(email, handedOverSubject), "the person learns which centre answers now");
    }

    /**
     * The coordination hands a request to the wrong centre and takes it back before anyone there touched it: the queue
     * holds it again, waiting with a deadline from now and its first answer's task; its timeline says from which centre
     * and by whom; the centre no longer sees it, nor the record the hand-over made for it there; and the coordination
     * hands it to the right centre as any queued request.
     */
    @Test
    void theCoordinationTakesBackARequestTheCentreHasNotTouchedAndTheCentreNoLongerSeesIt() {
        Tenant wrong = fixtures.newSchoolBoard("taken-back");
        UserAccount recruiter = fixtures.newAccount(wrong, Role.RECRUITER);
        Tenant right = fixtures.newSchoolBoard("taken-back-right");
        UserAccount rightRecruiter = fixtures.newAccount(right, Role.RECRUITER);
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        String email = uniqueEmail();
        SubmissionReceipt receipt = askedAboutNoProgram(email);
        RoutedInquiry queued = partsOf(receipt.inquiryId()).get(0);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued.getId(), wrong.getId());
        }
        long atTheWrongCentre = onlyRowSeenBy(recruiter, wrong).id();
        java.time.Instant before = java.time.Instant.now();

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            assertEquals(RequestTakeBack.Outcome.RECORD_REMOVED, takeBacks.takeBack(queued.getId(), null).outcome());
            assertEquals("inbox.takeBackNotHandedOver", assertThrows(BusinessRuleException.class,
                    () -> takeBacks.takeBack(queued.getId(), null)).messageKey(), "taken back once");
        }

        RoutedInquiry back = tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, queued.getId()));
        assertEquals(InquiryStatus.NEW, back.getStatus(), "waiting in the queue again");
        assertNull(back.getRoutedToTenantId());
        assertNull(back.getContactedAt(), "not answered: the hand-over was no answer after all");
        assertTrue(back.getResponseDeadline().isAfter(before), "its deadline counted from now");
        assertEquals(1, tenancy.acrossAllTenants(() -> openFirstAnswers(back.getLead().getId())).size());
        List<Object[]> takenBackLines = tenancy.acrossAllTenants(() -> em.createQuery("select e.detail, e.actorId"
                        + " from LeadEvent e where e.routedInquiryId = :routed and e.kind = :kind", Object[].class)
                .setParameter("routed", queued.getId()).setParameter("kind", LeadEventKind.TAKEN_BACK)
                .getResultList());
        assertEquals(1, takenBackLines.size(), "one line on the person's timeline at the coordination");
        assertEquals(ca.tremplin.person.TimelineDetails.centre(wrong.getId(), wrong.getNameFr()),
                takenBackLines.get(0)[0], "naming the centre");
        assertEquals(coordinator.getId(), takenBackLines.get(0)[1], "and who took it back");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, wrong)) {
            assertEquals(0, inbox.count(InboxScope.ALL), "the centre no longer sees the request");
            assertThrows(NotFoundException.class, () -> inbox.view(atTheWrongCentre));
        }
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery("select count(l) from Lead l"
                        + " where l.tenantId = :t and l.emailNormalized = :e", Long.class)
                .setParameter("t", wrong.getId()).setParameter("e", InquiryValidator.normalizeEmail(email))
                .getSingleResult()), "nor the record made for it alone");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            assertEquals(InboxService.HandOver.HANDED_OVER, inbox.handOver(queued.getId(), right.getId()));
        }
        assertEquals(rightRecruiter.getId(), onlyRowSeenBy(rightRecruiter, right).assignedTo());
    }

    /**
     * The person was known at the centre before the hand-over (another request of theirs there): taken back, the
     * request leaves that centre, whose record of the person stays with what it held before, and the page says so.
     */
    @Test
    void aRequestTakenBackLeavesTheCentreARecordThatHeldMoreThanIt() {
        Tenant wrong = fixtures.newSchoolBoard("taken-back-kept");
        UserAccount recruiter = fixtures.newAccount(wrong, Role.RECRUITER);
        Program program = fixtures.newProgram(wrong, ProgramType.DEP, "5398", "Soudage", "Welding", "07",
                uniqueWord(), true);
        String email = uniqueEmail();
        Lead known = fixtures.newLead(wrong, request(email, program.getId()));
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        SubmissionReceipt receipt = askedAboutNoProgram(email);
        RoutedInquiry queued = partsOf(receipt.inquiryId()).get(0);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued.getId(), wrong.getId());
            assertEquals(RequestTakeBack.Outcome.RECORD_KEPT, takeBacks.takeBack(queued.getId(), null).outcome());
        }

        InboxRow left = onlyRowSeenBy(recruiter, wrong);
        RoutedInquiry earlier = tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, left.id()));
        assertNotEquals(receipt.inquiryId(), earlier.getInquiry().getId(), "only the earlier request stays there");
        assertEquals(known.getId(), fixtures.leadOf(wrong, email).getId(), "the person's record kept");
    }

    /**
     * Once the centre answered the request, it is the centre's: taking it back is refused, said why, and everything
     * stays as it was — the queue's part handed over, the centre's answered.
     */
    @Test
    void aRequestTheCentreAnsweredIsNotTakenBack() {
        Tenant centre = fixtures.newSchoolBoard("take-back-answered");
        UserAccount recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        SubmissionReceipt receipt = askedAboutNoProgram(uniqueEmail());
        RoutedInquiry queued = partsOf(receipt.inquiryId()).get(0);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued.getId(), centre.getId());
        }
        long there = onlyRowSeenBy(recruiter, centre).id();
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            inbox.markContacted(there);
        }

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> takeBacks.takeBack(queued.getId(), null));
            assertEquals("inbox.takeBackTouched.ANSWERED", refused.messageKey());
        }
        assertEquals(centre.getId(), tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, queued.getId())
                .getRoutedToTenantId()), "still the centre's");
        // Answered, it has left the centre's inbox of requests to answer: its part is kept as the centre left it.
        assertEquals(InquiryStatus.CONTACTED, tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, there)
                .getStatus()));
    }

    /**
     * A member of the centre opened the request's page since the hand-over (the access log records it): the centre has
     * seen the person's details, so the request is no longer taken back unseen.
     */
    @Test
    void aRequestTheCentreOpenedIsNotTakenBack() {
        Tenant centre = fixtures.newSchoolBoard("take-back-opened");
        UserAccount recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        RoutedInquiry queued = partsOf(askedAboutNoProgram(uniqueEmail()).inquiryId()).get(0);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued.getId(), centre.getId());
        }
        long there = onlyRowSeenBy(recruiter, centre).id();
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            inbox.open(there);
        }

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            assertEquals("inbox.takeBackTouched.VIEWED", assertThrows(BusinessRuleException.class,
                    () -> takeBacks.takeBack(queued.getId(), null)).messageKey());
        }
        onlyRowSeenBy(recruiter, centre);
    }

    /** Only the coordination takes requests back: a centre's staff are refused, and the request stays theirs. */
    @Test
    void aCentreUserCannotTakeARequestBack() {
        Tenant centre = fixtures.newSchoolBoard("take-back-denied");
        UserAccount admin = fixtures.newAccount(centre, Role.CSS_ADMIN);
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        RoutedInquiry queued = partsOf(askedAboutNoProgram(uniqueEmail()).inquiryId()).get(0);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued.getId(), centre.getId());
        }
        long there = onlyRowSeenBy(admin, centre).id();

        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            assertThrows(ca.tremplin.kernel.AccessDeniedException.class, () -> takeBacks.takeBack(queued.getId(), null));
            assertThrows(ca.tremplin.kernel.AccessDeniedException.class, () -> takeBacks.takeBack(there, null));
        }
        assertEquals(there, onlyRowSeenBy(admin, centre).id());
    }

    /**
     * The person was known at the centre, without a phone: the request handed there filled it. Taken back, the record
     * stays for what it held before, and gives back the phone the request filled, with a line of its journal saying
     * the take-back did it.
     */
    @Test
    void aRequestTakenBackGivesBackTheDetailsItFilledOnARecordKept() {
        Tenant wrong = fixtures.newSchoolBoard("taken-back-filled");
        fixtures.newAccount(wrong, Role.RECRUITER);
        Program program = fixtures.newProgram(wrong, ProgramType.DEP, "5398", "Soudage", "Welding", "07",
                uniqueWord(), true);
        String email = uniqueEmail();
        InquiryRequest earlier = request(email, program.getId());
        earlier.setPhone(null);
        Lead known = fixtures.newLead(wrong, earlier);
        assertNull(known.getPhoneE164());
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        SubmissionReceipt receipt = askedAboutNoProgram(email);
        RoutedInquiry queued = partsOf(receipt.inquiryId()).get(0);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued.getId(), wrong.getId());
        }
        assertTrue(fixtures.leadOf(wrong, email).getPhoneE164() != null, "the hand-over filled the phone");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            assertEquals(RequestTakeBack.Outcome.RECORD_KEPT, takeBacks.takeBack(queued.getId(), null).outcome());
        }

        assertNull(fixtures.leadOf(wrong, email).getPhoneE164(), "the phone the record lacked, given back");
        assertEquals(1L, tenancy.acrossAllTenants(() -> em.createQuery("select count(a) from LeadAudit a"
                        + " where a.leadId = :lead and a.field = 'PHONE' and a.newValue is null and a.source = :source"
                        + " and a.sourceRef = :request", Long.class)
                .setParameter("lead", known.getId()).setParameter("source", ca.tremplin.person.ChangeSource.TAKE_BACK)
                .setParameter("request", receipt.inquiryId()).getSingleResult()), "a line of the journal says so");
    }

    /**
     * The person was known at the centre (an earlier request about welding, followed by a recruiter); the coordination
     * handed there a request that came through one of the centre's campaigns, heard of on social media, for an intake,
     * then took it back. The record reads as if the request had never reached the centre: on its page and in the lead
     * list, its last request is the earlier one, its recruiter stays, its campaign touches are those it had (none), the
     * intake and the source only that request named are gone, while welding stays; a line of the timeline says each.
     */
    @Test
    void aRequestTakenBackGivesBackWhatItSetOnARecordKnownBefore() {
        Tenant wrong = fixtures.newSchoolBoard("taken-back-set");
        UserAccount recruiter = fixtures.newAccount(wrong, Role.RECRUITER);
        Program welding = fixtures.newProgram(wrong, ProgramType.DEP, "5398", "Soudage", "Welding", "07",
                uniqueWord(), true);
        String email = uniqueEmail();
        Lead known = fixtures.newLead(wrong, request(email, welding.getId()));
        RoutedInquiry earlier = tenancy.acrossAllTenants(() -> em.createQuery("select r from RoutedInquiry r"
                        + " join fetch r.inquiry where r.lead.id = :lead", RoutedInquiry.class)
                .setParameter("lead", known.getId()).getSingleResult());
        assertEquals(recruiter.getId(), known.getOwnerId());
        CampaignTouches touches = campaignTouchOf(wrong, recruiter);
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        InquiryRequest general = request(email, 999_999_999L);
        general.setHeardFrom(HeardFrom.SOCIAL_MEDIA.name());
        String intake = java.time.YearMonth.now(ca.tremplin.kernel.QuebecTime.ZONE).plusYears(3).toString();
        general.setPreferredIntake(intake);
        SubmissionReceipt receipt = fixtures.submitted(general, new SubmissionContext(key(), Inquiry.Channel.FORM,
                "10.1.2.4", Languages.FRENCH, touches));
        RoutedInquiry queued = partsOf(receipt.inquiryId()).get(0);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued.getId(), wrong.getId());
        }
        Lead handedOver = fixtures.leadOf(wrong, email);
        assertEquals(receipt.receivedAt(), handedOver.getLastInquiryAt(), "the hand-over made it the last request");
        assertNotNull(handedOver.getAttribution().getLastCampaignId(), "and brought its campaign touch");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            assertEquals(RequestTakeBack.Outcome.RECORD_KEPT, takeBacks.takeBack(queued.getId(), null).outcome());
        }

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, wrong)) {
            Lead shown = leadService.open(known.getId()).lead();
            assertEquals(earlier.getInquiry().getReceivedAt(), shown.getLastInquiryAt(), "the earlier request is the last");
            assertEquals(recruiter.getId(), shown.getOwnerId(), "its recruiter stays");
            assertNull(shown.getAttribution().getFirstCampaignId(), "no first touch: the earlier request had none");
            assertNull(shown.getAttribution().getLastCampaignId(), "nor a last one");
            ca.tremplin.pipeline.LeadRow row = onlyLeadListed(new ca.tremplin.pipeline.LeadFilter(null, null, null,
                    null, welding.getId(), null, null, null, null, null, null, null, null));
            assertEquals(earlier.getInquiry().getReceivedAt(), row.lastInquiryAt(), "the list says the same");
            assertEquals(recruiter.getId(), row.ownerId());
            assertEquals(0L, leadList.count(new ca.tremplin.pipeline.LeadFilter(null, null, null, null, null, intake,
                    null, null, null, null, null, null, null)), "the intake only that request named is gone");
            assertEquals(0L, leadList.count(new ca.tremplin.pipeline.LeadFilter(null, null, null, null, null, null,
                    HeardFrom.SOCIAL_MEDIA, null, null, null, null, null, null)), "and how it heard of the centre");
            assertEquals(0L, leadList.count(new ca.tremplin.pipeline.LeadFilter(null, null, null, null, null, null,
                    null, null, touches.last().campaignId(), null, null, null, null)), "no campaign brought it");
            assertEquals(0L, leadList.count(new ca.tremplin.pipeline.LeadFilter(null, null, null, null, null, null,
                    null, null, null, touches.last().campaignId(), null, null, null)));
        }
        assertEquals(List.of("CAMPAIGN_TOUCHES", "INTERESTS", "LAST_REQUEST"), givenBackLines(known.getId()),
                "a line of the timeline for each");
    }

    /**
     * The request the coordination handed to a centre made the person's record there, given to the recruiter routing
     * chose, with the program asked of the centre; the person then registered for one of the centre's events. Taken
     * back, the record stays for the registration, and reads as if the request had never come: no recruiter (none
     * was given by the registration), the program gone from its interests and from the lead list's program filter, its
     * last coming the registration; a line of the timeline says each.
     */
    @Test
    void aRequestTakenBackGivesBackTheOwnerAndTheProgramOfTheRecordItCreated() {
        Tenant wrong = fixtures.newSchoolBoard("taken-back-made");
        Program cooking = fixtures.newProgram(wrong, ProgramType.DEP, "5311", "Cuisine", "Cooking", "13",
                uniqueWord(), true);
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        String email = uniqueEmail();
        // Nobody at the centre to answer yet: the coordination's queue takes the request, with the program asked.
        SubmissionReceipt receipt = fixtures.submitted(request(email, cooking.getId()), form(key(), Languages.FRENCH));
        RoutedInquiry queued = partsOf(receipt.inquiryId()).get(0);
        assertEquals(coordination.getId(), queued.getTenantId());
        UserAccount recruiter = fixtures.newAccount(wrong, Role.RECRUITER);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued.getId(), wrong.getId());
        }
        Lead made = fixtures.leadOf(wrong, email);
        assertEquals(recruiter.getId(), made.getOwnerId(), "routing gave the new record its recruiter");
        assertEquals(List.of(String.valueOf(cooking.getId())), programInterests(wrong, email));
        ca.tremplin.event.Event webinar;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, wrong)) {
            ca.tremplin.event.Event draft = new ca.tremplin.event.Event();
            draft.setType(ca.tremplin.event.EventType.WEBINAR);
            draft.setVirtual(true);
            draft.setOnlineUrl("https://meet.example.org/fp-quebec");
            draft.setTitleFr("Webinaire cuisine");
            draft.setTitleEn("Cooking webinar");
            draft.setLanguageList(List.of("fr"));
            java.time.LocalDateTime start = java.time.LocalDateTime.now().plusWeeks(2).withNano(0);
            ca.tremplin.event.Event saved = events.save(draft, start, start.plusHours(2), "America/Montreal");
            webinar = events.publish(saved.getId(), saved.getVersion());
        }
        publicEvents.register(webinar.getId(), new ca.tremplin.event.RegistrationRequest("Thị Hoa", "Nguyễn", email,
                null, "VN", true, false, "Asia/Ho_Chi_Minh", null), key(), "10.1.2.5", Languages.FRENCH);
        java.time.Instant registered = fixtures.leadOf(wrong, email).getLastInquiryAt();
        assertTrue(registered.isAfter(receipt.receivedAt()), "the registration came last");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            assertEquals(RequestTakeBack.Outcome.RECORD_KEPT, takeBacks.takeBack(queued.getId(), null).outcome());
        }

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, wrong)) {
            ca.tremplin.pipeline.LeadView page = leadService.open(made.getId());
            assertNull(page.lead().getOwnerId(), "no recruiter: the registration gives none");
            assertEquals(registered, page.lead().getLastInquiryAt(), "its last coming, the registration");
            assertEquals(List.of(), page.programs(), "no program of interest on its page");
            ca.tremplin.pipeline.LeadRow row = onlyLeadListed(new ca.tremplin.pipeline.LeadFilter(null,
                    ca.tremplin.pipeline.LeadFilter.NOBODY, null, null, null, null, null, null, null, null, null,
                    null, null));
            assertNull(row.ownerId(), "listed among the leads nobody follows");
            assertEquals(registered, row.lastInquiryAt());
            assertEquals(0L, leadList.count(new ca.tremplin.pipeline.LeadFilter(null, null, null, null,
                    cooking.getId(), null, null, null, null, null, null, null, null)), "nor found by the program");
        }
        assertEquals(List.of(), programInterests(wrong, email));
        assertEquals(List.of("INTERESTS", "OWNER"), givenBackLines(made.getId()), "a line of the timeline for each");
    }

    /** A campaign of the centre with a post, and the touch of a visitor who opened its link a minute ago. */
    private CampaignTouches campaignTouchOf(Tenant centre, UserAccount staff) {
        try (TenantContext.Scope ignored = TestSessions.signedInAs(staff, centre)) {
            ca.tremplin.campaign.Campaign campaign = new ca.tremplin.campaign.Campaign();
            campaign.setName("Reprise " + uniqueWord());
            campaign.setObjective("Dix demandes");
            campaign.setObjectiveTarget(10);
            java.time.LocalDate today = java.time.LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE);
            campaign.setStartsOn(today.minusWeeks(1));
            campaign.setEndsOn(today.plusWeeks(6));
            campaign.setObjectiveDue(today.plusWeeks(6));
            ca.tremplin.campaign.Campaign saved = campaigns.save(campaign);
            ca.tremplin.campaign.CampaignActivity post = new ca.tremplin.campaign.CampaignActivity();
            post.setPlannedOn(today);
            post.setPlatform(ca.tremplin.campaign.Platform.SOCIAL);
            post.setSource("Facebook");
            post.setSaid("Étudiez au Québec");
            post.setTargetKind(ca.tremplin.campaign.LinkTarget.FORM);
            campaigns.saveActivity(saved.getId(), post);
            long activityId = campaigns.plan(saved.getId()).get(0).activity().getId();
            return CampaignTouches.NONE.after(new ca.tremplin.web.CampaignTouch(saved.getId(), activityId,
                    java.time.Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        }
    }

    private ca.tremplin.pipeline.LeadRow onlyLeadListed(ca.tremplin.pipeline.LeadFilter filter) {
        List<ca.tremplin.pipeline.LeadRow> rows = leadList.page(filter, 0, 10, TableSort.DEFAULT);
        assertEquals(1, rows.size(), "the lead listed once");
        return rows.get(0);
    }

    /** What the timeline's given-back lines of the record say, in order of their code. */
    private List<String> givenBackLines(long leadId) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select e.detail from LeadEvent e where e.leadId = :lead"
                        + " and e.kind = :kind order by e.detail", String.class)
                .setParameter("lead", leadId).setParameter("kind", LeadEventKind.GIVEN_BACK).getResultList());
    }

    /**
     * The mail telling the person which centre answers had not left when the request was taken back: withdrawn, the
     * person never reads of the wrong centre; had it left, the take-back says so to the coordinator and the message
     * stays as sent.
     */
    @Test
    void aHandOverNoticeNotSentIsWithdrawnAndOneSentIsSaid() throws Exception {
        Tenant wrong = fixtures.newSchoolBoard("taken-back-notice");
        fixtures.newAccount(wrong, Role.RECRUITER);
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        String email = uniqueEmail();
        RoutedInquiry queued = partsOf(askedAboutNoProgram(email).inquiryId()).get(0);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued.getId(), wrong.getId());
        }
        Long notice = tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, queued.getId())
                .getHandOverNoticeId());
        assertTrue(notice != null, "the queue's part names the notice it wrote");
        // Given up before it left (a mail server refusing it): an admin could queue it again, the take-back must not.
        // A round that claimed it first is waited for, and then it has left.
        boolean unsent = rows.execute("update outbox_message set status = 'FAILED' where id = ? and status = 'PENDING'",
                notice) == 1;

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            assertEquals(unsent ? RequestTakeBack.Notice.WITHDRAWN : RequestTakeBack.Notice.SENT,
                    takeBacks.takeBack(queued.getId(), null).notice());
        }
        assertEquals(unsent ? 0L : 1L, rows.count("select count(*) from outbox_message where id = ?", notice));
        assertNull(tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, queued.getId()).getHandOverNoticeId()));

        // Handed over again and sent this time: the second take-back says the person was told.
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued.getId(), wrong.getId());
        }
        Long second = tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, queued.getId())
                .getHandOverNoticeId());
        rows.execute("update outbox_message set status = 'SENT' where id = ?", second);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            assertEquals(RequestTakeBack.Notice.SENT, takeBacks.takeBack(queued.getId(), null).notice());
        }
        assertEquals(1L, rows.count("select count(*) from outbox_message where id = ? and status = 'SENT'", second));
    }

    /**
     * The person's consents changed at the centre since the hand-over (a withdrawal its staff recorded): the consent
     * register names the record without a foreign key, so the record must stay; the take-back is refused, said why,
     * and the request stays with the centre.
     */
    @Test
    void aRequestWhosePersonsConsentsChangedAtTheCentreIsNotTakenBack() throws Exception {
        Tenant centre = fixtures.newSchoolBoard("take-back-consent");
        UserAccount recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        String email = uniqueEmail();
        RoutedInquiry queued = partsOf(askedAboutNoProgram(email).inquiryId()).get(0);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued.getId(), centre.getId());
        }
        long leadThere = fixtures.leadOf(centre, email).getId();
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            consents.recordWithdrawal(leadThere, ConsentPurpose.NEWS, ca.tremplin.person.ConsentChannel.PHONE,
                    java.time.Instant.now(), "Plus d'infolettre");
        }
        // Only the register says it: the line the withdrawal wrote on the timeline would refuse it as worked on.
        rows.execute("delete from lead_event where lead_id = ? and actor_id is not null", leadThere);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            assertEquals("inbox.takeBackTouched.PRIVACY_RECORDED", assertThrows(BusinessRuleException.class,
                    () -> takeBacks.takeBack(queued.getId(), null)).messageKey());
        }
        onlyRowSeenBy(recruiter, centre);
        assertEquals(leadThere, fixtures.leadOf(centre, email).getId(), "the record the register names stays");
    }

    /** The details of the hand-over lines of one part of a request, oldest first. */
    private List<String> handOverLines(long routedId) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select e.detail from LeadEvent e"
                        + " where e.routedInquiryId = :routed and e.kind = :kind order by e.id", String.class)
                .setParameter("routed", routedId).setParameter("kind", ca.tremplin.person.LeadEventKind.ROUTED)
                .getResultList());
    }

    /** How many messages to this address the outbox holds whose subject is like this pattern. */
    private long mailsTo(String email, String subjectLike) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select count(m) from OutboxMessage m"
                        + " where m.recipient = :email and m.subject like :subject", Long.class)
                .setParameter("email", email).setParameter("subject", subjectLike).getSingleResult());
    }

    /**
     * A person who told the coordination not to contact them any more is not written to say their request moved to a
     * centre, as no reply would be written to them; the request is handed over all the same.
     */
    @Test
    void aPersonWhoSaidNoToBeingContactedIsNotToldTheirRequestWasHandedOver() {
        Tenant centre = fixtures.newSchoolBoard("handover-no");
        UserAccount recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        String email = uniqueEmail();
        SubmissionReceipt receipt = askedAboutNoProgram(email);
        RoutedInquiry queued = partsOf(receipt.inquiryId()).get(0);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(fixtures.newAccount(coordination(),
                Role.RECRUITER), coordination())) {
            consents.recordWithdrawal(queued.getLead().getId(), ConsentPurpose.CONTACT,
                    ca.tremplin.person.ConsentChannel.PHONE, java.time.Instant.now(), "Ne plus m'écrire");
            inbox.handOver(queued.getId(), centre.getId());
        }

        onlyRowSeenBy(recruiter, centre);
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery("select count(m) from OutboxMessage m"
                        + " where m.recipient = :email and m.subject like :subject", Long.class)
                .setParameter("email", email).setParameter("subject", "Votre demande n° " + receipt.inquiryId()
                        + " est transmise%").getSingleResult()), "no notice of the hand-over");
    }

    /**
     * A coordinator hands a request to a centre the platform closed since their page offered it: they read why on the
     * page, the centre named in their language, and the request stays in the queue for another centre — no page not
     * found, which would say the request itself was gone.
     */
    @Test
    void aHandOverToACentreClosedMeanwhileIsSaidInTheReadersLanguageAndTheRequestStaysQueued() {
        Tenant centre = fixtures.newSchoolBoard("closed-meanwhile");
        fixtures.newAccount(centre, Role.RECRUITER);
        Tenant coordination = coordination();
        UserAccount platformAdmin = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        RoutedInquiry queued = partsOf(askedAboutNoProgram(uniqueEmail()).inquiryId()).get(0);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(platformAdmin, coordination)) {
            tenantService.setActive(centre.getId(), false);
        }

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> inbox.handOver(queued.getId(), centre.getId()));
            assertEquals("inbox.centreClosed", refused.messageKey());
            assertTrue(refused.localizedMessage(Languages.ENGLISH).startsWith(centre.getNameEn() + " is closed"),
                    refused.localizedMessage(Languages.ENGLISH));
            assertTrue(refused.localizedMessage(Languages.FRENCH).startsWith(centre.getNameFr() + " est fermé"),
                    refused.localizedMessage(Languages.FRENCH));
        }
        RoutedInquiry still = tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, queued.getId()));
        assertEquals(InquiryStatus.NEW, still.getStatus(), "still the queue's to route");
        assertNull(still.getRoutedToTenantId());

        Tenant empty = fixtures.newSchoolBoard("nobody-en");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            BusinessRuleException nobody = assertThrows(BusinessRuleException.class,
                    () -> inbox.handOver(queued.getId(), empty.getId()));
            assertEquals("inbox.nobodyAtCentre", nobody.messageKey());
            assertTrue(nobody.localizedMessage(Languages.ENGLISH).contains("Nobody at " + empty.getNameEn() + " "),
                    "the centre named in English to an English reader: " + nobody.localizedMessage(Languages.ENGLISH));
        }
    }

    @Test
    void aCentreClosedWithRequestsWaitingHandsThemToTheCoordinationAndTheNextRequestKeepsItsPrograms() {
        Tenant centre = fixtures.newSchoolBoard("closing");
        UserAccount recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        Program welding = program(centre, "Soudage-montage", "Welding and Fitting");
        Tenant coordination = tenancy.acrossAllTenants(() -> em.createQuery(
                "select t from Tenant t where t.kind = ca.tremplin.tenant.TenantKind.COORDINATION", Tenant.class)
                .setMaxResults(1).getSingleResult());
        UserAccount platformAdmin = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        String waitingEmail = uniqueEmail();
        String answeredEmail = uniqueEmail();
        SubmissionReceipt waiting = fixtures.submitted(request(waitingEmail, welding.getId()),
                form(key(), Languages.FRENCH));
        SubmissionReceipt reached = fixtures.submitted(request(answeredEmail, welding.getId()),
                form(key(), Languages.FRENCH));
        long answered = tenancy.acrossAllTenants(() -> em.createQuery("select r.id from RoutedInquiry r"
                        + " where r.inquiry.id = :id", Long.class).setParameter("id", reached.inquiryId())
                .getSingleResult());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            inbox.markContacted(answered);
        }
        // A request the coordination's queue held first and handed to the centre, unanswered there too.
        InquiryRequest general = request(uniqueEmail());
        general.setProgramIds(new ArrayList<>());
        SubmissionReceipt handed = fixtures.submitted(general, form(key(), Languages.FRENCH));
        long handedQueued = tenancy.acrossAllTenants(() -> em.createQuery("select r.id from RoutedInquiry r"
                + " where r.inquiry.id = :id", Long.class).setParameter("id", handed.inquiryId()).getSingleResult());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(handedQueued, centre.getId());
        }

        try (TenantContext.Scope ignored = TestSessions.signedInAs(platformAdmin, coordination)) {
            tenantService.setActive(centre.getId(), false);
        }
        RoutedInquiry backInTheQueue = tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, handedQueued));
        assertEquals(InquiryStatus.NEW, backInTheQueue.getStatus(), "the queue's own part of it, open again");
        assertNull(backInTheQueue.getRoutedToTenantId());

        List<Object[]> parts = tenancy.acrossAllTenants(() -> em.createQuery("select r.tenantId, r.status,"
                        + " r.routedToTenantId, r.contactedAt, r.lead.id from RoutedInquiry r where r.inquiry.id = :id"
                        + " order by r.id", Object[].class).setParameter("id", waiting.inquiryId()).getResultList());
        assertEquals(2, parts.size(), "the closed centre's part and the queue's: " + parts.size());
        assertEquals(List.of(centre.getId(), InquiryStatus.CLOSED, coordination.getId()),
                List.of(parts.get(0)[0], parts.get(0)[1], parts.get(0)[2]), "closed at the centre, sent to the queue");
        assertNull(parts.get(0)[3], "not answered: the centre's staff never did");
        assertEquals(List.of(coordination.getId(), InquiryStatus.NEW), List.of(parts.get(1)[0], parts.get(1)[1]));
        assertEquals(List.of(), tenancy.acrossAllTenants(() -> openFirstAnswers((Long) parts.get(0)[4])),
                "no first answer left to staff who can no longer sign in");
        assertEquals(1, tenancy.acrossAllTenants(() -> openFirstAnswers((Long) parts.get(1)[4])).size(),
                "the queue's to give now");
        assertEquals(InquiryStatus.CONTACTED, tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, answered)
                .getStatus()), "an answered request stays where it was answered");
        OutboxMessage told = tenancy.acrossAllTenants(() -> em.createQuery("select m from OutboxMessage m"
                        + " where m.recipient = :email and m.subject like :subject", OutboxMessage.class)
                .setParameter("email", waitingEmail).setParameter("subject", "Votre demande n° %").getSingleResult());
        assertTrue(told.getBodyText().contains(centre.getNameFr()) && told.getBodyText().contains("au plus tard"),
                "the person learns the centre no longer answers, who does and by when: " + told.getBodyText());
        assertEquals(coordination.getId(), told.getTenantId());

        // Asked again, about the closed centre's program: the queue's, and the program is still what was asked.
        String again = uniqueEmail();
        SubmissionReceipt later = fixtures.submitted(request(again, welding.getId()), form(key(), Languages.FRENCH));
        String acknowledgement = tenancy.acrossAllTenants(() -> em.createQuery("select m from OutboxMessage m"
                        + " where m.recipient = :email", OutboxMessage.class).setParameter("email", again)
                .getSingleResult()).getBodyText();
        assertTrue(acknowledgement.contains("Soudage-montage"), "not \"a general request\": " + acknowledgement);
        long queued = tenancy.acrossAllTenants(() -> em.createQuery("select r.id from RoutedInquiry r"
                        + " where r.inquiry.id = :id", Long.class).setParameter("id", later.inquiryId()).getSingleResult());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            List<InquiryDetail.ProgramIntakes> asked = inbox.view(queued).programs();
            assertEquals(List.of(welding.getId()), asked.stream().map(InquiryDetail.ProgramIntakes::programId).toList(),
                    "the coordination sees the program asked, to know where to hand it");
            assertTrue(asked.get(0).titleFr().contains(centre.getNameFr()), asked.get(0).titleFr());
        }
        // The centre reopens; the coordination hands the request back to it: its part there, open again.
        try (TenantContext.Scope ignored = TestSessions.signedInAs(platformAdmin, coordination)) {
            tenantService.setActive(centre.getId(), true);
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(handedQueued, centre.getId());
        }
        assertEquals(List.of(InquiryStatus.NEW), tenancy.acrossAllTenants(() -> em.createQuery("select r.status"
                        + " from RoutedInquiry r where r.inquiry.id = :id and r.tenantId = :centre", InquiryStatus.class)
                .setParameter("id", handed.inquiryId()).setParameter("centre", centre.getId()).getResultList()));
    }

    /**
     * The hand-over runs once the closing is committed, so a failure there (the database out of reach a moment, a
     * server stopped in between) leaves the centre closed with requests waiting: the sweep hands them over then, once.
     */
    @Test
    void requestsLeftWithACentreClosedWhenItsHandOverFailedAreHandedOverByTheSweep() {
        Tenant centre = fixtures.newSchoolBoard("closed-unswept");
        fixtures.newAccount(centre, Role.RECRUITER);
        Program welding = program(centre, "Soudage", "Welding");
        String email = uniqueEmail();
        SubmissionReceipt waiting = fixtures.submitted(request(email, welding.getId()), form(key(), Languages.FRENCH));
        // Closed as a failed hand-over leaves it: the centre's row changed, its requests still with it.
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update tenant set active = false where id = ?1")
                .setParameter(1, centre.getId()).executeUpdate());

        assertTrue(closedCentres.sweep() >= 1, "handed over by the sweep");
        List<Object[]> parts = tenancy.acrossAllTenants(() -> em.createQuery("select r.tenantId, r.status"
                        + " from RoutedInquiry r where r.inquiry.id = :id order by r.id", Object[].class)
                .setParameter("id", waiting.inquiryId()).getResultList());
        assertEquals(2, parts.size(), "the closed centre's part and the queue's");
        assertEquals(List.of(centre.getId(), InquiryStatus.CLOSED), List.of(parts.get(0)[0], parts.get(0)[1]));
        assertEquals(InquiryStatus.NEW, parts.get(1)[1], "waiting in the coordination's queue");
        closedCentres.sweep();
        assertEquals(2L, tenancy.acrossAllTenants(() -> em.createQuery("select count(r) from RoutedInquiry r"
                + " where r.inquiry.id = :id", Long.class).setParameter("id", waiting.inquiryId()).getSingleResult()),
                "a second sweep hands nothing over again");
        assertEquals(1L, mailsSayingWhoAnswersNow(email), "the person is told once who answers now");
    }

    @Test
    void aRequestForAProgramNoLongerOfferedWaitsInTheCoordinationQueue() {
        Tenant centre = fixtures.newSchoolBoard("withdrawn");
        UserAccount recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        Program draft = fixtures.newProgram(centre, ProgramType.DEP, "5399", "Peinture", "Painting", "07", uniqueWord(),
                false);

        SubmissionReceipt receipt = fixtures.submitted(request(uniqueEmail(), draft.getId()), form(key(), Languages.FRENCH));

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            assertEquals(0, inbox.count(InboxScope.ALL), "a program no longer offered does not route to its centre");
        }
        assertEquals(List.of(ca.tremplin.tenant.TenantKind.COORDINATION), tenancy.acrossAllTenants(() -> em.createQuery(
                "select t.kind from RoutedInquiry r, Tenant t where t.id = r.tenantId and r.inquiry.id = :id",
                ca.tremplin.tenant.TenantKind.class)
                .setParameter("id", receipt.inquiryId()).getResultList()));
    }

    @Test
    void aRequestFromACentresPageWithoutAProgramGoesToThatCentre() {
        Tenant centre = fixtures.newSchoolBoard("from-page");
        UserAccount recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        InquiryRequest request = request(uniqueEmail());
        request.setSchoolBoard(centre.getSlug());

        fixtures.submitted(request, form(key(), Languages.FRENCH));

        assertEquals(recruiter.getId(), onlyRowSeenBy(recruiter, centre).assignedTo());
    }

    /**
     * A centre just created, whose people have not joined yet, would hold a request no one reads while the person is
     * promised an answer: the coordinating organisation takes it, and cannot hand it to that centre until someone
     * there can read it.
     */
    @Test
    void aRequestToACentreNobodyHasJoinedYetGoesToTheCoordination() {
        Tenant empty = fixtures.newSchoolBoard("nobody-yet");
        String email = uniqueEmail();
        InquiryRequest request = request(email);
        request.setSchoolBoard(empty.getSlug());

        SubmissionReceipt receipt = fixtures.submitted(request, form(key(), Languages.FRENCH));
        String acknowledgement = tenancy.acrossAllTenants(() -> em.createQuery("select m.bodyText from OutboxMessage m"
                + " where m.recipient = :email", String.class).setParameter("email", email).getSingleResult());
        assertTrue(acknowledgement.contains(", pour l’instant à la place de : " + empty.getNameFr()
                + " : réponse au plus tard le"),
                "the person learns that the centre they chose is answered for by the coordination: " + acknowledgement);

        RoutedInquiry queued = tenancy.acrossAllTenants(() -> em.createQuery("select r from RoutedInquiry r"
                + " where r.inquiry.id = :id", RoutedInquiry.class).setParameter("id", receipt.inquiryId())
                .getSingleResult());
        Tenant holder = tenancy.acrossAllTenants(() -> em.find(Tenant.class, queued.getTenantId()));
        assertEquals(ca.tremplin.tenant.TenantKind.COORDINATION, holder.getKind());
        UserAccount coordinator = fixtures.newAccount(holder, Role.RECRUITER);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, holder)) {
            assertEquals("inbox.nobodyAtCentre", assertThrows(BusinessRuleException.class,
                    () -> inbox.handOver(queued.getId(), empty.getId())).messageKey());
        }
    }

    /**
     * A request naming programs of two centres and a draft: each centre's lead is interested in that centre's
     * published programs only, never in another centre's or in a program that was not offered.
     */
    @Test
    void eachCentresLeadHoldsOnlyItsOwnPublishedProgramsAsInterests() {
        Tenant first = fixtures.newSchoolBoard("interests-a");
        fixtures.newAccount(first, Role.RECRUITER);
        Tenant second = fixtures.newSchoolBoard("interests-b");
        fixtures.newAccount(second, Role.RECRUITER);
        Program welding = program(first, "Soudage", "Welding");
        Program draft = fixtures.newProgram(first, ProgramType.DEP, TestFixtures.programCode(), "Peinture",
                "Painting", "07", uniqueWord(), false);
        Program cooking = program(second, "Cuisine", "Cooking");
        String email = uniqueEmail();

        fixtures.submitted(request(email, welding.getId(), draft.getId(), cooking.getId()), form(key(),
                Languages.FRENCH));

        for (Object[] expected : new Object[][] {{first, welding}, {second, cooking}}) {
            Tenant centre = (Tenant) expected[0];
            List<String> interests = tenancy.acrossAllTenants(() -> em.createQuery("select i.value from"
                            + " LeadInterest i, Lead l where l.id = i.leadId and l.tenantId = :t and l.emailNormalized"
                            + " = :e and i.kind = ca.tremplin.person.InterestKind.PROGRAM", String.class)
                    .setParameter("t", centre.getId()).setParameter("e", email).getResultList());
            assertEquals(List.of(String.valueOf(((Program) expected[1]).getId())), interests, centre.getSlug());
        }
    }

    @Test
    void nothingIsStoredFromAnInvalidRequestOrFromARobot() {
        String email = uniqueEmail();
        InquiryRequest invalid = request(email);
        invalid.setConsentToContact(false);
        invalid.setPhone("123");
        InvalidInquiryException refused = assertThrows(InvalidInquiryException.class,
                () -> inquiries.submit(invalid, form(key(), Languages.FRENCH)));
        assertEquals(List.of("phone", "consentToContact"), refused.problems().stream().map(FieldProblem::field).toList());

        InquiryRequest robot = request(email);
        robot.setWebsite("http://spam.example");
        fixtures.submitted(robot, form(key(), Languages.FRENCH));

        assertEquals(0L, countInquiriesOf(email));
    }

    @Test
    void manyRequestsForOneEmailAreBrakedWithATimeToWait() {
        String email = uniqueEmail();
        for (int i = 0; i < 5; i++) {
            fixtures.submitted(request(email), new SubmissionContext(key(), Inquiry.Channel.FORM, "10.9." + i + ".1",
                    Languages.FRENCH));
        }
        RateLimitedException limited = assertThrows(RateLimitedException.class, () -> inquiries.submit(
                request(email), new SubmissionContext(key(), Inquiry.Channel.FORM, "10.9.9.9", Languages.FRENCH)));
        assertTrue(limited.retryAfterSeconds() > 0);
        assertEquals(5L, countInquiriesOf(email));
    }

    @Test
    void eachRecruiterListsTheRequestsGivenToThemAndTheCentresListHoldsThemAll() {
        Tenant centre = fixtures.newSchoolBoard("mine");
        UserAccount first = fixtures.newAccount(centre, Role.RECRUITER);
        UserAccount second = fixtures.newAccount(centre, Role.RECRUITER);
        Program program = program(centre, "Soudage-montage", "Welding and fitting");
        for (int i = 0; i < 3; i++) {
            fixtures.submitted(request(uniqueEmail(), program.getId()), form(key(), Languages.FRENCH));
        }
        long mineInAll = 0;
        for (UserAccount recruiter : List.of(first, second)) {
            try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
                assertEquals(3, inbox.count(InboxScope.ALL), "the centre's three requests awaiting an answer");
                assertEquals(3, inbox.page(InboxScope.ALL, 0, 10, TableSort.DEFAULT).size());
                List<InboxRow> mine = inbox.page(InboxScope.MINE, 0, 10, TableSort.DEFAULT);
                assertEquals(mine.size(), inbox.count(InboxScope.MINE));
                assertTrue(mine.stream().allMatch(row -> recruiter.getId().equals(row.assignedTo())),
                        "only the requests given to this recruiter");
                mineInAll += mine.size();
            }
        }
        assertEquals(3, mineInAll, "each request was given to one of the two");
    }

    @Test
    void aReplyFromATemplateIsQueuedMergedAndRecordedOnTheTimeline() {
        Tenant centre = fixtures.newSchoolBoard("reply");
        UserAccount recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        Program program = program(centre, "Ébénisterie", "Cabinetmaking");
        String email = uniqueEmail();
        fixtures.submitted(request(email, program.getId()), form(key(), Languages.FRENCH));
        ReplyTemplate template = tenancy.asTenant(centre.getId(), () -> {
            ReplyTemplate created = new ReplyTemplate("Premier contact", "fr", "Votre projet : {programTitle}",
                    "Bonjour {firstName},\nJe suis {recruiter}, de {schoolBoard}.");
            em.persist(created);
            return created;
        });

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            long id = inbox.page(InboxScope.MINE, 0, 10, TableSort.DEFAULT).get(0).id();
            inbox.reply(id, template.getId());
            InquiryDetail detail = inbox.view(id);
            assertEquals(InquiryStatus.CONTACTED, detail.routed().getStatus());
            assertEquals(LeadEventKind.REPLY_SENT, detail.timeline().get(0).getKind());
            assertEquals(0, inbox.count(InboxScope.MINE), "answered: off the list of requests awaiting an answer");
        }
        // The centre's messages to the person: the acknowledgement, then the reply.
        OutboxMessage reply = tenancy.acrossAllTenants(() -> em.createQuery(
                "select m from OutboxMessage m where m.recipient = :email and m.tenantId = :t"
                        + " and m.subject not like 'Votre demande%'", OutboxMessage.class)
                .setParameter("email", email).setParameter("t", centre.getId()).getSingleResult());
        assertEquals("Votre projet : Ébénisterie", reply.getSubject());
        assertTrue(reply.getBodyText().startsWith("Bonjour Thị Hoa,\nJe suis Amani Nyambura, de " + centre.getNameFr()
                + ".\n\n-- \nResponsable de la protection des renseignements personnels : "), reply.getBodyText());

        // A person who named no program, writing to the centre's own form: the subject still says something.
        String another = uniqueEmail();
        InquiryRequest noProgram = request(another);
        noProgram.setSchoolBoard(centre.getSlug());
        fixtures.submitted(noProgram, form(key(), Languages.FRENCH));
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            inbox.reply(inbox.page(InboxScope.MINE, 0, 10, TableSort.DEFAULT).get(0).id(), template.getId());
        }
        assertEquals("Votre projet : la formation professionnelle", tenancy.acrossAllTenants(() -> em.createQuery(
                "select m.subject from OutboxMessage m where m.recipient = :email and m.tenantId = :t"
                        + " and m.subject not like 'Votre demande%'", String.class)
                .setParameter("email", another).setParameter("t", centre.getId()).getSingleResult()));
    }

    @Test
    void aReplyClosesTheFirstAnswersTaskIsRefusedFromAStalePageOrAfterAWithdrawalAndAReassignmentMovesTheTask() {
        Tenant centre = fixtures.newSchoolBoard("reply-rules");
        UserAccount recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        Program program = program(centre, "Plomberie", "Plumbing");
        String email = uniqueEmail();
        fixtures.submitted(request(email, program.getId()), form(key(), Languages.FRENCH));
        ReplyTemplate template = tenancy.asTenant(centre.getId(), () -> {
            ReplyTemplate created = new ReplyTemplate("Premier contact", "fr",
                    "{schoolBoard} ".repeat(7).strip(),
                    "Bonjour {firstName},");
            em.persist(created);
            return created;
        });
        UserAccount colleague = fixtures.newAccount(centre, Role.RECRUITER);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            InboxRow row = inbox.page(InboxScope.ALL, 0, 10, TableSort.DEFAULT).get(0);
            long id = row.id();
            long assignee = inbox.view(id).routed().getAssignedTo();
            long other = assignee == recruiter.getId() ? colleague.getId() : recruiter.getId();
            long leadId = inbox.view(id).lead().getId();
            long shown = inbox.view(id).routed().getVersion();

            inbox.reassign(id, other);
            assertEquals(List.of(other), openFirstAnswers(leadId), "the first answer is the new recruiter's to give");
            assertEquals(other, inbox.view(id).lead().getOwnerId(), "the person's lead follows their request");
            assertEquals(List.of(ca.tremplin.person.LeadEventKind.ASSIGNED,
                    ca.tremplin.person.LeadEventKind.OWNER_CHANGED), em.createQuery(
                    "select e.kind from LeadEvent e where e.leadId = :lead and e.actorId = :actor order by e.id",
                    ca.tremplin.person.LeadEventKind.class).setParameter("lead", leadId)
                    .setParameter("actor", recruiter.getId()).getResultList(),
                    "the timeline says the request was given to another and that they now follow the person");
            assertEquals("inbox.changedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> inbox.reply(id, template.getId(), shown)).messageKey(),
                    "a reply from a page shown before the reassignment is not sent");

            assertEquals("inbox.changedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> inbox.reassign(id, assignee, shown)).messageKey(),
                    "a reassignment from a page shown before another one does not override it unseen");
            long beforeTheCall = inbox.view(id).routed().getVersion();
            inbox.logCall(id, "Appelée, elle rappellera");
            assertEquals("inbox.changedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> inbox.reply(id, template.getId(), beforeTheCall)).messageKey(),
                    "a reply from a page shown before a call is not sent after it");

            long beforeTheReply = inbox.view(id).routed().getVersion();
            inbox.reply(id, template.getId(), beforeTheReply);
            assertEquals(List.of(), openFirstAnswers(leadId), "answered: the task is done");
            assertEquals("inbox.changedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> inbox.reply(id, template.getId(), beforeTheReply)).messageKey(),
                    "a colleague's page shown before that reply sends the person no second one");
            long beforeTheMark = inbox.view(id).routed().getVersion();
            inbox.markContacted(id, beforeTheMark);
            assertEquals("inbox.changedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> inbox.markContacted(id, beforeTheMark)).messageKey(),
                    "a second click on \"contacted\" from the same page is told, not written twice");
            assertEquals(1L, em.createQuery("select count(e) from LeadEvent e where e.leadId = :lead"
                    + " and e.kind = ca.tremplin.person.LeadEventKind.MARKED_CONTACTED", Long.class)
                    .setParameter("lead", leadId).getSingleResult(), "one line on the timeline");
            consents.recordWithdrawal(leadId, ConsentPurpose.CONTACT, ca.tremplin.person.ConsentChannel.PHONE,
                    java.time.Instant.now(), "Ne plus m'écrire, dit au téléphone");
            assertEquals("inbox.contactWithdrawn", assertThrows(BusinessRuleException.class,
                    () -> inbox.reply(id, template.getId())).messageKey());
        }
        List<OutboxMessage> sent = tenancy.acrossAllTenants(() -> em.createQuery(
                "select m from OutboxMessage m where m.recipient = :email and m.tenantId = :t"
                        + " and m.subject not like 'Votre demande%'", OutboxMessage.class)
                .setParameter("email", email).setParameter("t", centre.getId()).getResultList());
        assertEquals(1, sent.size(), "one reply: none from the stale page, none after the withdrawal");
        assertTrue(sent.get(0).getSubject().length() <= 300 && sent.get(0).getSubject().endsWith("…"),
                "a subject merged past its column is cut, not a failure: " + sent.get(0).getSubject().length());
    }

    /**
     * A request names a program of a centre whose staff answer and one of a centre whose only recruiter left: the
     * first centre answers its own, and the coordination's queue takes the other's part — the person told it answers
     * in that centre's place — where that part was lost because another centre had one. Its lead holds no other
     * centre's program as an interest; handed over once someone there joined, the centre's part comes with the
     * program asked of it.
     */
    @Test
    void aCentreWithNobodyToAnswerAmongTheCentresOfARequestHasItsPartAnsweredByTheCoordination() {
        MixedRequest mixed = requestToACentreThatAnswersAndOneWhoseStaffLeft("mixed");
        Tenant answering = mixed.answering();
        Tenant deserted = mixed.deserted();
        Tenant coordination = mixed.coordination();
        String email = mixed.email();

        List<RoutedInquiry> parts = mixed.parts();
        assertEquals(List.of(answering.getId(), coordination.getId()), parts.stream().map(RoutedInquiry::getTenantId)
                .toList(), "the centre that answers has its part; the other centre's goes to the coordination");
        assertEquals(mixed.recruiter().getId(), parts.get(0).getAssignedTo());
        assertEquals(InquiryStatus.NEW, parts.get(1).getStatus());
        assertEquals(1, tenancy.acrossAllTenants(() -> openFirstAnswers(parts.get(1).getLead().getId())).size(),
                "the queue has the first answer to give");
        String acknowledgement = tenancy.acrossAllTenants(() -> em.createQuery("select m.bodyText from OutboxMessage m"
                + " where m.recipient = :email", String.class).setParameter("email", email).getSingleResult());
        assertTrue(acknowledgement.contains(answering.getNameFr() + " : réponse au plus tard le")
                && acknowledgement.contains(", pour l’instant à la place de : " + deserted.getNameFr()
                + " : réponse au plus tard le"), "who answers for each centre asked: " + acknowledgement);
        assertEquals(List.of(), programInterests(coordination, email), "no centre's program is the queue's interest");

        UserAccount first = fixtures.newAccount(deserted, Role.RECRUITER);
        UserAccount second = fixtures.newAccount(deserted, Role.RECRUITER);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(mixed.coordinator(), coordination)) {
            assertEquals(InboxService.HandOver.HANDED_OVER, inbox.handOver(parts.get(1).getId(), deserted.getId()));
        }
        assertEquals(List.of(String.valueOf(mixed.cooking().getId())), programInterests(deserted, email),
                "the centre's lead is interested in the program asked of it, for its reports and its routing");
        Long assignee = tenancy.acrossAllTenants(() -> em.createQuery("select r.assignedTo from RoutedInquiry r"
                        + " where r.inquiry.id = :id and r.tenantId = :t", Long.class)
                .setParameter("id", mixed.inquiryId()).setParameter("t", deserted.getId()).getSingleResult());
        assertTrue(java.util.Set.of(first.getId(), second.getId()).contains(assignee),
                "given to one of the recruiters who joined: " + assignee);
    }

    /**
     * The coordination's page of a request routed to several centres shows each centre's part, with the programs
     * asked of that centre and where the part stands — the queue's own part holding the programs of the centre whose
     * staff left —, as each centre answers or the queue hands its part on; a centre's page of the same request shows
     * no other centre's part.
     */
    @Test
    void theCoordinationSeesEachCentresPartOfARequestWithItsProgramsAndStateAndACentreOnlyItsOwn() {
        MixedRequest mixed = requestToACentreThatAnswersAndOneWhoseStaffLeft("parts");
        RoutedInquiry answeringPart = mixed.parts().get(0);
        RoutedInquiry queuePart = mixed.parts().get(1);
        Program welding = tenancy.acrossAllTenants(() -> em.createQuery("select p from Program p"
                + " where p.tenantId = :t", Program.class).setParameter("t", mixed.answering().getId())
                .getSingleResult());

        List<InquiryDetail.RequestPart> parts;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(mixed.coordinator(), mixed.coordination())) {
            parts = inbox.view(queuePart.getId()).parts();
        }
        assertEquals(List.of(mixed.answering().getNameFr(), mixed.coordination().getNameFr()),
                parts.stream().map(part -> part.centre(Languages.FRENCH)).toList(), "each centre's part, in order");
        assertEquals(List.of(List.of(welding.getCode()), List.of(mixed.cooking().getCode())), parts.stream()
                        .map(part -> part.programs().stream().map(p -> p.code().replaceAll(".* ", "")).toList())
                        .toList(),
                "the answering centre's program with its part; the deserted centre's with the queue, which holds it");
        assertEquals(List.of(InquiryStatus.NEW, InquiryStatus.NEW), parts.stream()
                .map(InquiryDetail.RequestPart::status).toList());

        try (TenantContext.Scope ignored = TestSessions.signedInAs(mixed.recruiter(), mixed.answering())) {
            inbox.markContacted(answeringPart.getId());
            assertEquals(List.of(), inbox.view(answeringPart.getId()).parts(),
                    "a centre sees its own part alone, never where the others stand");
        }
        fixtures.newAccount(mixed.deserted(), Role.RECRUITER);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(mixed.coordinator(), mixed.coordination())) {
            inbox.handOver(queuePart.getId(), mixed.deserted().getId());
            parts = inbox.view(queuePart.getId()).parts();
        }
        assertEquals(3, parts.size(), "the deserted centre has its part now: " + parts);
        assertEquals(InquiryStatus.CONTACTED, parts.get(0).status(), "the answering centre reached the person");
        assertEquals(List.of(InquiryStatus.CLOSED, mixed.deserted().getNameFr()), java.util.Arrays.asList(
                parts.get(1).status(), parts.get(1).handedTo(Languages.FRENCH)), "the queue's part, handed on");
        assertEquals(List.of(), parts.get(1).programs(), "no program left for the queue to hold");
        assertEquals(List.of(mixed.deserted().getNameFr(), InquiryStatus.NEW), List.of(parts.get(2).centre(
                Languages.FRENCH), parts.get(2).status()), "waiting at the centre it was handed to");
        assertEquals(List.of(mixed.cooking().getCode()), parts.get(2).programs().stream()
                .map(p -> p.code().replaceAll(".* ", "")).toList());
    }

    /**
     * The coordination hands a request's part to a centre that already holds a part of the same request: refused
     * while that part waits for its answer (that centre answers already; another was meant); once that centre
     * answered, the queue's part is closed as handed to it and that answer stands — not reopened as new, its time kept
     * for the first-contact report, no mail to the person saying someone will answer.
     */
    @Test
    void aHandOverToACentreHoldingTheRequestIsRefusedWhileItWaitsThereAndLeavesItsAnswerAsItStands() {
        MixedRequest mixed = requestToACentreThatAnswersAndOneWhoseStaffLeft("held");
        Tenant answering = mixed.answering();
        UserAccount recruiter = mixed.recruiter();
        Tenant coordination = mixed.coordination();
        UserAccount coordinator = mixed.coordinator();
        String email = mixed.email();
        List<RoutedInquiry> parts = mixed.parts();
        long atTheCentre = parts.get(0).getId();
        long queued = parts.get(1).getId();
        java.time.Instant deadline = parts.get(0).getResponseDeadline();

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> inbox.handOver(queued, answering.getId()));
            assertEquals("inbox.waitingThere", refused.messageKey());
            assertEquals(List.of(new ca.tremplin.kernel.Messages.Named(answering.getNameFr(), answering.getNameEn())),
                    List.of(refused.arguments()), "the centre named in the language of whoever reads the refusal");
        }
        RoutedInquiry waiting = tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, atTheCentre));
        assertEquals(List.of(InquiryStatus.NEW, deadline, recruiter.getId()),
                List.of(waiting.getStatus(), waiting.getResponseDeadline(), waiting.getAssignedTo()), "untouched");
        assertNull(tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, queued).getRoutedToTenantId()),
                "still in the queue");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, answering)) {
            inbox.markContacted(atTheCentre);
        }
        java.time.Instant answeredAt = tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, atTheCentre)
                .getContactedAt());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            assertEquals(InboxService.HandOver.ANSWERED_THERE, inbox.handOver(queued, answering.getId()));
        }
        RoutedInquiry answered = tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, atTheCentre));
        assertEquals(List.of(InquiryStatus.CONTACTED, answeredAt, deadline, recruiter.getId()),
                List.of(answered.getStatus(), answered.getContactedAt(), answered.getResponseDeadline(),
                        answered.getAssignedTo()), "the centre's answer stands as it was given");
        RoutedInquiry left = tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, queued));
        assertEquals(List.of(InquiryStatus.CLOSED, answering.getId()),
                List.of(left.getStatus(), left.getRoutedToTenantId()), "the queue's part left with that centre");
        assertEquals(List.of(), tenancy.acrossAllTenants(() -> openFirstAnswers(left.getLead().getId())));
        assertEquals(0L, mailsSayingWhoAnswersNow(email),
                "the person, answered already, is not told again that someone will answer");
    }

    /**
     * A person with two requests waiting in the coordination's queue (one record there, two first answers to give):
     * handing one to a centre closes that request's first answer only; the other's stays to give until it is answered.
     */
    @Test
    void handingOverOneOfAPersonsQueuedRequestsLeavesTheOthersFirstAnswerToGive() {
        Tenant centre = fixtures.newSchoolBoard("two-queued");
        fixtures.newAccount(centre, Role.RECRUITER);
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        String email = uniqueEmail();
        List<Long> queued = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            InquiryRequest general = request(email);
            general.setProgramIds(new ArrayList<>());
            SubmissionReceipt receipt = fixtures.submitted(general, form(key(), Languages.FRENCH));
            queued.add(partsOf(receipt.inquiryId()).get(0).getId());
        }
        long lead = tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, queued.get(0)).getLead().getId());
        assertEquals(lead, tenancy.acrossAllTenants(() -> em.find(RoutedInquiry.class, queued.get(1)).getLead()
                .getId()), "one person in the queue");
        assertEquals(2, tenancy.acrossAllTenants(() -> openFirstAnswers(lead)).size());

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.handOver(queued.get(0), centre.getId());
        }
        assertEquals(List.of(queued.get(1)), tenancy.acrossAllTenants(() -> em.createQuery(
                "select t.routedInquiryId from LeadTask t where t.leadId = :lead and t.doneAt is null"
                        + " and t.kind = ca.tremplin.person.TaskKind.FIRST_RESPONSE", Long.class)
                .setParameter("lead", lead).getResultList()), "the request still waiting keeps its first answer");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            inbox.markContacted(queued.get(1));
        }
        assertEquals(List.of(), tenancy.acrossAllTenants(() -> openFirstAnswers(lead)), "answered: done too");
    }

    /**
     * An account invited and not joined yet (no password) is nobody to answer: the request page does not offer it,
     * and a reassignment to it, posted by hand, is refused with its name rather than given to someone who may never
     * come.
     */
    @Test
    void aRequestIsNotReassignedToAnInvitationNotYetAccepted() {
        Tenant centre = fixtures.newSchoolBoard("reassign-invited");
        UserAccount admin = fixtures.newAccount(centre, Role.CSS_ADMIN);
        UserAccount recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        Program program = program(centre, "Plomberie", "Plumbing");
        fixtures.submitted(request(uniqueEmail(), program.getId()), form(key(), Languages.FRENCH));

        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            UserAccount invited = administration.invite(new ca.tremplin.security.UserAdministration.Invitation(
                    "pas.encore." + UUID.randomUUID().toString().substring(0, 6) + "@exemple.test", "Awa Ndiaye",
                    Role.RECRUITER, Languages.FRENCH));
            assertEquals(java.util.Set.of(admin.getId(), recruiter.getId()), inbox.staffNames().keySet(),
                    "the menu offers those who joined");
            long id = inbox.page(InboxScope.ALL, 0, 10, TableSort.DEFAULT).get(0).id();
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> inbox.reassign(id, invited.getId()));
            assertEquals("inbox.reassignNotJoined", refused.messageKey());
            assertEquals(List.of("Awa Ndiaye"), List.of(refused.arguments()));
            assertEquals(recruiter.getId(), inbox.view(id).routed().getAssignedTo(), "still with its recruiter");
        }
    }

    /**
     * The coordination routes by what the person chose: its queue and the request's page name the centre chosen on
     * the form (its page's link carries it), in the reader's language, and a dash when the person chose none.
     */
    @Test
    void theCoordinationSeesTheCentreThePersonChoseInItsQueueAndOnTheRequestsPage() {
        Tenant chosen = fixtures.newSchoolBoard("chosen-centre");
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        // Letters only, found by the search box as a name (its digits would be read as a phone's).
        String lastName = "Chosen" + UUID.randomUUID().toString().substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + c - '0' : c)))
                .collect(java.util.stream.Collectors.joining());
        InquiryRequest fromTheCentresPage = request(uniqueEmail());
        fromTheCentresPage.setSchoolBoard(chosen.getSlug());
        fromTheCentresPage.setLastName(lastName);
        long toTheChosen = partsOf(fixtures.submitted(fromTheCentresPage, form(key(), Languages.FRENCH)).inquiryId())
                .get(0).getId();
        InquiryRequest general = request(uniqueEmail());
        general.setProgramIds(new ArrayList<>());
        general.setLastName(lastName);
        long withoutChoice = partsOf(fixtures.submitted(general, form(key(), Languages.FRENCH)).inquiryId()).get(0)
                .getId();

        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            java.util.Map<Long, InboxRow> rows = inbox.page(InboxScope.ALL, lastName, 0, 10, TableSort.DEFAULT)
                    .stream().collect(java.util.stream.Collectors.toMap(InboxRow::id, row -> row));
            assertEquals(chosen.getNameFr(), rows.get(toTheChosen).chosenCentre(Languages.FRENCH));
            assertEquals(chosen.getNameEn(), rows.get(toTheChosen).chosenCentre(Languages.ENGLISH));
            assertEquals("—", rows.get(withoutChoice).chosenCentre(Languages.FRENCH));
            assertEquals(chosen.getNameFr(), inbox.view(toTheChosen).chosenCentreName(Languages.FRENCH));
            assertEquals("—", inbox.view(withoutChoice).chosenCentreName(Languages.ENGLISH));
        }
    }

    /**
     * A request naming a program of a centre whose recruiter answers and one of a centre whose only recruiter left
     * (deactivated), submitted in French; its parts, the first routed first.
     */
    private MixedRequest requestToACentreThatAnswersAndOneWhoseStaffLeft(String label) {
        Tenant answering = fixtures.newSchoolBoard(label + "-answering");
        UserAccount recruiter = fixtures.newAccount(answering, Role.RECRUITER);
        Tenant deserted = fixtures.newSchoolBoard(label + "-deserted");
        UserAccount gone = fixtures.newAccount(deserted, Role.RECRUITER);
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update user_account set active = false where id = ?1")
                .setParameter(1, gone.getId()).executeUpdate());
        Program welding = program(answering, "Soudage-montage", "Welding and Fitting");
        Program cooking = program(deserted, "Cuisine", "Professional Cooking");
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.RECRUITER);
        String email = uniqueEmail();
        SubmissionReceipt receipt = fixtures.submitted(request(email, welding.getId(), cooking.getId()),
                form(key(), Languages.FRENCH));
        return new MixedRequest(answering, recruiter, deserted, cooking, coordination, coordinator, email,
                receipt.inquiryId(), partsOf(receipt.inquiryId()));
    }

    private record MixedRequest(Tenant answering, UserAccount recruiter, Tenant deserted, Program cooking,
                                Tenant coordination, UserAccount coordinator, String email, long inquiryId,
                                List<RoutedInquiry> parts) {
    }

    /** The mails telling the person their request was handed over or back, and who answers now (in French). */
    private long mailsSayingWhoAnswersNow(String email) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select count(m) from OutboxMessage m"
                        + " where m.recipient = :email and m.subject like :subject", Long.class)
                .setParameter("email", email).setParameter("subject", "Votre demande n° %").getSingleResult());
    }

    /** A request about a program no centre offers: it waits in the coordination's queue. */
    private SubmissionReceipt askedAboutNoProgram(String email) {
        InquiryRequest general = request(email);
        general.setProgramIds(new ArrayList<>(List.of(999_999_999L)));
        return fixtures.submitted(general, form(key(), Languages.FRENCH));
    }

    private Tenant coordination() {
        return tenancy.acrossAllTenants(() -> em.createQuery(
                "select t from Tenant t where t.kind = ca.tremplin.tenant.TenantKind.COORDINATION", Tenant.class)
                .setMaxResults(1).getSingleResult());
    }

    /** A request's parts, the first routed first. */
    private List<RoutedInquiry> partsOf(long inquiryId) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select r from RoutedInquiry r join fetch r.lead"
                + " where r.inquiry.id = :id order by r.id", RoutedInquiry.class).setParameter("id", inquiryId)
                .getResultList());
    }

    private List<String> programInterests(Tenant centre, String email) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select i.value from LeadInterest i, Lead l"
                        + " where l.id = i.leadId and l.tenantId = :t and l.emailNormalized = :e"
                        + " and i.kind = ca.tremplin.person.InterestKind.PROGRAM", String.class)
                .setParameter("t", centre.getId()).setParameter("e", email).getResultList());
    }

    private List<Long> openFirstAnswers(long leadId) {
        return em.createQuery("select t.assignedTo from LeadTask t where t.leadId = :lead and t.doneAt is null"
                + " and t.kind = ca.tremplin.person.TaskKind.FIRST_RESPONSE", Long.class)
                .setParameter("lead", leadId).getResultList();
    }

    private InboxRow onlyRowSeenBy(UserAccount account, Tenant tenant) {
        try (TenantContext.Scope ignored = TestSessions.signedInAs(account, tenant)) {
            List<InboxRow> rows = inbox.page(InboxScope.ALL, 0, 10, TableSort.DEFAULT);
            assertEquals(1, rows.size(), "the centre sees its own part only");
            return rows.get(0);
        }
    }

    private long countInquiriesOf(String email) {
        return tenancy.acrossAllTenants(() -> em.createQuery(
                "select count(i) from Inquiry i where i.emailNormalized = :email", Long.class)
                .setParameter("email", email).getSingleResult());
    }

    private Program program(Tenant tenant, String titleFr, String titleEn) {
        return fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(), titleFr, titleEn,
                "07", uniqueWord(), true);
    }

    private static InquiryRequest request(String email, Long... programIds) {
        return InquiryRequests.complete(email, programIds);
    }

    private static SubmissionContext form(String token, Locale language) {
        return new SubmissionContext(token, Inquiry.Channel.FORM, "10.1.2.3", language);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String uniqueEmail() {
        return InquiryRequests.uniqueEmail();
    }

    private static String uniqueWord() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
