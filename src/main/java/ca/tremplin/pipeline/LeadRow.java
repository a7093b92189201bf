package ca.tremplin.pipeline;

import ca.tremplin.person.LeadStage;
import java.time.Instant;

/**
 * A lead as the list, the board and the list's export show it: one row, read with one query per page. The phone is
 * the record's, in E.164 ("+15145550199").
 */
public record LeadRow(Long id, String firstName, String lastName, String email, String phone, String country,
                      LeadStage stage, Instant stageSince, Long ownerId, Instant lastInquiryAt)
        implements java.io.Serializable {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
