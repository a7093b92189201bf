package ca.tremplin.api;

import ca.tremplin.offer.OfferPage;
import ca.tremplin.offer.OfferQuery;
import ca.tremplin.offer.OfferQueryParser;
import ca.tremplin.offer.PublicOffers;
import ca.tremplin.tenant.QuebecRegion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
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
 * Open apprenticeship and work-study offers of every school service centre: the public offer board, read
 * strictly like the program search — a value that cannot be read refuses the request with one entry per
 * parameter; a parameter that is no part of a search is ignored and named.
 */
@Path("offers")
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
@Tag(name = "Offers")
@RequestScoped
public class OfferResource {

    static final Set<String> PARAMETERS = Set.of("q", "region", "employer", "sector", "from", "page");

    @Inject
    PublicOffers offers;

    @Inject
    ca.tremplin.catalog.SectorNames sectors;

    @GET
    @Operation(summary = "Search open offers",
            description = "Open apprenticeship and work-study offers, soonest start first, then by trade in the "
                    + "language of Accept-Language. / Offres ouvertes.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Trade or employer words, French or English",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "region", in = ParameterIn.QUERY, description = "Administrative region (repeatable)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = QuebecRegion.class))
    @Parameter(name = "employer", in = ParameterIn.QUERY, description = "Exact employer name",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "sector", in = ParameterIn.QUERY, description = "Code of one of Québec's training sectors, the "
            + "employer's (repeatable); a code that names none is refused",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "Earliest start date, yyyy-MM-dd",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page of 20 offers, from 1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000", defaultValue = "1"))
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER,
            description = RevalidatedAnswers.IF_NONE_MATCH, schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "One page of offers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfferSearchResponse.class)))
    @APIResponse(responseCode = "400", description = "A parameter could not be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OfferSearchResponse search(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        QueryParameters split = QueryParameters.split(uriInfo.getQueryParameters(), PARAMETERS);
        OfferQueryParser.Parsed parsed = OfferQueryParser.parse(split.known(), sectors::isKnown);
        QueryParameters.refuseIfUnreadable(parsed.ignored(), parsed.repeated());
        OfferPage page = offers.boardAcrossAllTenants(parsed.query(), ProblemResponses.language(headers));
        return new OfferSearchResponse(page.offers().stream().map(OfferSummary::of).toList(), page.total(),
                page.page(), page.pageCount(), OfferQuery.PAGE_SIZE, split.ignoredNames());
    }
}
