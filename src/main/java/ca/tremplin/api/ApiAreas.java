package ca.tremplin.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.PathSegment;
import java.util.Arrays;
import java.util.List;

/**
 * Which part of the API an address reaches, by its first path segment under {@code /api} as the resource matching
 * reads it — decoded, without its matrix parameters, empty segments skipped: {@code inquiries;x=1},
 * {@code inquirie%73} and {@code //inquiries} all reach the inquiries. The CORS headers depend on it: the public
 * reads are open to every origin, the inquiries to the origins centres list, the staff endpoints to none.
 */
final class ApiAreas {

    static final String INQUIRIES = "inquiries";
    /** The back office's JSON endpoints, called with a staff session: no other site's script may read them. */
    static final String STAFF = "staff";

    private ApiAreas() {
    }

    /** The first segment of a JAX-RS request's address under the application's path, "" when there is none. */
    static String firstSegment(ContainerRequestContext request) {
        return firstOf(request.getUriInfo().getPathSegments(true).stream().map(PathSegment::getPath).toList());
    }

    /** The same from a servlet's path info (decoded, under {@code /api}), for what a filter answers before JAX-RS. */
    static String firstSegment(String pathInfo) {
        return pathInfo == null ? "" : firstOf(Arrays.stream(pathInfo.split("/"))
                .map(segment -> segment.split(";", 2)[0]).toList());
    }

    private static String firstOf(List<String> segments) {
        return segments.stream().filter(segment -> !segment.isEmpty()).findFirst().orElse("");
    }
}
