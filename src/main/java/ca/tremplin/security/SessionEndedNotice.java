package ca.tremplin.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.omnifaces.util.Servlets;

/**
 * A back-office page used after its session ended (timed out while the person was on the phone, or the server
 * restarted) is sent to sign in like any anonymous visit; the sign-in page then says that the session ended, rather
 * than asking for the password as if nothing had happened while a note typed on a lead was silently lost. The mark is
 * put into the session the sign-in continues in, here only: a plain visit to the sign-in page says nothing of it.
 *
 * <p>A session ended is told by what the browser sends, not by a parameter anyone could add to the sign-in page's
 * address: a session cookie naming a session the server no longer holds, with a post, an ajax click, or a link
 * followed from one of our back-office pages (a bookmark opened the next morning with yesterday's cookie is a plain
 * visit, told nothing); or a back-office form posted without any session at all (only a page shown to someone signed
 * in has such a form; the browser dropped the cookie).
 *
 * <p>A form posted from such a page is not kept to be sent again after the sign-in, as the security API's
 * login-to-continue would: its view ended with the session, and sent again after the sign-in it answered "page
 * expired". The browser is sent to open again the page the form was on, its address and filters kept, which asks for
 * the sign-in and opens once signed in; a page that keeps drafts in the browser (the lead's note, {@code
 * resources/js/drafts.js}) puts back what was typed. A click sent by ajax goes on to login-to-continue, whose redirect
 * {@link SignInAjaxRedirectFilter} turns into the same opening of the page.
 *
 * <p>Placed after {@link StaffApiUnauthorized} (priority {@code PLATFORM_BEFORE + 215}: the staff API answers 401
 * without a session whatever happened to it) and before login-to-continue ({@code PLATFORM_BEFORE + 220}), which saves
 * the request and sends the redirect to the sign-in page.
 */
@Interceptor
@NoticesEndedSessions
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 217)
public class SessionEndedNotice {

    /** The session attribute the sign-in page reads; gone once the person signed in again. */
    static final String ENDED = SessionEndedNotice.class.getName() + ".ended";

    @AroundInvoke
    public Object notice(InvocationContext invocation) throws Exception {
        java.util.Optional<HttpMessageContext> visit = AnonymousVisits.toProtectedAddress(invocation);
        if (visit.isEmpty() || !endedBefore(visit.get().getRequest())) {
            return invocation.proceed();
        }
        HttpMessageContext context = visit.get();
        HttpServletRequest request = context.getRequest();
        request.getSession(true).setAttribute(ENDED, Boolean.TRUE);
        if (isPagePost(request)) {
            String query = request.getQueryString();
            context.getResponse().setHeader("Cache-Control", "no-store");
            return context.redirect(SignInAjaxRedirectFilter.pageClickedOn(request)
                    .orElse(request.getRequestURI() + (query == null ? "" : "?" + query)));
        }
        return invocation.proceed();
    }

    /**
     * Whether this anonymous request comes from a session that ended while its page was in use: the browser names a
     * session the server does not hold and posts, or opens a page by a click in the back office (a Faces ajax request,
     * or a Referer that is one of our own back-office pages); or it posts a back-office form with no session (never a
     * first visit: a first visit opens a page, it does not send one's form). A page opened from a bookmark or typed
     * in, with yesterday's cookie, is a plain visit: nothing was being typed, and no notice promises to put it back.
     */
    static boolean endedBefore(HttpServletRequest request) {
        if (request.getRequestedSessionId() != null) {
            return !request.isRequestedSessionIdValid() && ("POST".equals(request.getMethod())
                    || Servlets.isFacesAjaxRequest(request)
                    || SignInAjaxRedirectFilter.pageClickedOn(request).isPresent());
        }
        return isPagePost(request);
    }

    /** A form of a page sent by the browser itself (not an ajax click, not a call to the staff API). */
    static boolean isPagePost(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && !Servlets.isFacesAjaxRequest(request)
                && !StaffApiUnauthorized.isStaffApi(request);
    }

    /** Whether the sign-in page should say that the session ended. */
    static boolean endedFor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(ENDED));
    }

    /** Signed in again: the notice has said what it had to. */
    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ENDED);
        }
    }
}
