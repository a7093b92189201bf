package ca.tremplin.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Upcoming open intakes of one published program. Parameters are read as text and checked by the service, so
 * that a malformed one is a 400 naming it rather than JAX-RS's 404 for an unconvertible parameter.
 */
@Path("intakes")
@Produces(MediaType.APPLICATION_JSON)
@Revalidated
@APIResponse(responseCode = "304", description = RevalidatedAnswers.NOT_MODIFIED,
        headers = @Header(name = HttpHeaders.ETAG, description = RevalidatedAnswers.ETAG,
                schema = @Schema(type = SchemaType.STRING)))
@APIResponse(responseCode = "406", description = AcceptableAnswers.NOT_ACCEPTABLE,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = UnexpectedErrorMapper.UNAVAILABLE,
        headers = @Header(name = "Retry-After", description = "Seconds to wait",
                schema = @Schema(type = SchemaType.INTEGER)),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Intakes")
@RequestScoped
public class IntakeResource {

    @Inject
    PublishedProgramService programs;

    @GET
    @Operation(summary = "Upcoming open intakes of a program",
            description = "Open intakes of a published program that start on or after the given date (never "
                    + "before today), soonest first. / Rentrées ouvertes à venir d’un programme publié.")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER,
            description = RevalidatedAnswers.IF_NONE_MATCH, schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The intakes, possibly none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IntakeListResponse.class)))
    @APIResponse(responseCode = "400", description = "program is missing or malformed, or from is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No published program has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IntakeListResponse upcoming(
            @Parameter(description = "The program's id", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            @QueryParam("program") String program,
            @Parameter(description = "First start date, yyyy-MM-dd (default: today)",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uriInfo) {
        // Each parameter takes one value, read as the searches read it: a second one is refused, not dropped.
        java.util.Map<String, String> first = IntakeRequest.firstValues(uriInfo.getQueryParameters(),
                IntakeRequest.PROGRAM, IntakeRequest.FROM);
        return programs.upcomingIntakes(first.get(IntakeRequest.PROGRAM), first.get(IntakeRequest.FROM));
    }
}
