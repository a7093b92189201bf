package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicReadCorsFilterTest {

    @Test
    void everyOriginMayReadWithoutCredentials() {
        MultivaluedMap<String, Object> headers = filter("GET", "programs");

        assertEquals("*", headers.getFirst("Access-Control-Allow-Origin"));
        assertFalse(headers.containsKey("Access-Control-Allow-Credentials"));
        assertFalse(headers.containsKey("Access-Control-Allow-Methods"), "only a preflight needs the methods");
    }

    @Test
    void aPreflightLearnsThatOnlyReadingIsAllowed() {
        MultivaluedMap<String, Object> headers = filter("OPTIONS", "offers");

        assertEquals("*", headers.getFirst("Access-Control-Allow-Origin"));
        assertEquals("GET, HEAD, OPTIONS", headers.getFirst("Access-Control-Allow-Methods"));
        assertEquals("Accept, Accept-Language, If-None-Match", headers.getFirst("Access-Control-Allow-Headers"));
    }

    /** Another site's script may not read what a recruiter's session gets, nor be told it may ask. */
    @Test
    void theStaffEndpointsAreOpenToNoOtherSite() {
        for (String[] address : List.of(new String[] {"staff", "imports", "12"}, new String[] {"", "staff;x=1"},
                new String[] {"staff", "events", "3", "captures"})) {
            for (String method : List.of("GET", "POST", "OPTIONS")) {
                MultivaluedMap<String, Object> headers = filter(method, address);

                assertTrue(headers.keySet().stream().noneMatch(name -> name.startsWith("Access-Control-")),
                        method + " " + String.join("/", address) + ": " + headers);
            }
        }
    }

    private static MultivaluedMap<String, Object> filter(String method, String... segments) {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        List<PathSegment> path = Arrays.stream(segments).map(segment -> stub(PathSegment.class,
                Map.of("getPath", segment.split(";", 2)[0]))).toList();
        UriInfo uri = stub(UriInfo.class, Map.of("getPathSegments", path));
        new PublicReadCorsFilter().filter(stub(ContainerRequestContext.class, Map.of("getMethod", method,
                        "getUriInfo", uri)),
                stub(ContainerResponseContext.class, Map.of("getHeaders", headers)));
        return headers;
    }

    /** A context that answers the methods named; the filter must not need any other. */
    private static <T> T stub(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, called, args) -> {
            if (answers.containsKey(called.getName())) {
                return answers.get(called.getName());
            }
            throw new UnsupportedOperationException(called.getName());
        }));
    }
}
