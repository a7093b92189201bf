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
import ca.tremplin.preferences.PreferencesView;
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
        SentBefore before = twoSentBeforeAWithdrawal(centre, welder);
        String email = before.email();
        long pastry = before.pastry();
        long welding = before.welding();
        long leadId = before.leadId();
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

    /**
     * The person's consents page, once they withdrew the processing of their applications and then applied again to
     * one of the two they had sent: that one is said processed since they sent it again, the other on hold since the
     * withdrawal — not one "withdrawn" that the application being processed contradicts —, the page offering both to
     * withdraw and to give back; "Withdraw" then stops the one sent again too, where it recorded nothing, the
     * register already saying "withdrawn".
     */
    @Test
    void theConsentsPageSaysWhereEachApplicationsProcessingStandsAndAWithdrawalThereStopsTheOneSentAgain()
            throws Exception {
        TestCentre centre = fixtures.newCentre("per-application-page");
        SentBefore before = twoSentBeforeAWithdrawal(centre, candidates.welding(centre));
        String email = before.email();
        long pastry = before.pastry();
        assertEquals(pastry, candidates.apply(centre.offer(), email), "applying again to it: the one that stood");
        String token = ca.tremplin.testsupport.MailLinks.preferencesToken(candidates.lastMailTo(email));

        PreferencesView.Purpose shown = processing(preferences.view(token, "203.0.113.81"), centre);
        assertTrue(shown.given(), "the application sent again is processed");
        assertTrue(shown.withdrawn(), "the other one waits");
        assertEquals(List.of("Pâtissier processed", "Soudeur on hold"), shown.applications().stream()
                .map(line -> line.tradeFr() + (line.onHold() ? " on hold" : " processed")).sorted().toList());
        // In French, as a page opened without a language chosen is.
        String page = new ca.tremplin.testsupport.HttpVisitor(deployment).get("consentements.xhtml?token="
                + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8)).body();
        assertTrue(page.contains("Pâtissier, Pâtisserie du Fjord : traitée — consentement donné le"), page);
        assertTrue(page.contains("Soudeur, Soudures du Fjord : en attente — consentement retiré le"), page);
        assertTrue(page.contains("preferences-applications-both"), "what each button does, both being offered");

        PreferencesView.Purpose after = processing(preferences.change(token, centre.tenant().getId(),
                ConsentPurpose.APPLICATION, false, "203.0.113.81", java.util.Locale.FRENCH), centre);

        assertFalse(after.given(), "nothing processed any more");
        assertTrue(after.applications().stream().allMatch(PreferencesView.Application::onHold), after.toString());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals("application.cvConsentWithdrawn", assertThrows(GoneException.class,
                    () -> applications.cv(pastry)).messageKey(), "the one sent again is on hold too");
        }
    }

    @Inject
    ca.tremplin.preferences.ConsentPreferences preferences;

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL deployment;

    private static PreferencesView.Purpose processing(PreferencesView view, TestCentre centre) {
        return view.centres().stream().filter(c -> c.tenantId() == centre.tenant().getId()).findFirst().orElseThrow()
                .purposes().stream().filter(p -> p.purpose() == ConsentPurpose.APPLICATION).findFirst()
                .orElseThrow();
    }

    /** A person's two applications, to the centre's pastry offer and to a welder's, and their lead. */
    private record SentBefore(String email, long pastry, long welding, long leadId) {
    }

    /**
     * A person applies to the centre's offer and to {@code welder}, then withdraws the processing of their
     * applications, minutes apart as people do.
     */
    private SentBefore twoSentBeforeAWithdrawal(TestCentre centre, Offer welder) {
        String email = Candidates.newAddress();
        long pastry = candidates.apply(centre.offer(), email);
        long welding = candidates.apply(welder, email);
        long leadId = candidates.leadOf(pastry);
        withdrawProcessing(centre, leadId);
        candidates.earlier(pastry, 4, leadId, 2);
        candidates.earlier(welding, 4, leadId, 0);
        return new SentBefore(email, pastry, welding, leadId);
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
