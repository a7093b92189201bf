package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.applicant.ApplicationProgress;
import ca.tremplin.applicant.OwnApplication;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.offer.Offer;
import ca.tremplin.offer.OfferStatus;
import ca.tremplin.tenant.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a person reads of their applications on their file: each status of the offer's pipeline in a candidate's
 * words (a job offer received is not yet a hire), the offer linked while its page answers, an application under way
 * on hold while their consent to its processing is withdrawn — marked for applying again only where the form still
 * takes applications to the offer and the person is not under 14 —, and one row per offer when a duplicate merged
 * into the person applied to it too.
 */
class ApplicantFileApplicationsTest {

    private static final Instant APPLIED = Instant.parse("2027-02-01T15:00:00Z");
    /** 1 March 2027 in Québec (the evening, already the 2nd in UTC). */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2027-03-02T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void everyStatusOfThePipelineIsSaidInTheCandidatesWords() {
        Map<ApplicationStatus, ApplicationProgress> expected = new EnumMap<>(Map.of(
                ApplicationStatus.APPLIED, ApplicationProgress.RECEIVED,
                ApplicationStatus.SCREENED, ApplicationProgress.IN_REVIEW,
                ApplicationStatus.INTERVIEW, ApplicationProgress.INTERVIEW,
                ApplicationStatus.OFFER_MADE, ApplicationProgress.OFFER_RECEIVED,
                ApplicationStatus.HIRED, ApplicationProgress.HIRED,
                ApplicationStatus.REJECTED, ApplicationProgress.NOT_SELECTED,
                ApplicationStatus.WITHDRAWN, ApplicationProgress.WITHDRAWN));
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertEquals(expected.get(status), status.asTheCandidateReadsIt(), status.name());
        }
    }

    @Test
    void eachStepIsWrittenInFrenchAndInEnglish() {
        for (ApplicationProgress progress : ApplicationProgress.values()) {
            String french = Messages.get(Languages.FRENCH, progress.messageKey());
            String english = Messages.get(Languages.ENGLISH, progress.messageKey());
            assertFalse(french.startsWith("???") || english.startsWith("???"), progress.name());
            assertFalse(french.equals(english), progress + " has English words of its own: " + english);
        }
        assertEquals("En cours d’examen", Messages.get(Languages.FRENCH, ApplicationProgress.IN_REVIEW.messageKey()));
        assertEquals("Being reviewed", Messages.get(Languages.ENGLISH, ApplicationProgress.IN_REVIEW.messageKey()));
        assertEquals("Non retenue", Messages.get(Languages.FRENCH, ApplicationProgress.NOT_SELECTED.messageKey()));
        assertEquals("Not selected", Messages.get(Languages.ENGLISH, ApplicationProgress.NOT_SELECTED.messageKey()));
        assertEquals("Offre d’emploi reçue",
                Messages.get(Languages.FRENCH, ApplicationProgress.OFFER_RECEIVED.messageKey()));
        assertEquals("Job offer received",
                Messages.get(Languages.ENGLISH, ApplicationProgress.OFFER_RECEIVED.messageKey()));
        assertEquals("Hired", Messages.get(Languages.ENGLISH, ApplicationProgress.HIRED.messageKey()));
    }

    @Test
    void aJobOfferReceivedIsNotFinalAndOnlyAHireReadsHired() {
        assertFalse(ApplicationStatus.OFFER_MADE.isFinal(), "it may still be declined or withdrawn");
        assertEquals(List.of(ApplicationStatus.HIRED), java.util.Arrays.stream(ApplicationStatus.values())
                .filter(status -> status.asTheCandidateReadsIt() == ApplicationProgress.HIRED).toList());
        OwnApplication offered = line(application(ApplicationStatus.OFFER_MADE), offer(OfferStatus.OPEN),
                centre(true), true, false);
        assertTrue(offered.onHold(), "an offer received waits for the consent given again, as any step under way");
    }

    @Test
    void anOpenOfferOfACentreWhosePagesAreOnIsLinkedInBothLanguages() {
        OwnApplication line = line(application(ApplicationStatus.SCREENED),
                offer(OfferStatus.OPEN), centre(true), false, false);

        assertEquals("/fr/offres/css-du-fjord/soudures-du-fjord-soudeur", line.path(Languages.FRENCH));
        assertEquals("/en/offers/css-du-fjord/soudures-du-fjord-soudeur", line.path(Languages.ENGLISH));
        assertTrue(line.isPublished());
        assertEquals("Soudeur", line.trade(Languages.FRENCH));
        assertEquals("Welder", line.trade(Languages.ENGLISH));
        assertEquals("Soudures du Fjord", line.employerName());
        assertEquals(APPLIED, line.appliedAt());
        assertEquals(ApplicationProgress.IN_REVIEW, line.progress());
        assertFalse(line.onHold());
    }

    @Test
    void aClosedOfferOrOneOfACentreWhosePagesAreOffIsNamedWithoutALink() {
        OwnApplication closed = line(application(ApplicationStatus.REJECTED),
                offer(OfferStatus.CLOSED), centre(true), false, false);
        OwnApplication centreOff = line(application(ApplicationStatus.APPLIED),
                offer(OfferStatus.OPEN), centre(false), false, false);

        for (OwnApplication line : java.util.List.of(closed, centreOff)) {
            assertFalse(line.isPublished());
            assertNull(line.path(Languages.FRENCH));
            assertNull(line.path(Languages.ENGLISH));
            assertEquals("Soudeur", line.trade(Languages.FRENCH), "still named");
        }
    }

    @Test
    void withTheConsentToProcessingWithdrawnAnApplicationUnderWayIsOnHoldAndAClosedOneIsNot() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            OwnApplication withdrawn = line(application(status), offer(OfferStatus.OPEN), centre(true), true, false);
            OwnApplication standing = line(application(status), offer(OfferStatus.OPEN), centre(true), false, false);
            assertEquals(!status.isFinal(), withdrawn.onHold(), status.name());
            assertFalse(standing.onHold(), status.name());
        }
    }

    @Test
    void thePersonMayWithdrawAnApplicationUnderWayAndNoneClosed() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertEquals(!status.isFinal(), line(application(status), offer(OfferStatus.OPEN), centre(true), false,
                    false).withdrawable(), status.name());
            assertEquals(!status.isFinal(), line(application(status), offer(OfferStatus.CLOSED), centre(true), true,
                    false).withdrawable(), "on hold or its offer closed, still theirs to withdraw: " + status);
        }
    }

    @Test
    void applyingAgainIsAdvisedOnlyWhereTheFormStillTakesApplicationsAndThePersonIsNotUnder14() {
        OfferApplication screened = application(ApplicationStatus.SCREENED);
        assertTrue(line(screened, offer(OfferStatus.OPEN), centre(true), true, false).applyAgain());

        Offer pastItsDeadline = offer(OfferStatus.OPEN);
        pastItsDeadline.setApplicationDeadline(LocalDate.parse("2027-02-28"));
        OwnApplication deadlinePassed = line(screened, pastItsDeadline, centre(true), true, false);
        assertTrue(deadlinePassed.onHold());
        assertTrue(deadlinePassed.isPublished(), "its page still shows, for the links already shared");
        assertFalse(deadlinePassed.applyAgain(), "the form refuses an application after the last day");
        Offer lastDayToday = offer(OfferStatus.OPEN);
        lastDayToday.setApplicationDeadline(LocalDate.parse("2027-03-01"));
        assertTrue(line(screened, lastDayToday, centre(true), true, false).applyAgain(), "the last day included");

        assertFalse(line(screened, offer(OfferStatus.CLOSED), centre(true), true, false).applyAgain());
        assertFalse(line(screened, offer(OfferStatus.OPEN), centre(false), true, false).applyAgain(),
                "a centre whose pages are off has no form to send");
        assertFalse(line(screened, offer(OfferStatus.OPEN), centre(true), true, true).applyAgain(),
                "under 14, applying again does not give the consent again");
        assertFalse(line(screened, offer(OfferStatus.OPEN), centre(true), false, false).applyAgain(),
                "nothing to give again");
        assertFalse(line(application(ApplicationStatus.REJECTED), offer(OfferStatus.OPEN), centre(true), true, false)
                .applyAgain(), "nothing on hold");
    }

    @Test
    void theNoticeAdvisesApplyingAgainOnlyWhenAnApplicationOnHoldCanBeSentAgain() {
        OwnApplication canApply = line(application(ApplicationStatus.SCREENED), offer(OfferStatus.OPEN),
                centre(true), true, false);
        OwnApplication cannot = line(application(ApplicationStatus.SCREENED), offer(OfferStatus.CLOSED),
                centre(true), true, false);
        assertTrue(file(List.of(cannot, canApply)).isApplyingAgainAdvised());
        assertFalse(file(List.of(cannot)).isApplyingAgainAdvised());
        assertTrue(file(List.of(cannot)).isApplicationsOnHold(), "still on hold: the consents' link is said");
        assertFalse(Messages.get(Languages.ENGLISH, "applicant.applications.consentWithdrawn").contains("apply"));
        assertTrue(Messages.get(Languages.ENGLISH, "applicant.applications.consentWithdrawnOrApplyAgain")
                .contains("apply to it again"));
    }

    @Test
    void anOfferBothThePersonAndAMergedDuplicateAppliedToIsListedOnceTheirOwnApplicationKept() {
        OfferApplication duplicates = new OfferApplication(7L, 70L, 701L, null, "cv.pdf", "application/pdf",
                APPLIED.plusSeconds(60));
        OfferApplication own = new OfferApplication(7L, 70L, 700L, null, "cv.pdf", "application/pdf", APPLIED);
        OfferApplication elsewhere = new OfferApplication(7L, 71L, 701L, null, "cv.pdf", "application/pdf",
                APPLIED.minusSeconds(60));
        Offer offer = offer(OfferStatus.OPEN);

        List<Object[]> rows = ApplicantFileApplications.oneRowPerOffer(List.of(new Object[] {duplicates, offer},
                new Object[] {own, offer}, new Object[] {elsewhere, offer(OfferStatus.OPEN)}), 700L);

        assertEquals(2, rows.size());
        assertSame(own, rows.get(0)[0], "the person's own application to the offer, not the duplicate's");
        assertSame(elsewhere, rows.get(1)[0], "the duplicate's application to another offer stays");
    }

    /**
     * The person's own application to an offer was withdrawn (or refused), and the duplicate merged into them applied
     * to it too and still waits: the file lists the one that waits, which they can follow and withdraw, not the one
     * closed; of two under way, their own.
     */
    @Test
    void anOfferTheDuplicateStillWaitsOnIsListedWithItsApplicationThoughThePersonsOwnWasClosed() {
        Offer offer = offer(OfferStatus.OPEN);
        OfferApplication own = new OfferApplication(7L, 70L, 700L, null, "cv.pdf", "application/pdf",
                APPLIED.plusSeconds(60));
        own.moveTo(ApplicationStatus.WITHDRAWN, APPLIED.plusSeconds(120));
        OfferApplication duplicates = new OfferApplication(7L, 70L, 701L, null, "cv.pdf", "application/pdf", APPLIED);
        duplicates.moveTo(ApplicationStatus.SCREENED, APPLIED.plusSeconds(90));

        List<Object[]> rows = ApplicantFileApplications.oneRowPerOffer(List.of(new Object[] {own, offer},
                new Object[] {duplicates, offer}), 700L);

        assertEquals(1, rows.size());
        assertSame(duplicates, rows.get(0)[0], "the duplicate's application, still under way");

        OfferApplication refused = new OfferApplication(7L, 71L, 700L, null, "cv.pdf", "application/pdf", APPLIED);
        refused.moveTo(ApplicationStatus.REJECTED, APPLIED.plusSeconds(60));
        OfferApplication waiting = new OfferApplication(7L, 71L, 701L, null, "cv.pdf", "application/pdf",
                APPLIED.minusSeconds(60));
        assertSame(waiting, ApplicantFileApplications.oneRowPerOffer(List.of(new Object[] {refused, offer},
                new Object[] {waiting, offer}), 700L).get(0)[0], "a refusal of their own hides no application waiting");

        OfferApplication ownWaiting = new OfferApplication(7L, 72L, 700L, null, "cv.pdf", "application/pdf", APPLIED);
        OfferApplication duplicateWaiting = new OfferApplication(7L, 72L, 701L, null, "cv.pdf", "application/pdf",
                APPLIED.plusSeconds(60));
        assertSame(ownWaiting, ApplicantFileApplications.oneRowPerOffer(List.of(new Object[] {duplicateWaiting, offer},
                new Object[] {ownWaiting, offer}), 700L).get(0)[0], "both under way: their own");
    }

    private static OwnApplication line(OfferApplication application, Offer offer, Tenant centre,
                                       boolean processingWithdrawn, boolean underGuardian) {
        return ApplicantFileApplications.line(application, offer, centre, processingWithdrawn, underGuardian, TODAY);
    }

    private static ca.tremplin.applicant.ApplicantFile file(List<OwnApplication> applications) {
        return new ca.tremplin.applicant.ApplicantFile("Hoa", Languages.FRENCH, ca.tremplin.person.LeadStage.APPLIED,
                "CSS du Fjord", "CSS du Fjord", List.of(), List.of(), List.of(), List.of(), 7L, 700L, applications);
    }

    private static OfferApplication application(ApplicationStatus status) {
        OfferApplication application = new OfferApplication(7L, 70L, 700L, "Bonjour", "cv.pdf", "application/pdf",
                APPLIED);
        if (status != ApplicationStatus.APPLIED) {
            application.moveTo(status, APPLIED.plusSeconds(3600));
        }
        return application;
    }

    /** An offer as stored: its address is derived from the employer and the trade when it is saved. */
    private static Offer offer(OfferStatus status) {
        Offer offer = new Offer() {
            @Override
            public String getSlug() {
                return "soudures-du-fjord-soudeur";
            }
        };
        offer.setEmployerName("Soudures du Fjord");
        offer.setTradeFr("Soudeur");
        offer.setTradeEn("Welder");
        offer.changeStatus(status);
        return offer;
    }

    private static Tenant centre(boolean active) {
        Tenant centre = new Tenant();
        centre.setSlug("css-du-fjord");
        centre.setActive(active);
        return centre;
    }
}
