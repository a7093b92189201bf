package ca.tremplin.api;

import ca.tremplin.campaign.CampaignVisits;
import ca.tremplin.inquiry.Inquiry;
import ca.tremplin.inquiry.InquiryRequest;
import ca.tremplin.inquiry.InquiryService;
import ca.tremplin.inquiry.SubmissionContext;
import ca.tremplin.inquiry.SubmissionReceipt;
import ca.tremplin.web.CampaignTouches;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Information requests from partner sites: the same request, the same rules and the same recording as the public
 * form ({@link InquiryService}). Failures become problem documents through this package's mappers.
 */
@Path("inquiries")
@Tag(name = "Inquiries")
@RequestScoped
public class InquiryResource {

    static final int MOST_KEY_LENGTH = 100;

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    InquiryService inquiries;

    @Inject
    CampaignVisits campaignVisits;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest servletRequest;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send an information request",
            description = "Records a prospective student's request and routes it to the school service centre of "
                    + "each program named (or to the coordinating organisation). The requester receives an "
                    + "acknowledgement e-mail in the language of Accept-Language (French by default). Send an "
                    + "Idempotency-Key: a retry with the same key and body answers 200 with the same id and records "
                    + "nothing; the same key with another body is refused (422). Browsers may call it only from the "
                    + "origins the centres list. / Envoie une demande d’information; voir Idempotency-Key.")
    @Parameter(name = "Idempotency-Key", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER,
            description = "A unique value per request (e.g. a UUID), at most 100 characters",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    maxLength = MOST_KEY_LENGTH))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InquiryRequest.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InquiryReceived.class)))
    @APIResponse(responseCode = "200", description = "Already recorded with this Idempotency-Key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InquiryReceived.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, one entry per field in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The calling page's origin is not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = AcceptableAnswers.NOT_ACCEPTABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than the 10 MB this address takes; nothing "
            + "was recorded / Requête trop volumineuse",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json (Content-Type) / "
            + "Le corps doit être envoyé en application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address or for this e-mail",
            headers = @Header(name = "Retry-After", description = "Seconds to wait"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Temporarily unavailable; nothing was recorded, retry later",
            headers = @Header(name = "Retry-After", description = "Seconds to wait"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(InquiryRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString()
                : idempotencyKey.strip();
        // Headers travel as ISO-8859-1: a key beyond visible ASCII arrives as other characters than were sent.
        if (key.length() > MOST_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            // Echoed as it was typed: the header's bytes read as the UTF-8 a client sends.
            throw new InvalidParametersException(List.of(InvalidParameter.malformed(IDEMPOTENCY_KEY, new String(
                    key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                    java.nio.charset.StandardCharsets.UTF_8))));
        }
        InquiryRequest given = request == null ? new InquiryRequest() : request;
        SubmissionReceipt receipt = inquiries.submit(given, new SubmissionContext(key, Inquiry.Channel.API,
                servletRequest.getRemoteAddr(), ProblemResponses.language(headers), touchOf(given)));
        return Response.status(receipt.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .entity(InquiryReceived.of(receipt.inquiryId(), receipt.receivedAt()))
                .build();
    }

    /**
     * The campaign touch of a request a partner site sends: the UTM parameters it passes on in {@code attribution},
     * when they name an activity of a campaign (first and last touch alike, since the site keeps no cookie of ours).
     */
    private CampaignTouches touchOf(InquiryRequest request) {
        InquiryRequest.Attribution attribution = request.getAttribution();
        if (attribution == null) {
            return CampaignTouches.NONE;
        }
        return campaignVisits.touchOf(attribution.getUtmCampaign(), attribution.getUtmContent())
                .map(CampaignTouches.NONE::after).orElse(CampaignTouches.NONE);
    }
}
