package ca.tremplin.applicant;

import ca.tremplin.kernel.Languages;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * One of the person's applications to an apprenticeship offer, as their file lists it: the offer's trade in both
 * languages, its employer, the offer's public address in both languages while the offer is published (null once it
 * is filled, closed or its centre's pages are off), when they applied, where it stands, whether it waits for their
 * consent to its processing, which they withdrew, whether applying to the offer again would give it again (the
 * form still takes applications to it, and the person is not under 14), the application's number, by which they
 * withdraw it, and whether they still can (it is under way).
 */
public record OwnApplication(String tradeFr, String tradeEn, String employerName, String pathFr, String pathEn,
                             Instant appliedAt, ApplicationProgress progress, boolean onHold, boolean applyAgain,
                             Long applicationId, boolean withdrawable)
        implements Serializable {

    /** The trade in the page's language, which the person may have switched from their record's. */
    public String trade(Locale page) {
        return Languages.isEnglish(page) ? tradeEn : tradeFr;
    }

    /** The offer's public page in the page's language; null when the offer is no longer published. */
    public String path(Locale page) {
        return Languages.isEnglish(page) ? pathEn : pathFr;
    }

    public boolean isPublished() {
        return pathFr != null;
    }
}
