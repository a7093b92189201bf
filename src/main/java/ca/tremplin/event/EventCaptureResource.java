package ca.tremplin.event;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.RateLimits;
import ca.tremplin.kernel.RateLimits.Limit;
import ca.tremplin.security.SignedInUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where a recruiter's device sends the people captured at a fair ({@code js/quick-capture.js}), for signed-in
 * staff only (the session's account; another centre's event is not found). Each entry carries the key the device
 * gave it, so an entry sent twice — the answer lost when the connection dropped — is recorded once.
 */
@Path("staff/events/{eventId}/captures")
public class EventCaptureResource {

    /**
     * Captures per signed-in account ({@code TREMPLIN_CAPTURE_PER_ACCOUNT_PER_HOUR}, default 600: one every six
     * seconds for an hour, more than a recruiter types at the busiest fair), so that a stolen session or a runaway
     * script cannot fill a centre with leads.
     */
    private static final Limit PER_ACCOUNT = Limit.fromEnvironment("capture-account",
            "TREMPLIN_CAPTURE_PER_ACCOUNT_PER_HOUR", 600);

    @Inject
    StaffRegistrations registrations;

    @Inject
    RateLimits rateLimits;

    @Inject
    SignedInUser signedInUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response capture(@PathParam("eventId") long eventId, @HeaderParam("Idempotency-Key") String key,
                            CapturedPerson person) {
        if (key == null || key.isBlank() || key.length() > 80) {
            // A problem document (400) like every API error, saying what is expected.
            throw new BusinessRuleException("capture.keyRequired");
        }
        rateLimits.acquire(PER_ACCOUNT, String.valueOf(signedInUser.getUserId()));
        RegistrationReceipt receipt = registrations.register(eventId,
                person == null ? new CapturedPerson().toRequest() : person.toRequest(), RegistrationChannel.CAPTURE,
                key, person == null ? null : person.capturedAtInstant(), person == null ? null : person.languageOrNull(),
                person == null ? null : person.pageLanguageOrNull());
        return Response.status(receipt.alreadyRegistered() ? Response.Status.OK : Response.Status.CREATED)
                .entity(receipt).build();
    }
}
