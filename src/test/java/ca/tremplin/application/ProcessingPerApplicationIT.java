package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.tremplin.applicant.OwnApplication;
import ca.tremplin.applicant.OwnApplications;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.GoneException;
import ca.tremplin.kernel.TableSort;
import ca.tremplin.offer.Offer;
import ca.tremplin.person.ConsentChannel;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Law 25, application by application, against MariaDB: a person who withdrew their consent to the processing of
 * their applications and then applies to another offer has that new application processed — read, moved, invited,
 * told — while the one sent before stays on hold, its CV unread, no mail about it, their file saying so; applying
 * again to the one on hold gives the consent back to it alone.
 */
class ProcessingPerApplicationIT extends InServerTest {

    @Inject
    Candidates candidates;

    @Inject
    ApplicationService applications;

    @Inject
    OfferPipelineService pipelines;

    @Inject
    OwnApplications ownApplications;

    @Inject
    ca.tremplin.pipeline.LeadConsents leadConsents;

    @Test
    void applyingToAnotherOfferAfterWithdrawingTheProcessingLeavesTheEarlierApplicationOnHold() {
        TestCentre centre = fixtures.newCentre("per-application");
        Offer welder = candidates.welding(centre);
        String email = Candidates.newAddress();
        long before = candidates.apply(centre.offer(), email);
        long leadId = candidates.leadOf(before);
        withdrawProcessing(centre, leadId);
        candidates.earlier(before, 3, leadId, 2);

        long since = candidates.apply(welder, email);

        assertEquals(leadId, candidates.leadOf(since), "the same person");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals("application.cvConsentWithdrawn", assertThrows(GoneException.class,
                    () -> applications.cv(before)).messageKey(), "the CV sent before the withdrawal stays unread");
            assertArrayEquals(Candidates.PDF, applications.cv(since).content(), "the CV sent since is read");
            assertTrue(row(centre.offer(), before).cvWithheld(), "the board says so of the one on hold");
            assertFalse(row(welder, since).cvWithheld(), "and offers the other's CV");
            assertFalse(pipelines.page(welder.getId(), 0, 20, TableSort.DEFAULT).get(0).cvWithheld());

            assertEquals("application.consentWithdrawn", assertThrows(BusinessRuleException.class,
                    () -> applications.scheduleInterview(before, LocalDateTime.of(Candidates.NEXT_YEAR, 6, 3, 10, 0),
                            "America/Montreal", 30, "Bureau 7", null)).messageKey());
            assertEquals("application.consentWithdrawn", assertThrows(BusinessRuleException.class,
                    () -> applications.changeStatus(before, ApplicationStatus.SCREENED)).messageKey());
            assertEquals(MoveOutcome.News.HELD, applications.changeStatus(since, ApplicationStatus.SCREENED, null,
                    true).news(), "the application sent since is moved on, and its candidate told");
            applications.scheduleInterview(since, LocalDateTime.of(Candidates.NEXT_YEAR, 6, 3, 10, 0), "America/Montreal", 30,
                    "Bureau 7", null);
            assertEquals(MoveOutcome.News.UNREACHABLE, applications.changeStatus(before,
                    ApplicationStatus.REJECTED, "Consentement retiré", true).news(),
                    "the one on hold is closed without a mail");
        }
        List<String> subjects = candidates.subjectsTo(email);
        assertEquals(1, subjects.stream().filter(subject -> subject.startsWith("Entrevue")).count(),
                "one invitation, for the application sent since: " + subjects);
        assertFalse(subjects.stream().anyMatch(subject -> subject.contains("Pâtissier") && !subject.startsWith(
                "Candidature reçue")), "nothing about the application on hold but its receipt: " + subjects);
    }

    /**
     * Their file marks the application on hold, with applying to it again advised, and not the one sent since; once
     * they apply again to the first, it resumes alone — another sent before the withdrawal and not sent again stays
     * on hold, and the consents' page still offers to give the consent back to every one.
     */
    @Test
    void applyingAgainToOneApplicationOnHoldResumesItAloneAndTheFileSaysWhichWait() {
        TestCentre centre = fixtures.newCentre("per-application-file");
        Offer welder = candidates.welding(centre);
        Offer boilermaker = candidates.boilermaking(centre);
        String email = Candidates.newAddress();
        long pastry = candidates.apply(centre.offer(), email);
        long welding = candidates.apply(welder, email);
        long leadId = candidates.leadOf(pastry);
        withdrawProcessing(centre, leadId);
        candidates.earlier(pastry, 4, leadId, 2);
        candidates.earlier(welding, 4, leadId, 0);
        long since = candidates.apply(boilermaker, email);

        List<OwnApplication> file = ownApplications.of(centre.tenant().getId(), leadId);
        assertTrue(line(file, "Pâtissier").onHold() && line(file, "Pâtissier").applyAgain());
        assertTrue(line(file, "Soudeur").onHold());
        assertFalse(line(file, "Chaudronnier").onHold(), "the application sent since waits for nothing");

        assertEquals(pastry, candidates.apply(centre.offer(), email), "applying again to it: the one that stood");
        List<OwnApplication> after = ownApplications.of(centre.tenant().getId(), leadId);
        assertFalse(line(after, "Pâtissier").onHold(), "given again, by applying to it again");
        assertTrue(line(after, "Soudeur").onHold(), "the other one sent before stays on hold");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertArrayEquals(Candidates.PDF, applications.cv(pastry).content());
            assertTrue(row(welder, welding).cvWithheld());
            assertFalse(row(boilermaker, since).cvWithheld());
            assertTrue(leadConsents.standing(leadId).inForce().get(ConsentPurpose.APPLICATION).withdrawal(),
                    "the register still says the processing is withdrawn, for the one still on hold");
        }
    }

    private void withdrawProcessing(TestCentre centre, long leadId) {
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leadConsents.recordWithdrawal(leadId, ConsentPurpose.APPLICATION, ConsentChannel.PHONE, Instant.now(),
                    null);
        }
    }

    private ApplicationRow row(Offer offer, long applicationId) {
        return pipelines.board(offer.getId(), 20).rows().stream().filter(row -> row.id() == applicationId)
                .findFirst().orElseThrow();
    }

    private static OwnApplication line(List<OwnApplication> file, String tradeFr) {
        return file.stream().filter(line -> line.tradeFr().equals(tradeFr)).findFirst().orElseThrow();
    }
}
