package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.applicant.ApplicantFileService;
import ca.tremplin.applicant.ApplicationProgress;
import ca.tremplin.applicant.LinkExpiredException;
import ca.tremplin.applicant.OwnApplication;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.person.LeadTask;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A candidate withdraws an application themselves, from their file's private link, against MariaDB: it is withdrawn
 * as staff would withdraw it, but by the person — their timeline says so, no member of staff named —; the interview
 * still to come leaves their calendar with its cancellation, signed by the centre; the news of a step still held does
 * not leave; and the recruiter who follows them finds a task saying so. Nobody withdraws another's application, nor
 * one already closed.
 */
class CandidateWithdrawalIT extends InServerTest {

    @Inject
    Candidates candidates;

    @Inject
    ApplicationService applications;

    @Inject
    ApplicantFileService files;

    @Inject
    ca.tremplin.pipeline.LeadService leadService;

    @Test
    void theCandidateWithdrawsFromTheirFileTheInterviewIsCancelledTheNewsTakenBackAndTheRecruiterTasked() {
        TestCentre centre = fixtures.newCentre("withdraws");
        String email = Candidates.newAddress();
        long applied = candidates.apply(centre.offer(), email);
        long leadId = candidates.leadOf(applied);
        Interview interview;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leadService.assignOwner(leadId, candidates.ownerOf(leadId), centre.recruiter().getId());
            interview = applications.scheduleInterview(applied, LocalDateTime.of(Candidates.NEXT_YEAR, 4, 14, 10, 0),
                    "America/Montreal", 45, "Bureau 12", null);
            assertEquals(MoveOutcome.News.HELD, applications.changeStatus(applied, ApplicationStatus.INTERVIEW,
                    ApplicationStatus.OFFER_MADE, null, true).news());
        }
        long held = candidates.application(applied).getNewsHeldId();
        String token = candidates.fileLink(centre, leadId, email);
        OwnApplication shown = files.open(token).applications().get(0);
        assertTrue(shown.withdrawable(), "an application under way: the file offers to withdraw it");

        files.withdrawApplication(token, shown.applicationId());

        assertEquals(ApplicationStatus.WITHDRAWN, candidates.application(applied).getStatus());
        assertEquals(List.of("CANDIDATE_WITHDREW #" + centre.offer().getId() + " OFFER_MADE → WITHDRAWN"),
                candidates.timeline(leadId, LeadEventKind.CANDIDATE_WITHDREW), "by the person, no member of staff");
        assertTrue(candidates.takenBack(held), "the job offer's news, still held, does not leave");
        assertEquals(List.of("APPLICATION_NEWS_WITHDRAWN #" + centre.offer().getId() + " OFFER_MADE"),
                candidates.timeline(leadId, LeadEventKind.APPLICATION_NEWS_WITHDRAWN));
        assertEquals(List.of(true), candidates.interviewsCancelled(applied));
        String ics = candidates.lastIcsTo(email);
        assertTrue(ics.contains("UID:interview-" + interview.getId() + "@") && ics.contains("METHOD:CANCEL"),
                "out of the candidate's calendar: " + ics);
        assertTrue(candidates.lastMailTo(email).contains(centre.tenant().getNameFr()),
                "the cancellation signed by the centre: " + candidates.lastMailTo(email));
        List<String> cancelled = candidates.timeline(leadId, LeadEventKind.INTERVIEW_CANCELLED);
        assertEquals(1, cancelled.size());
        assertFalse(cancelled.get(0).endsWith(" by staff"), cancelled.get(0));
        LeadTask task = candidates.openTasks(leadId).stream().filter(open -> open.getTitle()
                .contains("a retiré sa candidature")).findFirst().orElseThrow();
        assertEquals(centre.recruiter().getId(), task.getAssignedTo(), "for the recruiter who follows the person");
        assertTrue(task.getTitle().contains("Pâtissier") && task.getTitle().contains("Thị Hoa Nguyễn"),
                task.getTitle());

        OwnApplication after = files.open(token).applications().get(0);
        assertEquals(ApplicationProgress.WITHDRAWN, after.progress());
        assertFalse(after.withdrawable());
        BusinessRuleException again = assertThrows(BusinessRuleException.class,
                () -> files.withdrawApplication(token, applied), "a click sent twice");
        assertEquals("applicant.applications.alreadyClosed", again.messageKey());
        assertTrue(again.localizedMessage(Locale.FRENCH).contains("Retirée"), again.localizedMessage(Locale.FRENCH));
    }

    /**
     * A link withdraws its own person's applications only: another person's at the same centre and the same person's
     * at another centre are not found, and an expired link withdraws nothing.
     */
    @Test
    void aLinkWithdrawsNoOtherPersonsNorAnotherCentresApplication() {
        TestCentre centre = fixtures.newCentre("withdraws-own");
        TestCentre elsewhere = fixtures.newCentre("withdraws-elsewhere");
        String email = Candidates.newAddress();
        long own = candidates.apply(centre.offer(), email);
        long someoneElses = candidates.apply(centre.offer(), "Kofi", "Annan", Candidates.newAddress());
        long otherCentres = candidates.apply(elsewhere.offer(), email);
        String token = candidates.fileLink(centre, candidates.leadOf(own), email);

        assertThrows(NotFoundException.class, () -> files.withdrawApplication(token, someoneElses));
        assertThrows(NotFoundException.class, () -> files.withdrawApplication(token, otherCentres));
        assertEquals(ApplicationStatus.APPLIED, candidates.application(someoneElses).getStatus());
        assertEquals(ApplicationStatus.APPLIED, candidates.application(otherCentres).getStatus());

        candidates.fileLinksExpired(candidates.leadOf(own));
        assertThrows(LinkExpiredException.class, () -> files.withdrawApplication(token, own));
        assertEquals(ApplicationStatus.APPLIED, candidates.application(own).getStatus());
    }
}
