package ca.tremplin.api;

import ca.tremplin.catalog.PublicCatalog;
import ca.tremplin.kernel.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One published program and its upcoming intakes. A draft, an archived program, a program of an inactive
 * centre, an unknown id and a malformed one all read as "not found", so that an id reveals nothing.
 */
@ApplicationScoped
public class PublishedProgramService {

    @Inject
    PublicCatalog catalog;

    public ProgramDetail find(String id) {
        long programId = ProgramIds.parse(id).orElseThrow(() -> notFound(id));
        return catalog.findPublishedProgramAcrossAllTenants(programId).map(ProgramDetail::of)
                .orElseThrow(() -> notFound(id));
    }

    /** @throws InvalidParametersException if the program is missing or malformed, or the date malformed */
    public IntakeListResponse upcomingIntakes(String program, String from) {
        IntakeRequest request = IntakeRequest.read(program, from);
        return catalog.upcomingIntakesAcrossAllTenants(request.programId(), request.from())
                .map(intakes -> IntakeListResponse.of(request.programId(), intakes))
                .orElseThrow(() -> notFound(program));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("published program " + id);
    }
}
