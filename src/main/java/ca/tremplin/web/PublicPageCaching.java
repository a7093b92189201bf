package ca.tremplin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a cache may keep of a public page (the home page, the catalogue, a program, a centre, the offers, the events,
 * the showcase), said by the filter that maps the page's address, before it forwards to the view.
 *
 * <p>A page that only shows something, to a visitor who is not signed in: {@value #SHOWN}. The browser may keep it for
 * the Back button, and asks again each time it shows it, so that a program archived, an offer filled or an event full
 * is seen as it is now. Never a shared cache (a proxy, a CDN): each answer carries its own script nonce (the Content
 * Security Policy), which a shared cache would hand to everyone, and may set the visitor's campaign cookie; nor a
 * validator (ETag, Last-Modified), since the nonce makes each answer different.
 *
 * <p>A page with a form whose answer depends on what the page held — an event's registration (a view state and the
 * form's submission token), the information form (its token) —, and any page a signed-in member of staff opens:
 * {@value #KEPT_BY_NOBODY}. A form shown again from a cache would post the token of a request already sent, which is
 * answered with that first receipt (a second person's registration lost), or a view state the server no longer holds;
 * a staff member's page stays in no browser once they signed out.
 *
 * <p>An error's answer (404, 410, 429, 503) says {@code no-store}, which {@link ErrorStatusFilter} sets over these.
 */
public final class PublicPageCaching {

    /** A page that only shows, to an anonymous visitor. */
    public static final String SHOWN = "private, no-cache";

    /** A page with a form's state, or a page opened by someone signed in. */
    public static final String KEPT_BY_NOBODY = "private, no-store";

    private PublicPageCaching() {
    }

    /** A page that only shows what is public: the home, the catalogue, a program, a centre, an offer, the events. */
    public static void shown(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", request.getUserPrincipal() == null ? SHOWN : KEPT_BY_NOBODY);
    }

    /** A page whose form carries a view state or a submission token, or that shows what one person gave. */
    public static void keptByNobody(HttpServletResponse response) {
        response.setHeader("Cache-Control", KEPT_BY_NOBODY);
    }
}
