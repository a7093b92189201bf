package ca.tremplin.application;

import java.util.List;

/**
 * An application's way: applied → screened → interview → offer made → hired, or rejected / withdrawn at any point.
 * Hired, rejected and withdrawn are final.
 */
public enum ApplicationStatus {
    APPLIED, SCREENED, INTERVIEW, OFFER_MADE, HIRED, REJECTED, WITHDRAWN;

    public static List<ApplicationStatus> board() {
        return List.of(values());
    }

    public boolean isFinal() {
        return this == HIRED || this == REJECTED || this == WITHDRAWN;
    }

    public String messageKey() {
        return "application.status." + name();
    }

    /**
     * This status as the candidate reads it on their file: being screened is their application being reviewed, and
     * an offer made is their application accepted, as a hire is (they answer the offer with the employer, not here).
     */
    public ca.tremplin.applicant.ApplicationProgress asTheCandidateReadsIt() {
        return switch (this) {
            case APPLIED -> ca.tremplin.applicant.ApplicationProgress.RECEIVED;
            case SCREENED -> ca.tremplin.applicant.ApplicationProgress.IN_REVIEW;
            case INTERVIEW -> ca.tremplin.applicant.ApplicationProgress.INTERVIEW;
            case OFFER_MADE, HIRED -> ca.tremplin.applicant.ApplicationProgress.ACCEPTED;
            case REJECTED -> ca.tremplin.applicant.ApplicationProgress.REFUSED;
            case WITHDRAWN -> ca.tremplin.applicant.ApplicationProgress.WITHDRAWN;
        };
    }
}
