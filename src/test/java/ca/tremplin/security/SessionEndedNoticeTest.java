package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A back-office request from a session that ended while its page was in use (a post, a click, a link followed from one
 * of its pages) is marked, so that the sign-in page says the session ended; a first visit, a bookmark opened with
 * yesterday's cookie, a signed-in session and the sign-in page itself are not. A form posted from a page whose session ended opens
 * that page again rather than being kept to be replayed against a view that no longer exists.
 */
class SessionEndedNoticeTest {

    private final Map<String, Object> session = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private String location;
    private boolean passedOn;

    @Test
    void aLinkFollowedFromABackOfficePageWhoseSessionEndedIsMarkedAndGoesOnToSignIn() throws Exception {
        headers.put("Referer", "https://tremplin.example/admin/leads.xhtml?stage=NEW");
        Object answer = notice(request("GET", "stale-id", false, "/admin/lead.xhtml", "id=42"), true);

        assertTrue(passedOn, "login-to-continue sends the redirect to the sign-in page and remembers the page");
        assertEquals(AuthenticationStatus.SEND_CONTINUE, answer);
        assertEquals(Boolean.TRUE, session.get(SessionEndedNotice.ENDED));
        assertTrue(SessionEndedNotice.endedFor(request("GET", "new-id", true, "/signin.xhtml", null)),
                "the sign-in page, in the session the sign-in continues in, says the session ended");
    }

    @Test
    void aBookmarkOpenedWithYesterdaysCookieIsAPlainVisitToldNothing() throws Exception {
        Object answer = notice(request("GET", "stale-id", false, "/admin/lead.xhtml", "id=42"), true);

        assertTrue(passedOn, "asked to sign in as any visit");
        assertEquals(AuthenticationStatus.SEND_CONTINUE, answer);
        assertTrue(session.isEmpty(), "no notice promising to put back a note nobody was typing");
    }

    @Test
    void aLinkFromAnotherSiteWithYesterdaysCookieIsAPlainVisitToo() throws Exception {
        headers.put("Referer", "https://elsewhere.example/admin/lead.xhtml?id=42");
        notice(request("GET", "stale-id", false, "/admin/lead.xhtml", "id=42"), true);

        assertTrue(passedOn);
        assertTrue(session.isEmpty(), "only a page of our own back office tells that a page was in use");
    }

    @Test
    void anAjaxRequestFollowingTheSignInRedirectOfAClickIsMarked() throws Exception {
        headers.put("Faces-Request", "partial/ajax");
        notice(request("GET", "stale-id", false, "/admin/leads.xhtml", null), true);

        assertTrue(passedOn);
        assertEquals(Boolean.TRUE, session.get(SessionEndedNotice.ENDED));
    }

    @Test
    void aNoteSavedAfterTheSessionEndedOpensItsPageAgainInsteadOfBeingReplayedOnAViewGone() throws Exception {
        headers.put("Referer", "https://tremplin.example/admin/lead.xhtml?id=42");
        Object answer = notice(request("POST", "stale-id", false, "/admin/lead.xhtml", "id=42"), true);

        assertFalse(passedOn, "not saved to be sent again after the sign-in: it would answer \"page expired\"");
        assertEquals(AuthenticationStatus.SEND_CONTINUE, answer);
        assertEquals("/admin/lead.xhtml?id=42", location, "the page the form was on, which asks for the sign-in");
        assertEquals(Boolean.TRUE, session.get(SessionEndedNotice.ENDED));
    }

    @Test
    void aFormPostedWithoutAnySessionComesFromAPageWhoseCookieIsGone() throws Exception {
        notice(request("POST", null, false, "/admin/lead.xhtml", "id=7"), true);

        assertEquals("/admin/lead.xhtml?id=7", location, "without a Referer, the address the form was sent to");
        assertEquals(Boolean.TRUE, session.get(SessionEndedNotice.ENDED));
    }

