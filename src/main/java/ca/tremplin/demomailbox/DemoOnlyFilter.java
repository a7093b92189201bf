package ca.tremplin.demomailbox;

import ca.tremplin.kernel.DemoMode;
import ca.tremplin.security.SignedInUser;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Guards {@code /demo/*}, the demo's own pages. Outside demo mode they do not exist: 404 for everyone, signed in or
 * not, before any page or servlet runs. In demo mode an anonymous visitor is sent to the sign-in page; who may
 * read what is then the {@link DemoMailbox}'s decision. These pages sit outside {@code /admin/} on purpose: the
 * container answers {@code /admin/} addresses with a redirect to the sign-in page before any filter could say 404.
 */
public class DemoOnlyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DemoMode demoMode;

    @Inject
    transient SignedInUser signedInUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!demoMode.isOn()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!signedInUser.isSignedIn()) {
            response.sendRedirect(request.getContextPath() + "/signin.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
