package ca.tremplin.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The public catalogue's reads ({@link Revalidated}) carry a weak ETag of their JSON and may be kept a minute by a
 * browser or a shared cache; after that, or whenever a partner's page asks again with {@code If-None-Match}, an answer
 * that has not changed is a 304 without a body. A minute: a program published or an offer filled shows on a
 * partner's page that soon, while a visitor paging back and forth through results costs nothing. The answers differ
 * by {@code Accept-Language} (titles sorted in its language), hence {@code Vary}. Only 200s are tagged: a refusal is
 * never kept.
 */
@Provider
@Revalidated
public class RevalidatedAnswers implements ContainerResponseFilter {

    static final String CACHE_CONTROL = "public, max-age=60";

    /**
     * What the API's document (OpenAPI) says of the answers this gives: the 304 of every revalidated operation, the
     * {@code If-None-Match} that asks for it, and the {@code ETag} it repeats.
     */
    static final String NOT_MODIFIED = "Not modified since the answer whose ETag If-None-Match names: no body; the "
            + "ETag, Cache-Control and Vary of the answer kept are repeated / Inchangée depuis la réponse gardée";
    static final String IF_NONE_MATCH = "The ETag of an answer kept (W/\"...\"), several separated by commas, or *: "
            + "an answer unchanged since is a 304 without a body. Compared weakly; answers are kept 60 seconds "
            + "(Cache-Control) and differ by Accept-Language (Vary)";
    static final String ETAG = "The answer's weak tag, to send back in If-None-Match";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (!read || response.getStatus() != Response.Status.OK.getStatusCode() || !response.hasEntity()) {
            return;
        }
        String tag = EntityTags.weakTagOf(JsonBodyWriter.bytesOf(response.getEntity(), response.getEntityType()));
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, tag);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (EntityTags.anyMatches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            // RFC 9110, 15.4.5: the 304 repeats ETag, Cache-Control and Vary, and has no body.
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}
