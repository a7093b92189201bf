package ca.tremplin.demomailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.DemoMode;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.security.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The demo's pages do not exist outside demo mode: 404 for everyone, before anything else is looked at; in demo
 * mode an anonymous visitor is sent to sign in.
 */
class DemoOnlyFilterTest {

    private final AtomicReference<Integer> error = new AtomicReference<>();
    private final AtomicReference<String> redirect = new AtomicReference<>();
    private final AtomicBoolean passedOn = new AtomicBoolean();

    @Test
    void outsideDemoModeTheDemosPagesAnswer404WithoutLookingAtWhoAsks() throws Exception {
        DemoOnlyFilter filter = new DemoOnlyFilter();
        filter.demoMode = DemoMode.forSetting(null);
        filter.signedInUser = null; // who asks makes no difference: it is never read

        filter.doFilter(request("/demo/mailbox.xhtml"), response(), chain());

        assertEquals(404, error.get());
        assertNull(redirect.get(), "not a redirect to the sign-in page");
        assertFalse(passedOn.get(), "the page never runs");
    }

    @Test
    void onlyTrueIsDemoMode() {
        assertFalse(DemoMode.forSetting(null).isOn());
        assertFalse(DemoMode.forSetting("false").isOn());
        assertFalse(DemoMode.forSetting("benchmark").isOn(), "the benchmarks' data set is not the demo");
        assertTrue(DemoMode.forSetting(" TRUE ").isOn());
    }

    @Test
    void inDemoModeAnAnonymousVisitorIsSentToSignIn() throws Exception {
        DemoOnlyFilter filter = new DemoOnlyFilter();
        filter.demoMode = DemoMode.forSetting("true");
        filter.signedInUser = new SignedInUser();

        filter.doFilter(request("/demo/mailbox.xhtml"), response(), chain());

        assertEquals("/signin.xhtml", redirect.get());
        assertNull(error.get());
        assertFalse(passedOn.get());
    }

    @Test
    void outsideDemoModeTheMailboxItselfIsNotFoundEvenForAnAdmin() {
        DemoMailbox mailbox = new DemoMailbox();
        mailbox.demoMode = DemoMode.forSetting("false");
        mailbox.signedInUser = new SignedInUser();

        assertThrows(NotFoundException.class, mailbox::latest, "404, not 403");
        assertThrows(NotFoundException.class, () -> mailbox.attachment(1));
    }

    private static HttpServletRequest request(String path) {
        return (HttpServletRequest) Proxy.newProxyInstance(DemoOnlyFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> "";
                    case "getRequestURI", "getServletPath" -> path;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(DemoOnlyFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "sendError" -> error.set((Integer) args[0]);
                        case "sendRedirect" -> redirect.set((String) args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }

    private FilterChain chain() {
        return (request, response) -> passedOn.set(true);
    }
}
