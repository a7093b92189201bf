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

    /**
     * The page the form was sent from, to open again fresh: a person's file or consent page carries its private link
     * in its address, which the home page would lose. The path and query of the browser's Referer, always as an
     * address of this site (never another host); null when there is none.
     */
    public String getPageAgain() {
        jakarta.faces.context.ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String referer = context.getRequestHeaderMap().get("Referer");
        if (referer == null) {
            return null;
        }
        try {
            java.net.URI from = new java.net.URI(referer);
            String path = from.getRawPath();
            return path != null && path.startsWith(context.getRequestContextPath() + "/") && !path.startsWith("//")
                    ? path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()) : null;
        } catch (java.net.URISyntaxException unreadable) {
            return null;
        }
    }
}
