package ca.tremplin.api;

import ca.tremplin.catalog.CatalogQuery;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.catalog.TuitionRange;
import ca.tremplin.tenant.QuebecRegion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
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
 * Published programs: the catalogue search and one program. The search reads the whole query string rather
 * than one {@code @QueryParam} per parameter, because the catalogue's parser takes them all at once and
 * because JAX-RS would answer an unconvertible {@code @QueryParam} with a 404; the parameters are therefore
 * documented on the method.
 */
@Path("programs")
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
@Tag(name = "Programs")
@RequestScoped
public class ProgramResource {

    @Inject
    ProgramSearchService search;

    @Inject
    PublishedProgramService programs;

    @GET
    @Operation(summary = "Search published programs",
            description = "The public catalogue's search, across every school service centre, with facet counts. "
                    + "Repeat sector, region and type to choose several values. A value that cannot be read is "
                    + "refused (400, one entry per parameter); a parameter that is no part of a search is ignored "
                    + "and named in ignoredParameters. / La recherche du catalogue public, avec facettes.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words to find, in French or English (the first "
            + "200 characters are read; words of one letter are not searched); results are listed alphabetically "
            + "by the titles in the language of Accept-Language",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "sector", in = ParameterIn.QUERY, description = "Code of one of Québec's training sectors, two "
            + "digits, e.g. 16; a code that names none is refused",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "region", in = ParameterIn.QUERY, description = "Administrative region of the centre",
            schema = @Schema(type = SchemaType.ARRAY, implementation = QuebecRegion.class))
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "Program type",
            schema = @Schema(type = SchemaType.ARRAY, implementation = ProgramType.class))
    @Parameter(name = "instruction", in = ParameterIn.QUERY, description = "Language of instruction",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"FR", "EN"}))
    @Parameter(name = "month", in = ParameterIn.QUERY, description = "Month with an open intake, yyyy-MM",
            schema = @Schema(type = SchemaType.STRING, pattern = "\\d{4}-\\d{2}", example = "2026-09"))
    @Parameter(name = "tuition", in = ParameterIn.QUERY, description = "Tuition bracket, in CAD",
            schema = @Schema(implementation = TuitionRange.class))
    @Parameter(name = "open", in = ParameterIn.QUERY, description = "Only programs with an open intake to come",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Order of results (default RELEVANCE)",
            schema = @Schema(implementation = CatalogQuery.Sort.class))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page of 20 results, from 1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000", defaultValue = "1"))
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER,
            description = RevalidatedAnswers.IF_NONE_MATCH, schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "One page of results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgramSearchResponse.class)))
    @APIResponse(responseCode = "400", description = "A parameter could not be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProgramSearchResponse search(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return search.search(uriInfo.getQueryParameters(), ProblemResponses.language(headers));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published program",
            description = "A published program with its texts, the centres where it is given and its upcoming "
                    + "open intakes. / Un programme publié, ses centres et ses rentrées à venir.")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER,
            description = RevalidatedAnswers.IF_NONE_MATCH, schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The program",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgramDetail.class)))
    @APIResponse(responseCode = "404", description = "No published program has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProgramDetail find(@Parameter(description = "The program's id, as in search results",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        return programs.find(id);
    }
}
