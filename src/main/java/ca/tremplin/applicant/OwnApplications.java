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

    /**
     * The person {@code leadId} of the centre {@code tenantId} withdraws their application {@code applicationId}
     * (theirs, or a merged duplicate's), which the centre no longer processes; another person's or another centre's
     * is not found, one already closed is refused with where it stands.
     */
    void withdraw(long tenantId, long leadId, long applicationId);
}
