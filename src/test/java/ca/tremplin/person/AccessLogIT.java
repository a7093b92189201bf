package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.applicant.ApplicantFileService;
import ca.tremplin.applicant.DocumentKind;
import ca.tremplin.applicant.DocumentReviewService;
import ca.tremplin.application.ApplicationRequest;
import ca.tremplin.application.ApplicationService;
import ca.tremplin.kernel.AccessDeniedException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.mail.OutboxMessage;
import ca.tremplin.pipeline.LeadService;
import ca.tremplin.security.TestSessions;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import ca.tremplin.testsupport.InquiryRequests;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Who saw what: opening a person's lead page, downloading one of their documents and their CV are logged with who,
 * when and which person; a centre's admin reads the log per person and per member of staff, and another centre's
 * admin reads none of it whatever ids they send, nor can a recruiter read it. Opening another centre's lead is
 * refused and logs nothing.
 */
class AccessLogIT extends InServerTest {

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    AccessLog log;

    @Inject
    LeadService leads;

    @Inject
    DocumentReviewService review;

    @Inject
    ApplicantFileService files;

    @Inject
    ApplicationService applications;

    @Inject
    Tenancy tenancy;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Test
    void viewsAndDownloadsAreLoggedAndOnlyTheCentresAdminReadsThem() {
        TestCentre fjord = fixtures.newCentre("seen-a");
        TestCentre other = fixtures.newCentre("seen-b");
        String email = InquiryRequests.uniqueEmail();
        Lead lead = fixtures.newLead(fjord.tenant(), fjord.program(), "Awa", "Diop", email, null, null);
        long applicationId = applications.apply(fjord.offer().getId(), application(email), "cv.pdf", PDF,
                Locale.FRENCH, "10.55.1.2");
        try (TenantContext.Scope ignored = fjord.asRecruiter()) {
            review.sendLink(lead.getId());
        }
        files.upload(token(email), DocumentKind.PASSPORT, "passeport.pdf", PDF);

        try (TenantContext.Scope ignored = fjord.asRecruiter()) {
            leads.view(lead.getId());
            long documentId = review.documents(lead.getId()).get(0).getId();
            review.download(documentId);
            applications.cv(applicationId);
        }
        try (TenantContext.Scope ignored = other.asRecruiter()) {
            assertThrows(NotFoundException.class, () -> leads.view(lead.getId()), "another centre's lead");
        }

        try (TenantContext.Scope ignored = TestSessions.signedInAs(fjord.admin(), fjord.tenant())) {
            List<PersonalDataAccess> ofPerson = log.ofPerson(lead.getId());
            assertEquals(List.of(AccessAction.CV, AccessAction.DOCUMENT, AccessAction.VIEWED),
                    ofPerson.stream().map(PersonalDataAccess::getAction).toList(), "newest first");
            assertTrue(ofPerson.stream().allMatch(a -> a.getUserId().equals(fjord.recruiter().getId())), "who");
            assertEquals(applicationId, ofPerson.get(0).getTargetId(), "which CV");
            assertEquals(3, log.byUser(fjord.recruiter().getId()).size(), "per member of staff");
            assertEquals(List.of(), log.byUser(other.recruiter().getId()), "the refused opening logged nothing");
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(other.admin(), other.tenant())) {
            assertEquals(List.of(), log.ofPerson(lead.getId()), "another centre reads nothing about the person");
            assertEquals(List.of(), log.byUser(fjord.recruiter().getId()), "nor about another centre's staff");
        }
        try (TenantContext.Scope ignored = fjord.asRecruiter()) {
            assertThrows(AccessDeniedException.class, () -> log.ofPerson(lead.getId()), "admins only");
        }
    }

    private String token(String email) {
        String body = tenancy.acrossAllTenants(() -> em.createQuery(
                        "select m from OutboxMessage m where m.recipient = :to order by m.id desc", OutboxMessage.class)
                .setParameter("to", email).getResultList().stream().map(OutboxMessage::getBodyText)
                .filter(text -> text.contains("/dossier.xhtml?token=")).findFirst().orElseThrow());
        Matcher token = Pattern.compile("/dossier\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertTrue(token.find(), body);
        return token.group(1);
    }

    private static ApplicationRequest application(String email) {
        ApplicationRequest request = new ApplicationRequest();
        request.setFirstName("Awa");
        request.setLastName("Diop");
        request.setEmail(email);
        request.setCountry("SN");
        request.setConsent(true);
        return request;
    }
}
