package ca.tremplin.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets partner sites call the API from their pages' scripts, from any origin. Safe because the API is read-only
 * and public: it serves published catalogue data, reads no cookie and no session, and allows no credentials
 * (no Access-Control-Allow-Credentials), so a browser never sends a visitor's Tremplin session along. Error
 * responses carry the header too, so that a partner's script can read the problem document.
 *
 * <p>The staff endpoints ({@code /api/staff/}) get no CORS header at all: they answer with a recruiter's session,
 * and what they return — an import's people, an event's captures — is no other site's to read, even without
 * credentials (a browser's preflight for them fails, as it should).
 */
@Provider
public class PublicReadCorsFilter implements ContainerResponseFilter {

    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";
    /** {@code If-None-Match}: a partner's script may ask again about an answer it keeps ({@link RevalidatedAnswers}). */
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match";
    static final String PREFLIGHT_CACHE_SECONDS = "86400";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (ApiAreas.STAFF.equals(ApiAreas.firstSegment(request))) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", "*");
        // A script reads only the safelisted headers unless told: the tag it would send back is not one of them.
        headers.putSingle("Access-Control-Expose-Headers", "ETag");
        if ("OPTIONS".equals(request.getMethod())) {
            headers.putSingle("Access-Control-Allow-Methods", ALLOWED_METHODS);
            headers.putSingle("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            headers.putSingle("Access-Control-Max-Age", PREFLIGHT_CACHE_SECONDS);
        }
    }
}
