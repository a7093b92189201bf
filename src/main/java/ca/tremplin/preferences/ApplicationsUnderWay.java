package ca.tremplin.preferences;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A person's applications to apprenticeship offers still under way at a centre, for their consents page to say where
 * each one's processing stands: a withdrawal of the processing of their applications holds those sent before it, and
 * one sent, or sent again, since is processed under its own consent. Applications sit above this page's feature, so
 * that feature answers it: {@code application.UnderWayApplications}.
 */
public interface ApplicationsUnderWay {

    /**
     * The applications still under way (not hired, refused or withdrawn) of the lead {@code leadId} at the centre
     * {@code tenantId} — and of the duplicates merged into it, the same person —, one per offer, newest first;
     * never another centre's or another person's.
     */
    List<UnderWay> of(long tenantId, long leadId);

    /**
     * One application under way: the offer's trade in each language and its employer, and when the consent to its
     * processing was given (when the person applied, or applied to it again).
     */
    record UnderWay(String tradeFr, String tradeEn, String employerName, Instant consentAt) implements Serializable {
    }
}
