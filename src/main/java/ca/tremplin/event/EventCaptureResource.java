package ca.tremplin.event;

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

    @Inject
    EventService events;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response capture(@PathParam("eventId") long eventId, @HeaderParam("Idempotency-Key") String key,
                            CapturedPerson person) {
        if (key == null || key.isBlank() || key.length() > 80) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        RegistrationReceipt receipt = events.registerAsStaff(eventId,
                person == null ? new CapturedPerson().toRequest() : person.toRequest(), RegistrationChannel.CAPTURE,
                key);
        return Response.status(receipt.alreadyRegistered() ? Response.Status.OK : Response.Status.CREATED)
                .entity(receipt).build();
    }
}
