package ca.tremplin.security;

import ca.tremplin.tenant.TenantContext;
import ca.tremplin.web.AccessLogFilter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * Resolves the tenant once per request, from the signed-in account, and binds it for Hibernate. Anonymous
 * requests are bound to no tenant, which matches no tenant-owned row. An account deactivated since it
 * signed in (or whose centre was closed), whose password was changed or reset since, or whose role changed, is signed
 * out here, on its next request: a page goes to the sign-in page, which says why; the staff API answers 401.
 */
public class TenantRequestFilter extends HttpFilter {

    /** Request attributes read by the access log, which must not touch CDI or personal data. */

    @Inject
    StaffDirectory staff;

    @Inject
    SignedInUser signedInUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal == null || isStaticResource(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
            refusedAfterPromotion(request, response, principal, chain);
            return;
        }
        Optional<StaffDirectory.ActiveStaff> active = parseId(principal.getName())
                .flatMap(staff::findActiveAcrossAllTenants);
        if (active.isEmpty() || !signedInUser.credentialsStillValid(active.get().account())) {
            endSession(request, response, "ended=true");
            return;
        }
        if (signedInUser.roleChangedSinceSignIn(active.get().account())) {
            endSession(request, response, "roleChanged=true");
            return;
        }
        signedInUser.refresh(active.get().account(), active.get().tenant());
        request.setAttribute(AccessLogFilter.TENANT_ATTRIBUTE, active.get().tenant().getSlug());
        request.setAttribute(AccessLogFilter.USER_ATTRIBUTE, active.get().account().getId());
        try (TenantContext.Scope ignored = TenantContext.enterRequest(active.get().tenant().getId())) {
            chain.doFilter(request, response);
        }
    }

    /**
     * A page the security constraints of web.xml refused never reached this filter as a request: a recruiter promoted
     * while signed in, who opens an admin's page first, would be told it is forbidden. A session whose role changed
     * since its sign-in is sent to sign in again instead, as from any other page; every other error page is shown.
     * The staff API keeps its 403 problem document.
     */
    private void refusedAfterPromotion(HttpServletRequest request, HttpServletResponse response, Principal principal,
                                       FilterChain chain) throws IOException, ServletException {
        Object status = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE);
        Object refused = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        boolean page = refused == null || !refused.toString().startsWith(request.getContextPath() + "/api/");
        if (page && Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status) && !response.isCommitted()) {
            Optional<StaffDirectory.ActiveStaff> active = parseId(principal.getName())
                    .flatMap(staff::findActiveAcrossAllTenants);
            if (active.isPresent() && signedInUser.roleChangedSinceSignIn(active.get().account())) {
                signOut(request);
                response.resetBuffer();
                response.setStatus(HttpServletResponse.SC_FOUND);
                response.setHeader("Location", request.getContextPath() + "/signin.xhtml?roleChanged=true");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Signs the session out and sends a page to the sign-in page, which says why ({@code reason}). A call to the staff
     * API is answered 401 with its problem document instead, as one without a session is ({@link
     * StaffApiUnauthorized}): a fair's tablet or a script would follow the redirect to an HTML page answered 200 and
     * take it for its answer.
     */
    private void endSession(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException, ServletException {
        signOut(request);
        if (StaffApiUnauthorized.isStaffApi(request)) {
            StaffApiUnauthorized.answerSignInRequired(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/signin.xhtml?" + reason);
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }

    private static Optional<Long> parseId(String name) {
        try {
            return Optional.of(Long.parseLong(name));
        } catch (NumberFormatException notAnAccountId) {
            return Optional.empty();
        }
    }

    private void signOut(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
