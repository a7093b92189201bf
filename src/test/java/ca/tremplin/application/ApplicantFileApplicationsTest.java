package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.applicant.ApplicationProgress;
import ca.tremplin.applicant.OwnApplication;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.offer.Offer;
import ca.tremplin.offer.OfferStatus;
import ca.tremplin.tenant.Tenant;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a person reads of their applications on their file: each status of the offer's pipeline in a candidate's
 * words, the offer linked while its page answers, and an application under way on hold while their consent to its
 * processing is withdrawn.
 */
class ApplicantFileApplicationsTest {

    private static final Instant APPLIED = Instant.parse("2027-02-01T15:00:00Z");

    @Test
    void everyStatusOfThePipelineIsSaidInTheCandidatesWords() {
        Map<ApplicationStatus, ApplicationProgress> expected = new EnumMap<>(Map.of(
                ApplicationStatus.APPLIED, ApplicationProgress.RECEIVED,
                ApplicationStatus.SCREENED, ApplicationProgress.IN_REVIEW,
                ApplicationStatus.INTERVIEW, ApplicationProgress.INTERVIEW,
                ApplicationStatus.OFFER_MADE, ApplicationProgress.ACCEPTED,
                ApplicationStatus.HIRED, ApplicationProgress.ACCEPTED,
                ApplicationStatus.REJECTED, ApplicationProgress.REFUSED,
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
        assertEquals("Refusée", Messages.get(Languages.FRENCH, ApplicationProgress.REFUSED.messageKey()));
        assertEquals("Refused", Messages.get(Languages.ENGLISH, ApplicationProgress.REFUSED.messageKey()));
    }

    @Test
    void anOpenOfferOfACentreWhosePagesAreOnIsLinkedInBothLanguages() {
        OwnApplication line = ApplicantFileApplications.line(application(ApplicationStatus.SCREENED),
                offer(OfferStatus.OPEN), centre(true), false);

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
        OwnApplication closed = ApplicantFileApplications.line(application(ApplicationStatus.REJECTED),
                offer(OfferStatus.CLOSED), centre(true), false);
        OwnApplication centreOff = ApplicantFileApplications.line(application(ApplicationStatus.APPLIED),
                offer(OfferStatus.OPEN), centre(false), false);

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
            OwnApplication withdrawn = ApplicantFileApplications.line(application(status), offer(OfferStatus.OPEN),
                    centre(true), true);
            OwnApplication standing = ApplicantFileApplications.line(application(status), offer(OfferStatus.OPEN),
                    centre(true), false);
            assertEquals(!status.isFinal(), withdrawn.onHold(), status.name());
            assertFalse(standing.onHold(), status.name());
        }
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
