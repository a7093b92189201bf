package ca.tremplin.pipeline;

import ca.tremplin.person.LeadStage;
import java.time.Instant;

/** A lead as the list and the board show it: one row, read with one query per page. */
public record LeadRow(Long id, String firstName, String lastName, String email, String country, LeadStage stage,
                      Instant stageSince, Long ownerId, Instant lastInquiryAt)
        implements java.io.Serializable {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
