package ca.tremplin.applicant;

import java.util.List;

/**
 * A person's applications to apprenticeship offers, for their file's page. Applications sit above the applicant's
 * file (an application joins a lead and takes a CV checked as a document is), so that feature answers it:
 * {@code application.ApplicantFileApplications}.
 */
public interface OwnApplications {

    /**
     * The applications of the lead {@code leadId} at the centre {@code tenantId} — and of the duplicates merged into
     * it, the same person —, newest first; never another centre's or another person's.
     */
    List<OwnApplication> of(long tenantId, long leadId);
}
