package ca.tremplin.api;

import ca.tremplin.unsubscribe.MailOptOut;
import ca.tremplin.unsubscribe.Unsubscriptions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one-click unsubscribe address of a bulk e-mail (RFC 8058): a mail program posts
 * {@code List-Unsubscribe=One-Click} here when its reader presses its "unsubscribe" button. The token is the
 * proof, as on the link's page; no cookie and no form. Only a POST unsubscribes, so that a link checker that
 * fetches addresses in a message never does; a GET, from a person's browser, is sent on to the link's page.
 */
@Path("unsubscribe/{token}")
@Tag(name = "Unsubscribe")
@RequestScoped
public class UnsubscribeResource {

    @Inject
    Unsubscriptions unsubscriptions;

    @Context
    HttpServletRequest servletRequest;

    @POST
    @Operation(summary = "Unsubscribe from a centre's bulk e-mail in one click (RFC 8058)",
            description = "The address of the List-Unsubscribe header of a bulk e-mail. Answers 204 once the "
                    + "address is unsubscribed (again 204 if it already was). / Désabonnement en un clic.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(responseCode = "404", description = "No such link",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "This link was posted too often within the hour",
            headers = @Header(name = "Retry-After", description = "Seconds to wait"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UnexpectedErrorMapper.UNAVAILABLE,
            headers = @Header(name = "Retry-After", description = "Seconds to wait"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response unsubscribe(@PathParam("token") String token) {
        unsubscriptions.unsubscribe(token, MailOptOut.Channel.ONE_CLICK, servletRequest.getRemoteAddr());
        return Response.noContent().build();
    }

    /**
     * The same address opened in a browser, as a mail program without the one-click button opens the
     * List-Unsubscribe header's link: sent on to the unsubscribe page of the link, where the person confirms (a GET
     * changes nothing, so that a link checker never unsubscribes anyone).
     */
    @GET
    @Operation(summary = "The unsubscribe page of the same link, for a person who opens the address in a browser",
            description = "Answers 303 See Other to the page where the person confirms, in the message's language"
                    + " when the address names it (lang). / La page de désabonnement, dans la langue du message.")
    @APIResponse(responseCode = "303", description = "The unsubscribe page")
    public Response page(@PathParam("token") String token, @QueryParam("lang") String language) {
        return Response.seeOther(java.net.URI.create(pageOf(token, language))).build();
    }

    /**
     * The link's page, in the language of the message the address came in ({@code lang}, "fr" or "en"; anything else
     * is left out and the page speaks the visitor's). An absolute address: a relative one would be resolved against
     * the API's own path.
     */
    static String pageOf(String token, String language) {
        String page = "/desabonnement.xhtml?token=" + java.net.URLEncoder.encode(token,
                java.nio.charset.StandardCharsets.UTF_8);
        boolean known = language != null && ca.tremplin.kernel.Languages.ALL.stream()
                .anyMatch(supported -> ca.tremplin.kernel.Languages.code(supported).equals(language));
        return ca.tremplin.kernel.PublicAddress.of(known ? page + "&lang=" + language : page);
    }
}
