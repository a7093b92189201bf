package ca.tremplin.application;

import java.time.Instant;

/** An application as the offer's list and board show it. */
public record ApplicationRow(Long id, Long leadId, String firstName, String lastName, String email, String country,
                             ApplicationStatus status, Instant statusSince, Instant appliedAt, String cvFileName,
                             Instant consentAt, boolean cvWithheld)
        implements java.io.Serializable {

    /**
     * As the query reads it, with when the application's own consent was given ({@code consentAt}); whether the CV is
     * withheld is worked out from the person's consents afterwards.
     */
    public ApplicationRow(Long id, Long leadId, String firstName, String lastName, String email, String country,
                          ApplicationStatus status, Instant statusSince, Instant appliedAt, String cvFileName,
                          Instant consentAt) {
        this(id, leadId, firstName, lastName, email, country, status, statusSince, appliedAt, cvFileName, consentAt,
                false);
    }

    /**
     * The same row, its CV withheld or not: an application whose processing the person withdrew after its consent
     * (Law 25) has its CV no longer read, so the list says so instead of offering a link that fails.
     */
    public ApplicationRow withCvWithheld(boolean withheld) {
        return new ApplicationRow(id, leadId, firstName, lastName, email, country, status, statusSince, appliedAt,
                cvFileName, consentAt, withheld);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
