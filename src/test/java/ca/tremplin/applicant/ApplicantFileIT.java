package ca.tremplin.applicant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.mail.OutboxMessage;
import ca.tremplin.person.Lead;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.HttpVisitor;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The applicant's private link and documents, against MariaDB: a link opens its own lead's file only and stops at
 * expiry; uploads are checked by name, size and content; staff of the lead's centre — and no one else — download,
 * accept and refuse them, and the applicant sees the decision.
 */
class ApplicantFileIT extends InServerTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** A PDF of its own: the same file sent twice as one document is kept once. */
    static byte[] pdfSaying(String text) {
        return ("%PDF-1.7\n% " + text + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Inject
    DocumentReviewService review;

    @Inject
    ApplicantFileService files;

    @Inject
    ca.tremplin.pipeline.LeadService leadService;

    @Inject
    Tenancy tenancy;

    @Inject
    ca.tremplin.pipeline.LeadConsents consents;

    @Inject
    ca.tremplin.application.ApplicationService applications;

    @Inject
    OwnApplications ownApplications;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL base;

    @Test
    void aLinkOpensOnlyItsOwnLeadsFileAndStopsWorkingWhenItExpires() {
        Centre centre = centre("link");
        Lead hoa = fixtures.newLead(centre.tenant, centre.program);
        Lead other = fixtures.newLead(centre.tenant, centre.program, "Kofi", "Annan", "kofi." + UUID.randomUUID()
                + "@example.gh", null, null);
        String token = sendLink(centre, hoa);

        ApplicantFile file = files.open(token);
        assertEquals("Thị Hoa", file.addressedAs());
        assertEquals(List.of(DocumentKind.PASSPORT, DocumentKind.BIRTH_CERTIFICATE, DocumentKind.DIPLOMAS,
                DocumentKind.FRENCH_PROOF, DocumentKind.FUNDS_PROOF), file.stillNeeded());
        files.upload(token, DocumentKind.PASSPORT, "passeport.pdf", PDF);
        assertEquals(List.of(DocumentKind.BIRTH_CERTIFICATE, DocumentKind.DIPLOMAS, DocumentKind.FRENCH_PROOF,
                DocumentKind.FUNDS_PROOF), files.open(token).stillNeeded());

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(1, review.documents(hoa.getId()).size());
            assertTrue(review.documents(other.getId()).isEmpty(), "the link wrote to its own lead only");
            assertArrayEquals(PDF, review.download(review.documents(hoa.getId()).get(0).getId()).content());
        }
        assertThrows(NotFoundException.class, () -> files.open(token + "x"), "a forged token opens nothing");
        assertThrows(NotFoundException.class, () -> files.open(null));

        tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "update applicant_link set expires_at = utc_timestamp(6) - interval 1 minute where lead_id = ?1")
                .setParameter(1, hoa.getId()).executeUpdate());
        assertThrows(LinkExpiredException.class, () -> files.open(token));
        assertThrows(LinkExpiredException.class, () -> files.upload(token, DocumentKind.DIPLOMAS, "notes.pdf", PDF));
    }

    @Test
    void dangerousNamesLyingTypesEmptyAndTooLargeFilesAreRefusedWithAReasonAndNothingIsStored() {
        Centre centre = centre("checks");
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        String token = sendLink(centre, lead);

        assertRefused("document.badName", token, "../../etc/passwd.pdf", PDF);
        assertRefused("document.badName", token, "C:\\fakepath\\passeport.pdf", PDF);
        assertRefused("document.badName", token, ".htaccess.pdf", PDF);
        assertRefused("document.badName", token, "pass\u0000port.pdf", PDF);
        assertRefused("document.badType", token, "programme.exe", PDF);
        assertRefused("document.badType", token, "passeport.svg", PDF);
        assertRefused("document.lyingType", token, "passeport.pdf", PNG);
        assertRefused("document.lyingType", token, "photo.png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertRefused("document.empty", token, "passeport.pdf", new byte[0]);
        byte[] tooLarge = new byte[DocumentChecks.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertRefused("document.tooLarge", token, "passeport.pdf", tooLarge);

        assertTrue(files.open(token).documents().isEmpty());
        files.upload(token, DocumentKind.PASSPORT, "photo-passeport.png", PNG);
        assertEquals("image/png", files.open(token).documents().get(0).getContentType());

        // The largest file allowed is stored whole (one of 8 MiB, under the limit said then, made an error page).
        byte[] largest = new byte[DocumentChecks.MAX_BYTES];
        System.arraycopy(PDF, 0, largest, 0, PDF.length);
        files.upload(token, DocumentKind.DIPLOMAS, "releves-de-notes.pdf", largest);
        assertEquals(2, files.open(token).documents().size());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            long stored = review.documents(lead.getId()).stream()
                    .filter(document -> document.getKind() == DocumentKind.DIPLOMAS).findFirst().orElseThrow().getId();
            assertArrayEquals(largest, review.download(stored).content());
        }
    }

    @Test
    void theSameFileSentAgainAsOneDocumentIsKeptOnceAndTheSenderToldWhatBecameOfTheFirst() {
        Centre centre = centre("again");
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        String token = sendLink(centre, lead);
        files.upload(token, DocumentKind.PASSPORT, "passeport.pdf", PDF);

        BusinessRuleException twice = assertThrows(BusinessRuleException.class,
                () -> files.upload(token, DocumentKind.PASSPORT, "passeport (1).pdf", PDF));
        assertEquals("document.alreadyHeld", twice.messageKey());
        assertTrue(twice.localizedMessage(java.util.Locale.CANADA_FRENCH).contains("« passeport.pdf »"),
                twice.localizedMessage(java.util.Locale.CANADA_FRENCH));
        // One PDF holding everything, sent for each document it proves: each is taken.
        files.upload(token, DocumentKind.DIPLOMAS, "tout.pdf", PDF);
        assertEquals(2, files.open(token).documents().size());

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            long passport = review.documents(lead.getId()).stream()
                    .filter(d -> d.getKind() == DocumentKind.PASSPORT).findFirst().orElseThrow().getId();
            review.reject(passport, "Page de la photo coupée", shown(passport));
        }
        BusinessRuleException refusedBefore = assertThrows(BusinessRuleException.class,
                () -> files.upload(token, DocumentKind.PASSPORT, "passeport.pdf", PDF));
        assertEquals("document.sameAsRefused", refusedBefore.messageKey());
        assertTrue(refusedBefore.localizedMessage(java.util.Locale.ENGLISH).contains("Page de la photo coupée"),
                refusedBefore.localizedMessage(java.util.Locale.ENGLISH));
        files.upload(token, DocumentKind.PASSPORT, "passeport-complet.pdf", pdfSaying("passeport complet"));
        assertEquals(3, files.open(token).documents().size(), "another file is taken");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals("document.alreadyHeld", assertThrows(BusinessRuleException.class,
                    () -> review.attach(lead.getId(), DocumentKind.DIPLOMAS, "recu-par-courriel.pdf", PDF))
                    .messageKey(), "staff attaching what the file already holds are told too");
        }
    }

    @Test
    void aFileHoldsAtMostTwentyDocumentsAndTheNextIsRefusedWithTheLimitNamed() {
        Centre centre = centre("count");
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        String token = sendLink(centre, lead);
        for (int i = 0; i < ApplicantFileService.MOST_DOCUMENTS; i++) {
            List<DocumentKind> offered = DocumentKind.offeredTo(ca.tremplin.person.LeadStage.NEW);
            files.upload(token, offered.get(i % offered.size()), "piece-" + i + ".pdf", pdfSaying("pièce " + i));
        }

        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> files.upload(token, DocumentKind.PASSPORT, "encore.pdf", PDF));

        assertEquals("document.tooMany", refused.messageKey());
        assertTrue(refused.localizedMessage(java.util.Locale.CANADA_FRENCH).contains("20 documents"),
                refused.localizedMessage(java.util.Locale.CANADA_FRENCH));
        assertTrue(refused.localizedMessage(java.util.Locale.ENGLISH).contains("20 documents"));
        assertEquals(ApplicantFileService.MOST_DOCUMENTS, files.open(token).documents().size(), "nothing more kept");

        // Admitted with a full file: the CAQ is still taken, and so is what staff attach.
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leadService.changeStage(lead.getId(), ca.tremplin.person.LeadStage.ADMITTED, "Admis sur dossier", null);
            review.attach(lead.getId(), DocumentKind.FUNDS_PROOF, "releve-recent.pdf", PDF);
        }
        files.upload(token, DocumentKind.CAQ, "caq.pdf", PDF);
        assertEquals(ApplicantFileService.MOST_DOCUMENTS + 2, files.open(token).documents().size());
        assertEquals("document.tooMany", assertThrows(BusinessRuleException.class,
                () -> files.upload(token, DocumentKind.DIPLOMAS, "encore.pdf", PDF)).messageKey(),
                "the admission's documents are still bounded");
    }

    @Test
    void staffOfTheLeadsCentreAcceptAndRefuseWithAReasonTheApplicantSeesAndNoOtherCentreReachesTheDocument() {
        Centre centre = centre("review");
        Centre elsewhere = centre("elsewhere");
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        String token = sendLink(centre, lead);
        files.upload(token, DocumentKind.PASSPORT, "passeport.pdf", PDF);
        files.upload(token, DocumentKind.FUNDS_PROOF, "releve-bancaire.pdf", PDF);
        long passport;
        long funds;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            List<LeadDocument> documents = review.documents(lead.getId());
            passport = documents.stream().filter(d -> d.getKind() == DocumentKind.PASSPORT).findFirst().orElseThrow().getId();
            funds = documents.stream().filter(d -> d.getKind() == DocumentKind.FUNDS_PROOF).findFirst().orElseThrow().getId();
        }
        try (TenantContext.Scope ignored = elsewhere.asRecruiter()) {
            assertThrows(NotFoundException.class, () -> review.download(passport));
            assertThrows(NotFoundException.class, () -> review.accept(passport, shown(passport)));
            assertThrows(NotFoundException.class, () -> review.reject(passport, "non", shown(passport)));
            assertThrows(NotFoundException.class, () -> review.documents(lead.getId()));
            assertThrows(NotFoundException.class, () -> review.sendLink(lead.getId()));
        }
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            BusinessRuleException noReason = assertThrows(BusinessRuleException.class,
                    () -> review.reject(funds, " ", shown(funds)));
            assertEquals("document.reasonRequired", noReason.messageKey());
            review.accept(passport, shown(passport));
            review.reject(funds, "Le relevé doit dater de moins de trois mois", shown(funds));
        }
        ApplicantFile file = files.open(token);
        LeadDocument refused = file.documents().stream().filter(d -> d.getKind() == DocumentKind.FUNDS_PROOF)
                .findFirst().orElseThrow();
        assertEquals(DocumentStatus.REJECTED, refused.getStatus());
        assertEquals("Le relevé doit dater de moins de trois mois", refused.getRejectionReason());
        assertTrue(file.stillNeeded().contains(DocumentKind.FUNDS_PROOF), "a refused document is needed again");
        assertFalse(file.stillNeeded().contains(DocumentKind.PASSPORT));
        String told = lastMailTo(lead.getEmail());
        assertTrue(told.contains("Le relevé doit dater de moins de trois mois") && told.contains("releve-bancaire.pdf")
                && told.contains("/dossier.xhtml?token="), "the person is told why, with a link to send another: " + told);

        // The address corrected by staff: a link sent to the old one no longer opens the file.
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            Lead stored = em.find(Lead.class, lead.getId());
            java.util.Map<ca.tremplin.person.LeadField, String> before = new java.util.EnumMap<>(
                    ca.tremplin.person.LeadField.class);
            for (ca.tremplin.person.LeadField field : ca.tremplin.person.LeadField.values()) {
                before.put(field, field.of(stored));
            }
            java.util.Map<ca.tremplin.person.LeadField, String> after = new java.util.EnumMap<>(before);
            after.put(ca.tremplin.person.LeadField.EMAIL, "corrige." + lead.getEmail());
            leadService.updateDetails(lead.getId(), stored.getVersion(), before, after);
        }
        assertThrows(NotFoundException.class, () -> files.open(token), "the link mailed to the old address ends");
    }

    /**
     * Two members of staff on the same file: a decision taken from a page shown before a colleague's is refused as a
     * conflict, and the colleague's stands — a refusal the person was already mailed is not overridden by an
     * acceptance, nor an acceptance by a refusal nobody is mailed; the page shown again decides from what stands.
     */
    @Test
    void aDecisionFromAPageShownBeforeAColleaguesIsRefusedAndTheColleaguesStands() {
        Centre centre = centre("stale-review");
        UserAccount colleague = fixtures.newAccount(centre.tenant, Role.RECRUITER);
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        String token = sendLink(centre, lead);
        files.upload(token, DocumentKind.PASSPORT, "passeport.pdf", PDF);
        files.upload(token, DocumentKind.FUNDS_PROOF, "releve-bancaire.pdf", pdfSaying("relevé"));
        long passport = documentOf(centre, lead, DocumentKind.PASSPORT);
        long funds = documentOf(centre, lead, DocumentKind.FUNDS_PROOF);
        long passportShown = shown(passport);
        long fundsShown = shown(funds);

        try (TenantContext.Scope ignored = TestSessions.signedInAs(colleague, centre.tenant)) {
            review.reject(passport, "La page de la photo est coupée", passportShown);
            review.accept(funds, fundsShown);
        }
        long mailsAfterTheColleague = mailsTo(lead.getEmail());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals("conflict.modifiedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> review.accept(passport, passportShown)).messageKey());
            assertEquals("conflict.modifiedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> review.reject(funds, "Le relevé doit dater de moins de trois mois", fundsShown))
                    .messageKey());
        }
        ApplicantFile file = files.open(token);
        LeadDocument refused = file.documents().stream().filter(d -> d.getId() == passport).findFirst().orElseThrow();
        assertEquals(DocumentStatus.REJECTED, refused.getStatus(), "the colleague's refusal stands");
        assertEquals("La page de la photo est coupée", refused.getRejectionReason());
        LeadDocument accepted = file.documents().stream().filter(d -> d.getId() == funds).findFirst().orElseThrow();
        assertEquals(DocumentStatus.ACCEPTED, accepted.getStatus(), "the colleague's acceptance stands");
        assertEquals(null, accepted.getRejectionReason());
        assertEquals(mailsAfterTheColleague, mailsTo(lead.getEmail()), "nobody mailed a refusal nobody made");

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            review.accept(passport, shown(passport));
        }
        assertEquals(DocumentStatus.ACCEPTED, files.open(token).documents().stream()
                .filter(d -> d.getId() == passport).findFirst().orElseThrow().getStatus(),
                "decided again from the page shown since");
    }

    /**
     * The lead page carries the versions of the documents it shows: an acceptance sent from a page shown before a
     * colleague refused the document (the person already mailed) is answered that someone changed it meanwhile, and
     * the page shows the refusal that stands.
     */
    @Test
    void anAcceptanceSentFromALeadPageShownBeforeAColleaguesRefusalSaysSoAndShowsTheRefusal() throws Exception {
        Centre centre = centre("stale-page");
        UserAccount colleague = fixtures.newAccount(centre.tenant, Role.RECRUITER);
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        String token = sendLink(centre, lead);
        files.upload(token, DocumentKind.PASSPORT, "passeport.pdf", PDF);
        long passport = documentOf(centre, lead, DocumentKind.PASSPORT);
        HttpVisitor recruiter = new HttpVisitor(base);
        recruiter.signIn(centre.recruiter.getEmail(), TestFixtures.PASSWORD);
        String address = "admin/lead.xhtml?id=" + lead.getId();
        String shownPage = recruiter.get(address).body();
        String shownVersions = attributeOf(shownPage, "name=\"lead:shown-documents\"", "value");
        assertEquals(passport + ":" + shown(passport), shownVersions, "the page carries what it shows");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(colleague, centre.tenant)) {
            review.reject(passport, "La page de la photo est coupée", shown(passport));
        }
        HttpResponse<String> answer = recruiter.send(recruiter.formOn(address, shownPage, "lead",
                java.util.Map.of("lead:shown-documents", shownVersions),
                attributeOf(shownPage, "class=\"accept-document\"", "name")));

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Quelqu’un d’autre a modifié cette fiche"), answer.body());
        assertTrue(answer.body().contains("La page de la photo est coupée"), "the refusal that stands, shown");
        assertEquals(DocumentStatus.REJECTED, files.open(token).documents().get(0).getStatus());
    }

    /** An attribute of the first tag of the page that holds {@code marker}. */
    private static String attributeOf(String page, String marker, String attribute) {
        Matcher tag = Pattern.compile("<[^<>]*" + Pattern.quote(marker) + "[^<>]*>").matcher(page);
        assertTrue(tag.find(), marker + " in " + page);
        Matcher value = Pattern.compile("\\s" + attribute + "=\"([^\"]*)\"").matcher(tag.group());
        assertTrue(value.find(), attribute + " in " + tag.group());
        return value.group(1);
    }

    /**
     * A centre closed by the coordination reads no file any more: the person's link opens nothing, says so in their
     * language and names the coordination to write to, as an expired one says how to get a new one; a document sent
     * from a page opened before is refused and nothing of it kept. The centre reopened, the link works again.
     */
    @Test
    void aLinkOfACentreClosedSinceOpensAndTakesNothingAndNamesTheCoordinationToWriteTo() throws Exception {
        Centre centre = centre("closed");
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        String token = sendLink(centre, lead);
        files.upload(token, DocumentKind.PASSPORT, "passeport.pdf", PDF);
        Tenant coordination = tenancy.acrossAllTenants(() -> em.createQuery(
                "select t from Tenant t where t.kind = ca.tremplin.tenant.TenantKind.COORDINATION", Tenant.class)
                .getSingleResult());
        long documentsBefore = countOf("select count(d) from LeadDocument d where d.leadId = :lead", lead);
        long eventsBefore = countOf("select count(e) from LeadEvent e where e.leadId = :lead", lead);

        fixtures.deactivate(centre.tenant);

        CentreClosedException closed = assertThrows(CentreClosedException.class, () -> files.open(token));
        String french = closed.localizedMessage(java.util.Locale.CANADA_FRENCH);
        assertTrue(french.contains(centre.tenant.getNameFr()) && french.contains("organisme coordonnateur, "
                + coordination.getNameFr()), french);
        String english = closed.localizedMessage(java.util.Locale.ENGLISH);
        assertTrue(english.contains(centre.tenant.getNameEn()) && english.contains("coordinating organisation, "
                + coordination.getNameEn()), english);
        assertThrows(CentreClosedException.class,
                () -> files.upload(token, DocumentKind.DIPLOMAS, "releves.pdf", pdfSaying("relevés")));
        assertEquals(documentsBefore, countOf("select count(d) from LeadDocument d where d.leadId = :lead", lead),
                "nothing kept");
        assertEquals(eventsBefore, countOf("select count(e) from LeadEvent e where e.leadId = :lead", lead),
                "nothing on the timeline");

        HttpResponse<String> page = new HttpVisitor(base).get("dossier.xhtml?token=" + token,
                java.util.Map.of("Accept-Language", "fr-CA,fr;q=0.9"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"centre-closed\"") && page.body().contains("qui ne reçoit plus de"
                + " dossiers par Tremplin"), page.body());
        assertFalse(page.body().contains("passeport.pdf"), "the file is not shown");

        tenancy.acrossAllTenants(() -> {
            em.find(Tenant.class, centre.tenant.getId()).setActive(true);
            return null;
        });
        assertEquals(1, files.open(token).documents().size(), "reopened, the centre reads the file again");
    }

    @Test
    void theCaqAndTheStudyPermitAreAskedForOnceThePersonIsAdmittedAndRefusedBefore() {
        Centre centre = centre("caq");
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        String token = sendLink(centre, lead);
        for (DocumentKind kind : List.of(DocumentKind.PASSPORT, DocumentKind.BIRTH_CERTIFICATE, DocumentKind.DIPLOMAS,
                DocumentKind.FRENCH_PROOF, DocumentKind.FUNDS_PROOF)) {
            files.upload(token, kind, kind.name().toLowerCase() + ".pdf", PDF);
        }
        assertEquals(List.of(), files.open(token).stillNeeded(), "the admission file is complete");
        BusinessRuleException early = assertThrows(BusinessRuleException.class,
                () -> files.upload(token, DocumentKind.CAQ, "caq.pdf", PDF));
        assertEquals("document.notYet", early.messageKey());
        assertTrue(early.localizedMessage(java.util.Locale.CANADA_FRENCH).contains("admis"));
        assertEquals(5, files.open(token).documents().size(), "nothing kept of the refused one");

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals("applicant.notAnnounced", assertThrows(BusinessRuleException.class,
                    () -> review.announce(lead.getId())).messageKey(), "a new lead has no step to announce");
            leadService.changeStage(lead.getId(), ca.tremplin.person.LeadStage.ADMITTED, "Admis sur dossier", null);
            review.announce(lead.getId());
        }
        // The person is told, in their language, what the admission means and what comes next, with their file.
        OutboxMessage told = tenancy.acrossAllTenants(() -> em.createQuery("select m from OutboxMessage m where"
                        + " m.recipient = :to order by m.id desc", OutboxMessage.class)
                .setParameter("to", lead.getEmail()).setMaxResults(1).getSingleResult());
        assertTrue(told.getSubject().startsWith("Bonne nouvelle : vous êtes admis(e)"), told.getSubject());
        assertTrue(told.getBodyText().contains("certificat d’acceptation du Québec (CAQ)"), told.getBodyText());
        Matcher newLink = Pattern.compile("/dossier\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(told.getBodyText());
        assertTrue(newLink.find(), told.getBodyText());
        assertEquals(List.of(DocumentKind.CAQ), files.open(newLink.group(1)).stillNeeded(),
                "the CAQ follows the admission, in the file the new link opens");
        files.upload(token, DocumentKind.STUDY_PERMIT, "permis.pdf", PDF);
        files.upload(token, DocumentKind.CAQ, "caq.pdf", PDF);
        assertEquals(List.of(), files.open(token).stillNeeded());

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            List<LeadDocument> held = review.documents(lead.getId());
            long permit = held.stream().filter(d -> d.getKind() == DocumentKind.STUDY_PERMIT).findFirst().orElseThrow()
                    .getId();
            review.reject(permit, "Le permis est illisible", shown(permit));
            leadService.changeStage(lead.getId(), ca.tremplin.person.LeadStage.CAQ_OBTAINED, null, null);
        }
        assertEquals(List.of(DocumentKind.STUDY_PERMIT), files.open(token).stillNeeded(),
                "a refused study permit is asked for again once the CAQ is obtained");

        // The permit again, sent to the recruiter by e-mail: attached by staff, accepted, and nothing more asked.
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            review.attach(lead.getId(), DocumentKind.STUDY_PERMIT, "permis-lisible.pdf", pdfSaying("permis lisible"));
            assertEquals(DocumentStatus.ACCEPTED, review.documents(lead.getId()).stream()
                    .filter(d -> d.getFileName().equals("permis-lisible.pdf")).findFirst().orElseThrow().getStatus());
            assertEquals("document.lyingType", assertThrows(BusinessRuleException.class,
                    () -> review.attach(lead.getId(), DocumentKind.PASSPORT, "passeport.pdf", PNG)).messageKey());
        }
        assertEquals(List.of(), files.open(token).stillNeeded());
        Centre other = centre("caqother");
        try (TenantContext.Scope ignored = other.asRecruiter()) {
            assertThrows(NotFoundException.class,
                    () -> review.attach(lead.getId(), DocumentKind.CAQ, "caq.pdf", PDF), "not another centre's file");
        }

        // Erased at the person's request: nothing of theirs is kept again, not even by staff.
        Lead erasedOne = fixtures.newLead(centre.tenant, centre.program);
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update `lead` set erased_at = utc_timestamp(6)"
                + " where id = ?1").setParameter(1, erasedOne.getId()).executeUpdate());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals("document.personErased", assertThrows(BusinessRuleException.class,
                    () -> review.attach(erasedOne.getId(), DocumentKind.PASSPORT, "passeport.pdf", PDF)).messageKey());
            assertTrue(review.documents(erasedOne.getId()).isEmpty());
        }

        // The CAQ recorded as obtained is no longer asked for, even with its scan refused: the e-mail announcing it
        // says it is recorded, and the file it links to must not say it is still needed.
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            LeadDocument caq = review.documents(lead.getId()).stream().filter(d -> d.getKind() == DocumentKind.CAQ)
                    .findFirst().orElseThrow();
            review.reject(caq.getId(), "Illisible", caq.getVersion());
        }
        assertEquals(List.of(), files.open(token).stillNeeded());

        // Enrolled: the file has done its work, nothing is asked any more even of what was never sent.
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leadService.changeStage(lead.getId(), ca.tremplin.person.LeadStage.ENROLLED, "Inscrit", null);
        }
        assertEquals(List.of(), files.open(token).stillNeeded());
    }

    /**
     * A person who withdrew their consent to be contacted gets no link to their file from staff, and is not mailed
     * when a document of theirs is refused: staff are told so; the reason stays in the file.
     */
    @Test
    void nobodyWhoWithdrewTheirConsentToBeContactedIsMailedALinkOrARefusal() {
        Centre centre = centre("withdrawn");
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        String token = sendLink(centre, lead);
        files.upload(token, DocumentKind.PASSPORT, "passeport.pdf", PDF);
        long mailsBefore = mailsTo(lead.getEmail());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            consents.recordWithdrawal(lead.getId(), ca.tremplin.person.ConsentPurpose.CONTACT,
                    ca.tremplin.person.ConsentChannel.PHONE, java.time.Instant.now(), "Ne plus m'écrire");
            assertEquals("applicant.linkNotSentWithdrawn", assertThrows(BusinessRuleException.class,
                    () -> review.sendLink(lead.getId())).messageKey());
            long passport = review.documents(lead.getId()).get(0).getId();
            assertEquals(DocumentReviewService.RefusalTold.CONTACT_WITHDRAWN, review.reject(passport, "Illisible",
                            shown(passport)),
                    "the refusal is recorded, the person not told, staff told why");
        }
        assertEquals(mailsBefore, mailsTo(lead.getEmail()), "no mail left for the person");
        assertEquals("Illisible", files.open(token).documents().get(0).getRejectionReason(),
                "the reason stays in the file");
    }

    /**
     * The person's applications to the centre's offers are on their file, each with its offer (linked while it is
     * published), its employer, when they applied and where it stands in their words; one under way waits, said so,
     * while they withdraw their consent to its processing. Someone who applied to nothing has no such section.
     */
    @Test
    void theFileListsThePersonsApplicationsWithWhereEachStandsAndThoseOnHoldForTheirConsent() {
        Centre centre = centre("applied");
        Lead hoa = fixtures.newLead(centre.tenant, centre.program);
        String token = sendLink(centre, hoa);
        assertEquals(List.of(), files.open(token).applications(), "no application, nothing listed");

        ca.tremplin.offer.Offer welder = openOffer(centre, "Soudures du Fjord", "Soudeur", "Welder");
        ca.tremplin.offer.Offer boilermaker = openOffer(centre, "Chaudronnerie Lavoie", "Chaudronnier", "Boilermaker");
        applyAs(hoa, welder);
        long refused = applyAs(hoa, boilermaker);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.changeStatus(refused, ca.tremplin.application.ApplicationStatus.REJECTED);
        }
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update offer set status = 'CLOSED' where id = ?1")
                .setParameter(1, boilermaker.getId()).executeUpdate());

        ApplicantFile file = files.open(token);
        assertEquals(2, file.applications().size());
        OwnApplication received = applicationTo(file, "Soudeur");
        assertEquals(ApplicationProgress.RECEIVED, received.progress());
        assertEquals("Soudures du Fjord", received.employerName());
        assertEquals("Welder", received.trade(java.util.Locale.ENGLISH));
        assertEquals("/fr/offres/" + centre.tenant.getSlug() + "/" + welder.getSlug(),
                received.path(java.util.Locale.CANADA_FRENCH), "the offer still published is linked");
        assertTrue(received.path(java.util.Locale.ENGLISH).startsWith("/en/offers/"));
        org.junit.jupiter.api.Assertions.assertNotNull(received.appliedAt());
        OwnApplication closed = applicationTo(file, "Chaudronnier");
        assertEquals(ApplicationProgress.NOT_SELECTED, closed.progress());
        assertFalse(closed.isPublished(), "a closed offer's page is gone: no link to it");
        assertFalse(file.isApplicationsOnHold());

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.changeStatus(applicationTo(hoa, welder), ca.tremplin.application.ApplicationStatus.SCREENED);
            consents.recordWithdrawal(hoa.getId(), ca.tremplin.person.ConsentPurpose.APPLICATION,
                    ca.tremplin.person.ConsentChannel.PHONE, java.time.Instant.now(), null);
        }
        ApplicantFile withdrawn = files.open(token);
        assertEquals(ApplicationProgress.IN_REVIEW, applicationTo(withdrawn, "Soudeur").progress());
        assertTrue(applicationTo(withdrawn, "Soudeur").onHold(), "under way, it waits for the consent given again");
        assertFalse(applicationTo(withdrawn, "Chaudronnier").onHold(), "a refused application waits for nothing");
        assertTrue(withdrawn.isApplicationsOnHold());
        assertTrue(applicationTo(withdrawn, "Soudeur").applyAgain(), "the form still takes applications to it");
        assertTrue(withdrawn.isApplyingAgainAdvised());

        // Its last day behind us, the offer's page still shows, but the form refuses: only the consents' link is said.
        tenancy.acrossAllTenants(() -> em.createNativeQuery(
                        "update offer set application_deadline = ?1 where id = ?2")
                .setParameter(1, java.time.LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE).minusDays(1))
                .setParameter(2, welder.getId()).executeUpdate());
        ApplicantFile pastTheDeadline = files.open(token);
        assertTrue(applicationTo(pastTheDeadline, "Soudeur").onHold());
        assertTrue(applicationTo(pastTheDeadline, "Soudeur").isPublished());
        assertFalse(applicationTo(pastTheDeadline, "Soudeur").applyAgain(), "applying after the last day is refused");
        assertFalse(pastTheDeadline.isApplyingAgainAdvised());
        assertTrue(pastTheDeadline.isApplicationsOnHold());
    }

    /**
     * A duplicate merged into the person who had applied to the same offer keeps their application (one per offer):
     * the file lists the offer once, with the person's own application.
     */
    @Test
    void anOfferThePersonAndAMergedDuplicateBothAppliedToIsListedOnce() {
        Centre centre = centre("merged");
        AppliedTwice twice = appliedTwice(centre);
        Lead hoa = twice.hoa();
        ca.tremplin.offer.Offer welder = twice.welder();
        long duplicates = twice.duplicates();
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.changeStatus(duplicates, ca.tremplin.application.ApplicationStatus.SCREENED);
            leadService.merge(hoa.getId(), twice.duplicate().getId());
        }
        assertEquals(2L, (long) tenancy.acrossAllTenants(() -> em.createQuery(
                        "select count(a) from OfferApplication a where a.offerId = :offer", Long.class)
                .setParameter("offer", welder.getId()).getSingleResult()), "both applications stay");

        List<OwnApplication> listed = files.open(sendLink(centre, hoa)).applications();

        assertEquals(1, listed.size(), "one row for the offer: " + listed);
        assertEquals(ApplicationProgress.RECEIVED, listed.get(0).progress(), "the person's own application");
    }

    /**
     * The person's own application to an offer was withdrawn, and a duplicate of theirs, merged into them since,
     * applied to the same offer and still waits (it stays on the duplicate: one per person and offer): their file
     * lists that application, which they can follow and withdraw, where it listed only their own, withdrawn, and the
     * one that waits was nowhere on their file; their consents page names it among those under way.
     */
    @Test
    void aMergedDuplicatesApplicationStillUnderWayIsOnThePersonsFileThoughTheirOwnToTheOfferWasWithdrawn() {
        Centre centre = centre("merged-open");
        AppliedTwice twice = appliedTwice(centre);
        Lead hoa = twice.hoa();
        Lead duplicate = twice.duplicate();
        long duplicates = twice.duplicates();
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.changeStatus(twice.own(), ca.tremplin.application.ApplicationStatus.WITHDRAWN);
            applications.changeStatus(duplicates, ca.tremplin.application.ApplicationStatus.SCREENED);
            leadService.merge(hoa.getId(), duplicate.getId());
        }
        assertEquals(duplicate.getId(), tenancy.acrossAllTenants(() -> em.find(
                ca.tremplin.application.OfferApplication.class, duplicates).getLeadId()), "left on the duplicate");

        List<OwnApplication> listed = files.open(sendLink(centre, hoa)).applications();

        assertEquals(1, listed.size(), "one row for the offer: " + listed);
        assertEquals(duplicates, listed.get(0).applicationId(), "the application that waits");
        assertEquals(ApplicationProgress.IN_REVIEW, listed.get(0).progress());
        assertTrue(listed.get(0).withdrawable(), "theirs to withdraw");
        assertEquals(List.of("Soudeur"), tenancy.acrossAllTenants(() -> underWay.of(centre.tenant.getId(),
                        hoa.getId())).stream().map(ca.tremplin.preferences.ApplicationsUnderWay.UnderWay::tradeFr)
                .toList(),
                "their consents page names it among the applications under way");
    }

    @Inject
    ca.tremplin.preferences.ApplicationsUnderWay underWay;

    /** Hoa, a duplicate of hers under another address, and the application each sent to one welder's offer. */
    private record AppliedTwice(Lead hoa, Lead duplicate, ca.tremplin.offer.Offer welder, long own, long duplicates) {
    }

    private AppliedTwice appliedTwice(Centre centre) {
        Lead hoa = fixtures.newLead(centre.tenant, centre.program);
        Lead duplicate = fixtures.newLead(centre.tenant, centre.program, hoa.getFirstName(), hoa.getLastName(),
                "hoa.autre." + UUID.randomUUID() + "@example.vn", null, null);
        ca.tremplin.offer.Offer welder = openOffer(centre, "Soudures du Fjord", "Soudeur", "Welder");
        long own = applyAs(hoa, welder);
        return new AppliedTwice(hoa, duplicate, welder, own, applyAs(duplicate, welder));
    }

    /**
     * The link opens its own person's applications at its own centre: another person's application to the same
     * offer, and the same person's application to another centre's offer (another lead, another file), never appear.
     */
    @Test
    void theFileNeverListsAnotherPersonsOrAnotherCentresApplications() {
        Centre centre = centre("mine");
        Centre elsewhere = centre("notmine");
        Lead hoa = fixtures.newLead(centre.tenant, centre.program);
        Lead kofi = fixtures.newLead(centre.tenant, centre.program, "Kofi", "Annan", "kofi." + UUID.randomUUID()
                + "@example.gh", null, null);
        ca.tremplin.offer.Offer here = openOffer(centre, "Soudures du Fjord", "Soudeur", "Welder");
        ca.tremplin.offer.Offer there = openOffer(elsewhere, "Usinage Boréal", "Machiniste", "Machinist");
        applyAs(hoa, here);
        long kofisHere = applyAs(kofi, here);
        applyAs(hoa, there);
        Lead hoaElsewhere = fixtures.leadOf(elsewhere.tenant, hoa.getEmail());
        String hoasLink = sendLink(centre, hoa);
        String kofisLink = sendLink(centre, kofi);
        String elsewhereLink = sendLink(elsewhere, hoaElsewhere);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.changeStatus(kofisHere, ca.tremplin.application.ApplicationStatus.SCREENED);
        }

        List<OwnApplication> hoas = files.open(hoasLink).applications();
        assertEquals(1, hoas.size(), "her own application only: " + hoas);
        assertEquals("Soudeur", hoas.get(0).trade(java.util.Locale.CANADA_FRENCH));
        assertEquals(ApplicationProgress.RECEIVED, hoas.get(0).progress(), "her status, not Kofi's");
        List<OwnApplication> kofis = files.open(kofisLink).applications();
        assertEquals(1, kofis.size());
        assertEquals(ApplicationProgress.IN_REVIEW, kofis.get(0).progress());
        List<OwnApplication> theOtherCentres = files.open(elsewhereLink).applications();
        assertEquals(List.of("Machiniste"), theOtherCentres.stream()
                .map(line -> line.trade(java.util.Locale.CANADA_FRENCH)).toList(),
                "the other centre's file lists its own offer only");

        // The tenant filter, not the lead's number alone, keeps the other centre out: asked as this centre about
        // the other centre's lead, which has an application there, the answer is empty.
        assertEquals(1, ownApplications.of(elsewhere.tenant.getId(), hoaElsewhere.getId()).size());
        assertEquals(List.of(), ownApplications.of(centre.tenant.getId(), hoaElsewhere.getId()),
                "another centre's application is out of this centre's reach");
    }

    /** An open offer of the centre, its address a word of its own. */
    private ca.tremplin.offer.Offer openOffer(Centre centre, String employer, String tradeFr, String tradeEn) {
        return fixtures.newOffer(centre.tenant, employer, tradeFr, tradeEn,
                "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), ca.tremplin.offer.OfferStatus.OPEN);
    }

    /** An application sent from the offer's public form by this person, with the name and address they gave before. */
    private long applyAs(Lead person, ca.tremplin.offer.Offer offer) {
        ca.tremplin.application.ApplicationRequest request = new ca.tremplin.application.ApplicationRequest();
        request.setFirstName(person.getFirstName());
        request.setLastName(person.getLastName());
        request.setEmail(person.getEmail());
        request.setCountry(person.getCountryOfResidence());
        request.setConsent(true);
        return applications.apply(offer.getId(), request, "cv.pdf", PDF, java.util.Locale.CANADA_FRENCH,
                "203.0.113.31");
    }

    private static OwnApplication applicationTo(ApplicantFile file, String tradeFr) {
        return file.applications().stream().filter(line -> line.tradeFr().equals(tradeFr)).findFirst().orElseThrow();
    }

    private long applicationTo(Lead lead, ca.tremplin.offer.Offer offer) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select a.id from OfferApplication a"
                        + " where a.leadId = :lead and a.offerId = :offer", Long.class)
                .setParameter("lead", lead.getId()).setParameter("offer", offer.getId()).getSingleResult());
    }

    /** The id of the file's document of this kind, as its centre's staff read it. */
    private long documentOf(Centre centre, Lead lead, DocumentKind kind) {
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            return review.documents(lead.getId()).stream().filter(d -> d.getKind() == kind).findFirst().orElseThrow()
                    .getId();
        }
    }

    private long countOf(String query, Lead lead) {
        return tenancy.acrossAllTenants(() -> em.createQuery(query, Long.class).setParameter("lead", lead.getId())
                .getSingleResult());
    }

    /** The document's version as a page opened now shows it, which a decision sends back. */
    private long shown(long documentId) {
        return tenancy.acrossAllTenants(() -> em.find(LeadDocument.class, documentId).getVersion());
    }

    private long mailsTo(String address) {
        return tenancy.acrossAllTenants(() -> em.createQuery(
                        "select count(m) from OutboxMessage m where m.recipient = :to", Long.class)
                .setParameter("to", address).getSingleResult());
    }

    private String lastMailTo(String address) {
        return tenancy.acrossAllTenants(() -> em.createQuery(
                        "select m from OutboxMessage m where m.recipient = :to order by m.id desc", OutboxMessage.class)
                .setParameter("to", address).setMaxResults(1).getSingleResult().getBodyText());
    }

    private void assertRefused(String key, String token, String name, byte[] content) {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> files.upload(token, DocumentKind.PASSPORT, name, content), name);
        assertEquals(key, refused.messageKey(), name);
    }

    /** Sends the link as the centre's recruiter and reads its token from the e-mail in the outbox. */
    private String sendLink(Centre centre, Lead lead) {
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            review.sendLink(lead.getId());
        }
        String body = tenancy.acrossAllTenants(() -> em.createQuery(
                        "select m from OutboxMessage m where m.recipient = :to order by m.id desc", OutboxMessage.class)
                .setParameter("to", lead.getEmail()).setMaxResults(1).getSingleResult().getBodyText());
        Matcher token = Pattern.compile("/dossier\\.xhtml\\?token=([A-Za-z0-9_-]+)&lang=fr").matcher(body);
        assertTrue(token.find(), body);
        return token.group(1);
    }

    private Centre centre(String label) {
        Tenant tenant = fixtures.newSchoolBoard(label);
        UserAccount recruiter = fixtures.newAccount(tenant, Role.RECRUITER);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(),
                "Soudage-montage", "Welding and Fitting", "07",
                "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), true);
        return new Centre(tenant, recruiter, program);
    }

    private record Centre(Tenant tenant, UserAccount recruiter, Program program) {
        TenantContext.Scope asRecruiter() {
            return TestSessions.signedInAs(recruiter, tenant);
        }
    }
}
