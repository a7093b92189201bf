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
     * This status as the candidate reads it on their file: being screened is their application being reviewed; an
     * offer made is a job offer received, not yet a hire (it may still be declined or withdrawn); a refusal is an
     * application not selected.
     */
    public ca.tremplin.applicant.ApplicationProgress asTheCandidateReadsIt() {
        return switch (this) {
            case APPLIED -> ca.tremplin.applicant.ApplicationProgress.RECEIVED;
            case SCREENED -> ca.tremplin.applicant.ApplicationProgress.IN_REVIEW;
            case INTERVIEW -> ca.tremplin.applicant.ApplicationProgress.INTERVIEW;
            case OFFER_MADE -> ca.tremplin.applicant.ApplicationProgress.OFFER_RECEIVED;
            case HIRED -> ca.tremplin.applicant.ApplicationProgress.HIRED;
            case REJECTED -> ca.tremplin.applicant.ApplicationProgress.NOT_SELECTED;
            case WITHDRAWN -> ca.tremplin.applicant.ApplicationProgress.WITHDRAWN;
        };
    }
}
