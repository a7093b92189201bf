package ca.tremplin.inquiry;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * One line of the inbox: who asked, when, by when the centre must answer, and who answers; and the centre the person
 * chose on the form, by its address's name ({@code chosenSlug}) and its names, for the coordination's queue to route
 * by.
 */
public record InboxRow(long id, Instant receivedAt, Instant responseDeadline, InquiryStatus status, String firstName,
                       String lastName, String countryOfResidence, Long assignedTo, String chosenSlug,
                       String chosenNameFr, String chosenNameEn) implements Serializable {

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** The centre the person chose, in the reader's language; "—" when they chose none. */
    public String chosenCentre(Locale language) {
        return ChosenCentre.named(chosenSlug, chosenNameFr, chosenNameEn, language);
    }
}
