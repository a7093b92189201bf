package ca.tremplin.api;

import ca.tremplin.catalog.PublishedProgram;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The upcoming open intakes of one program, soonest first. */
@JsonbPropertyOrder({"programId", "items"})
public record IntakeListResponse(long programId, List<IntakeSummary> items) {

    static IntakeListResponse of(long programId, List<PublishedProgram.UpcomingIntake> intakes) {
        return new IntakeListResponse(programId, intakes.stream().map(IntakeSummary::of).toList());
    }
}
