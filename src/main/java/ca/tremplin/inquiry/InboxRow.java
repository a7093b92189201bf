package ca.tremplin.inquiry;

import java.io.Serializable;
import java.time.Instant;

/** One line of the inbox: who asked, when, by when the centre must answer, and who answers. */
public record InboxRow(long id, Instant receivedAt, Instant responseDeadline, InquiryStatus status, String firstName,
                       String lastName, String countryOfResidence, Long assignedTo) implements Serializable {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
