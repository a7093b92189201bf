package ca.tremplin.api;

import ca.tremplin.catalog.PublishedProgram;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/** An open intake: when it starts, until when one may apply, its seats, and the centre where it is given. */
@JsonbPropertyOrder({"startDate", "applicationDeadline", "seats", "internationalSeats", "centre"})
public record IntakeSummary(
        LocalDate startDate,
        LocalDate applicationDeadline,
        int seats,
        int internationalSeats,
        IntakeCentre centre) {

    /** The centre of an intake, by name and city. */
    @JsonbPropertyOrder({"name", "city"})
    public record IntakeCentre(String name, String city) {
    }

    static IntakeSummary of(PublishedProgram.UpcomingIntake intake) {
        return new IntakeSummary(intake.startDate(), intake.applicationDeadline(), intake.seats(),
                intake.internationalSeats(), new IntakeCentre(intake.centreName(), intake.centreCity()));
    }
}
