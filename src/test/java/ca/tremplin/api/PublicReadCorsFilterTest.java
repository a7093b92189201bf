package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class PublicReadCorsFilterTest {

    @Test
    void everyOriginMayReadWithoutCredentials() {
        MultivaluedMap<String, Object> headers = filter("GET");

        assertEquals("*", headers.getFirst("Access-Control-Allow-Origin"));
        assertFalse(headers.containsKey("Access-Control-Allow-Credentials"));
        assertFalse(headers.containsKey("Access-Control-Allow-Methods"), "only a preflight needs the methods");
    }

    @Test
    void aPreflightLearnsThatOnlyReadingIsAllowed() {
        MultivaluedMap<String, Object> headers = filter("OPTIONS");

        assertEquals("*", headers.getFirst("Access-Control-Allow-Origin"));
        assertEquals("GET, HEAD, OPTIONS", headers.getFirst("Access-Control-Allow-Methods"));
        assertEquals("Accept, Accept-Language, If-None-Match", headers.getFirst("Access-Control-Allow-Headers"));
    }

    private static MultivaluedMap<String, Object> filter(String method) {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        new PublicReadCorsFilter().filter(stub(ContainerRequestContext.class, "getMethod", method),
                stub(ContainerResponseContext.class, "getHeaders", headers));
        return headers;
    }

    /** A context that answers one method; the filter must not need any other. */
    private static <T> T stub(Class<T> type, String method, Object answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, called, args) -> {
            if (called.getName().equals(method)) {
                return answer;
            }
            throw new UnsupportedOperationException(called.getName());
        }));
    }
}
