package ca.tremplin.application;

import java.time.Instant;

/** An application as the offer's list and board show it. */
public record ApplicationRow(Long id, Long leadId, String firstName, String lastName, String email, String country,
                             ApplicationStatus status, Instant statusSince, Instant appliedAt, String cvFileName)
        implements java.io.Serializable {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
