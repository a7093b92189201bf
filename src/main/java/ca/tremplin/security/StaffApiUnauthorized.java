package ca.tremplin.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A call to the staff API ({@code /api/staff/*}: a fair's tablet sending its captures, a script importing a list)
 * without a signed-in session is answered 401 with a problem document in the caller's language, as every refusal of
 * the API is (written by {@link SignInRequiredPage}), rather than with a redirect to the sign-in page, which a script would follow to an HTML page answered
 * 200. Pages keep the redirect.
 *
 * <p>Placed between the session's restoring (the security API's auto-apply-session interceptor, priority
 * {@code PLATFORM_BEFORE + 200}), which answers a signed-in session's request before reaching this one, and the
 * login-to-continue interceptor ({@code PLATFORM_BEFORE + 220}), which would send the redirect.
 */
@Interceptor
@StaffApiAnswersUnauthorized
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 215)
public class StaffApiUnauthorized {

    static final String STAFF_API = "/api/staff/";

    @AroundInvoke
    public Object answer(InvocationContext invocation) throws Exception {
        java.util.Optional<HttpMessageContext> visit = AnonymousVisits.toProtectedAddress(invocation);
        if (visit.isEmpty() || !isStaffApi(visit.get().getRequest())) {
            return invocation.proceed();
        }
        HttpMessageContext context = visit.get();
        describeUnauthorized(context.getResponse());
        // An error status: the container sends the 401 error page, SignInRequiredPage, which writes the problem.
        return context.responseUnauthorized();
    }

    /**
     * The answer to a call whose session the server ended since (the account deactivated, its centre closed, its
     * password or role changed): the same 401 and problem document as a call without a session, written at once.
     */
    static void answerSignInRequired(HttpServletRequest request, HttpServletResponse response)
            throws java.io.IOException {
        describeUnauthorized(response);
        SignInRequiredPage.write(request, response);
    }

    private static void describeUnauthorized(HttpServletResponse response) {
        // No scheme a browser would answer with its own dialog: the session comes from the sign-in page.
        response.setHeader("WWW-Authenticate", "Session realm=\"Tremplin\"");
        response.setHeader("Cache-Control", "no-store");
    }

    static boolean isStaffApi(HttpServletRequest request) {
        // The decoded path without path parameters, as the security constraint matched it ("/api;x=1/staff/..." too).
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith(STAFF_API);
    }
}
