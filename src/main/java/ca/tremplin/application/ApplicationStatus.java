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
}
