package ca.tremplin.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers the page being rendered with a permanent redirect: for a public address that moved (a program, an
 * offer or its centre renamed), so that links already shared, and search engines, lead to the new one for good.
 */
public final class MovedPermanently {

    private MovedPermanently() {
    }

    /**
     * @param path the new address within the application, e.g. "/fr/offres/css-du-fjord/garage-mecanicien"; the
     *             query of the old one goes with it, so that a campaign's link printed before keeps its
     *             attribution ({@code ?utm_source=…})
     */
    public static void to(HttpServletRequest request, String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        // The public addresses reach their pages through a forward (CatalogAddressFilter): the query asked for is
        // the one the forward kept.
        String query = (String) request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_QUERY_STRING);
        if (query == null) {
            query = request.getQueryString();
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + path
                + (query == null || query.isEmpty() ? "" : "?" + query));
        faces.responseComplete();
    }
}