    @Test
    void anAjaxClickIsMarkedAndLeftToTheSignInRedirectThatOpensItsPage() throws Exception {
        headers.put("Faces-Request", "partial/ajax");
        notice(request("POST", "stale-id", false, "/admin/leads.xhtml", null), true);

        assertTrue(passedOn);
        assertNull(location);
        assertEquals(Boolean.TRUE, session.get(SessionEndedNotice.ENDED));
    }

    @Test
    void aFirstVisitToTheBackOfficeIsNotTakenForASessionThatEnded() throws Exception {
        notice(request("GET", null, false, "/admin/", null), true);

        assertTrue(passedOn);
        assertTrue(session.isEmpty(), "no mark, no session opened here");
        assertFalse(SessionEndedNotice.endedFor(request("GET", null, false, "/signin.xhtml", null)));
    }

    @Test
    void thePublicPagesAndTheSignInPageItselfAreLeftAlone() throws Exception {
        notice(request("GET", "stale-id", false, "/signin.xhtml", null), false);

        assertTrue(passedOn);
        assertTrue(session.isEmpty(), "a plain visit to the sign-in page is told nothing");
    }

    @Test
    void theStaffApiIsNotSentToAPage() throws Exception {
        notice(request("POST", null, false, "/api/staff/captures", null), true);

        assertTrue(passedOn, "its own interceptor answers 401 before this one; without it, no redirect here");
        assertTrue(session.isEmpty());
    }

    @Test
    void signedInAgainTheNoticeIsForgotten() {
        session.put(SessionEndedNotice.ENDED, Boolean.TRUE);
        HttpServletRequest signedIn = request("POST", "new-id", true, "/signin.xhtml", null);

        SessionEndedNotice.forget(signedIn);

        assertFalse(SessionEndedNotice.endedFor(signedIn));
    }

    private Object notice(HttpServletRequest request, boolean protectedPage) throws Exception {
        HttpMessageContext context = proxy(HttpMessageContext.class, (name, args) -> switch (name) {
            case "isProtected" -> protectedPage;
            case "isAuthenticationRequest" -> false;
            case "getRequest" -> request;
            case "getResponse" -> proxy(HttpServletResponse.class, (called, values) -> null);
            case "redirect" -> {
                location = (String) args[0];
                yield AuthenticationStatus.SEND_CONTINUE;
            }
            default -> throw new UnsupportedOperationException(name);
        });
        Object[] parameters = {request, null, context};
        InvocationContext invocation = proxy(InvocationContext.class, (name, args) -> switch (name) {
            case "getMethod" -> HttpAuthenticationMechanism.class.getMethod("validateRequest",
                    HttpServletRequest.class, HttpServletResponse.class, HttpMessageContext.class);
            case "getParameters" -> parameters;
            case "proceed" -> {
                passedOn = true;
                yield AuthenticationStatus.SEND_CONTINUE;
            }
            default -> throw new UnsupportedOperationException(name);
        });
        return new SessionEndedNotice().notice(invocation);
    }

    private HttpServletRequest request(String method, String requestedSession, boolean held, String path,
                                       String query) {
        HttpSession httpSession = proxy(HttpSession.class, (name, args) -> switch (name) {
            case "setAttribute" -> session.put((String) args[0], args[1]);
            case "getAttribute" -> session.get((String) args[0]);
            case "removeAttribute" -> session.remove((String) args[0]);
            default -> throw new UnsupportedOperationException(name);
        });
        return proxy(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getMethod" -> method;
            case "getRequestedSessionId" -> requestedSession;
            case "isRequestedSessionIdValid" -> held;
            case "getUserPrincipal" -> null;
            case "getHeader" -> headers.get((String) args[0]);
            case "getContextPath" -> "";
            case "getServletPath" -> path;
            case "getPathInfo" -> null;
            case "getRequestURI" -> path;
            case "getQueryString" -> query;
            case "getServerName" -> "tremplin.example";
            case "getSession" -> Boolean.TRUE.equals(args[0]) || held || !session.isEmpty() ? httpSession : null;
            default -> throw new UnsupportedOperationException(name);
        });
    }

    @FunctionalInterface
    private interface Answer {
        Object call(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.call(method.getName(), args)));
    }
}
