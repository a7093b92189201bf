package ca.tremplin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The "page expired" answer ({@code WEB-INF/errors/expired.xhtml}): a form sent from a page the server no longer
 * holds (its session ended, or the server restarted) is the visitor's request gone stale, not a failure of ours. The
 * container shows the page for the exception with status 500; the page answers 400 instead, so that monitoring does
 * not count a sign-in form left open overnight as a server error.
 */
@Named
@RequestScoped
public class ExpiredPage {

    public void answer() {
        FacesContext.getCurrentInstance().getExternalContext()
                .setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
}
