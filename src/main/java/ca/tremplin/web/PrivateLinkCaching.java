package ca.tremplin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The pages a visitor opens by a link mailed to them, or fills for themselves — their applicant's file, their
 * preferences, an unsubscribing, an access request, an interview's answer, a registration's cancelling, the application
 * form, a password's reset —: {@value PublicPageCaching#KEPT_BY_NOBODY} (web.xml maps them). Each shows what one person
 * gave or was sent (a name, an address, documents) and most carry a form's view state: a browser shared by a family, a
 * class or a library must not keep them for the next person's Back button, as the showcase's private pages are not
 * kept.
 */
public class PrivateLinkCaching extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PublicPageCaching.keptByNobody(response);
        chain.doFilter(request, response);
    }
}
