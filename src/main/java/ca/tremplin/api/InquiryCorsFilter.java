package ca.tremplin.api;

import ca.tremplin.inquiry.AllowedOrigins;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * CORS for {@code /api/inquiries}, which writes, unlike the rest of the API: only the origins that centres list
 * ({@link AllowedOrigins}) may call it from a browser. A request with any other Origin is refused (403) before it
 * is read; calls without Origin (servers, scripts) pass. Its response filter runs after
 * {@link PublicReadCorsFilter} (lower priority runs later on the way out) and replaces that filter's "*".
 */
@Provider
@PreMatching
@Priority(Priorities.USER - 1000)
public class InquiryCorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ALLOWED_METHODS = "POST, OPTIONS";
    static final String ALLOWED_HEADERS = "Content-Type, Accept, Accept-Language, Idempotency-Key";

    @Inject
    AllowedOrigins allowedOrigins;

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (isInquiries(request) && origin != null && !allowedOrigins.allows(origin)) {
            request.abortWith(ProblemResponses.of(InquiryProblemMappers.problem(
                    ProblemResponses.language(request), 403, "originNotAllowed", List.of())));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isInquiries(request)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.remove("Access-Control-Allow-Origin");
        headers.remove("Access-Control-Allow-Methods");
        headers.remove("Access-Control-Allow-Headers");
        headers.add("Vary", "Origin");
        String origin = request.getHeaderString("Origin");
        if (origin == null || !allowedOrigins.allows(origin)) {
            return;
        }
        headers.putSingle("Access-Control-Allow-Origin", origin);
        headers.putSingle("Access-Control-Expose-Headers", "Retry-After");
        if ("OPTIONS".equals(request.getMethod())) {
            headers.putSingle("Access-Control-Allow-Methods", ALLOWED_METHODS);
            headers.putSingle("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            headers.putSingle("Access-Control-Max-Age", PublicReadCorsFilter.PREFLIGHT_CACHE_SECONDS);
        }
    }

    /** Whether the request goes to {@code /api/inquiries}, however its address is spelt ({@link ApiAreas}). */
    static boolean isInquiries(ContainerRequestContext request) {
        return ApiAreas.INQUIRIES.equals(ApiAreas.firstSegment(request));
    }
}
