package ca.tremplin.application;

import java.time.Instant;

/** An application as the offer's list and board show it. */
public record ApplicationRow(Long id, Long leadId, String firstName, String lastName, String email, String country,
                             ApplicationStatus status, Instant statusSince, Instant appliedAt, String cvFileName,
                             boolean cvWithheld)
        implements java.io.Serializable {

    /** As the query reads it; whether the CV is withheld is worked out from the person's consents afterwards. */
    public ApplicationRow(Long id, Long leadId, String firstName, String lastName, String email, String country,
                          ApplicationStatus status, Instant statusSince, Instant appliedAt, String cvFileName) {
        this(id, leadId, firstName, lastName, email, country, status, statusSince, appliedAt, cvFileName, false);
    }

    /**
     * The same row, its CV withheld or not: a person who withdrew their consent to the processing of their
     * applications (Law 25) has their CV no longer read, so the list says so instead of offering a link that fails.
     */
    public ApplicationRow withCvWithheld(boolean withheld) {
        return new ApplicationRow(id, leadId, firstName, lastName, email, country, status, statusSince, appliedAt,
                cvFileName, withheld);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
