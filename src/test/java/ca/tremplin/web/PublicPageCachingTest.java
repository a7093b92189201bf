package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.testsupport.Stubs;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page that only shows is kept by the visitor's browser alone and asked for again each time it is shown; the same
 * page opened by a signed-in member of staff, and a page with a form's state, are kept by nobody.
 */
class PublicPageCachingTest {

    @Test
    void aShownPageIsRevalidatedAndKeptByNoSharedCache() {
        assertEquals("private, no-cache", cacheControlOfShownPage(null));
    }

    @Test
    void aShownPageOpenedBySomeoneSignedInIsNeverKept() {
        assertEquals("private, no-store", cacheControlOfShownPage(() -> "amani@css-test.test"));
    }

    @Test
    void aPageWithAFormsStateIsNeverKept() {
        Map<String, String> headers = new HashMap<>();
        PublicPageCaching.keptByNobody(response(headers));
        assertEquals("private, no-store", headers.get("Cache-Control"));
    }

    private static String cacheControlOfShownPage(java.security.Principal signedIn) {
        Map<String, String> headers = new HashMap<>();
        HttpServletRequest request = Stubs.stub(HttpServletRequest.class, (method, args) -> {
            if ("getUserPrincipal".equals(method)) {
                return signedIn;
            }
            throw new AssertionError(method);
        });
        PublicPageCaching.shown(request, response(headers));
        return headers.get("Cache-Control");
    }

    private static HttpServletResponse response(Map<String, String> headers) {
        return Stubs.stub(HttpServletResponse.class, (method, args) -> {
            if ("setHeader".equals(method)) {
                headers.put((String) args[0], (String) args[1]);
                return null;
            }
            throw new AssertionError(method);
        });
    }
}
