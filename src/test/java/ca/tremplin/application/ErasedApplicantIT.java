package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.offer.Offer;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person erased leaves nothing under way to process or to meet, against MariaDB: their applications still open are
 * closed as withdrawn and their interviews to come cancelled, each said on the timeline by no member of staff, and no
 * mail goes to them — the news of a step still held included; a decided application stays as it was decided. A
 * step's news that never left (given up) is not counted as told.
 */
class ErasedApplicantIT extends InServerTest {

    @Inject
    Candidates candidates;

    @Inject
    ApplicationService applications;

    @Inject
    OfferPipelineService pipelines;

    @Inject
    ca.tremplin.person.PersonErasure erasure;

    @Test
    void erasingAPersonClosesTheirOpenApplicationsAndCancelsTheirInterviewsWithoutAMail() {
        TestCentre centre = fixtures.newCentre("erased-applicant");
        Offer welder = candidates.welding(centre);
        Offer boilermaker = candidates.boilermaking(centre);
        String email = Candidates.newAddress();
        long interviewed = candidates.apply(centre.offer(), email);
        long screened = candidates.apply(welder, email);
        long refused = candidates.apply(boilermaker, email);
        long leadId = candidates.leadOf(interviewed);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.scheduleInterview(interviewed, LocalDateTime.of(Candidates.NEXT_YEAR, 7, 8, 9, 0), "America/Montreal",
                    30, "Bureau 4", null);
            applications.changeStatus(screened, ApplicationStatus.APPLIED, ApplicationStatus.SCREENED, null, true);
            applications.changeStatus(refused, ApplicationStatus.REJECTED);
        }
        long held = candidates.application(screened).getNewsHeldId();
        long lastMessage = candidates.lastMessageOf(centre);

        try (TenantContext.Scope ignored = centre.asAdmin()) {
            erasure.eraseOnRequest(leadId);
        }

        assertEquals(ApplicationStatus.WITHDRAWN, candidates.application(interviewed).getStatus());
        assertEquals(ApplicationStatus.WITHDRAWN, candidates.application(screened).getStatus());
        assertEquals(ApplicationStatus.REJECTED, candidates.application(refused).getStatus(), "decided, it stays");
        assertNull(candidates.application(screened).getNewsHeldId());
        assertTrue(candidates.takenBack(held), "the screening never leaves");
        assertEquals(List.of(true), candidates.interviewsCancelled(interviewed));
        assertEquals(0L, candidates.messagesAfter(centre, lastMessage), "no mail, not even the calendar's cancellation");
        assertEquals(List.of("APPLICATION_STATUS #" + centre.offer().getId() + " INTERVIEW → WITHDRAWN",
                        "APPLICATION_STATUS #" + welder.getId() + " SCREENED → WITHDRAWN"),
                candidates.timeline(leadId, LeadEventKind.APPLICATION_STATUS).stream()
                        .filter(line -> line.contains("→ WITHDRAWN")).sorted().toList(), "by no member of staff");
        List<String> cancelled = candidates.timeline(leadId, LeadEventKind.INTERVIEW_CANCELLED);
        assertEquals(List.of("INTERVIEW_CANCELLED " + Candidates.NEXT_YEAR + "-07-08T13:00:00Z America/Montreal"), cancelled,
                "when it was to be, as the timeline keeps an interview's time, by no member of staff");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertTrue(pipelines.board(centre.offer().getId(), 20).interviewsOf(interviewed).isEmpty(),
                    "off the card");
        }
    }

    /**
     * A screening's news held, then given up by the outbox (its mail server refusing it, or an erasure): the move
     * back tells nothing, and the next screening is told, since the candidate never read the first.
     */
    @Test
    void aStepsNewsThatNeverLeftIsNotCountedAsTold() {
        TestCentre centre = fixtures.newCentre("news-given-up");
        long applied = candidates.apply(centre.offer(), Candidates.newAddress());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.changeStatus(applied, ApplicationStatus.APPLIED, ApplicationStatus.SCREENED, null, true);
        }
        long held = candidates.application(applied).getNewsHeldId();
        candidates.givenUp(held);

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            applications.changeStatus(applied, ApplicationStatus.SCREENED, ApplicationStatus.APPLIED, null, true);
            assertNull(candidates.application(applied).getNewsTold(), "nobody read the screening");
            assertEquals(MoveOutcome.News.HELD, applications.changeStatus(applied, ApplicationStatus.APPLIED,
                    ApplicationStatus.SCREENED, null, true).news(), "told this time");
        }
    }
}
