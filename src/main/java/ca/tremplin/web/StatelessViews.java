package ca.tremplin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The public pages that keep nothing between requests: their views are stateless (transient), so that neither a
 * view state nor an HTTP session is kept for each of the thousands of visitors a campaign brings. Everything a
 * form on them posts comes back with the post.
 *
 * <p>The views are marked here, as soon as they are created or restored, rather than by their {@code <f:view>}
 * alone: on a first display the view's tree is built only when it is rendered, and PrimeFaces asks for the page's
 * script nonce before that; it keeps the nonce in the view map of a view that is not (yet) stateless, and Faces
 * opens an HTTP session to hold that map. The template's {@code <f:view transient>} reads the same list.
 */
@Named
@ApplicationScoped
public class StatelessViews {

    private static final Set<String> VIEW_IDS = Set.of(
            "/index.xhtml",
            "/WEB-INF/catalog/search.xhtml",
            "/WEB-INF/catalog/program.xhtml",
            "/WEB-INF/catalog/school-board.xhtml",
            "/WEB-INF/offer/board.xhtml",
            "/WEB-INF/offer/offer.xhtml",
            "/WEB-INF/event/list.xhtml",
            "/WEB-INF/inquiry/form.xhtml",
            "/WEB-INF/showcase/gallery.xhtml",
            "/WEB-INF/showcase/profile.xhtml",
            // A sign-in page left open until the session it opened ended still signs in; a post from another
            // site's page is refused by the form itself (SignInForm), as the view state no longer does it.
            "/signin.xhtml");

    public static boolean isStateless(UIViewRoot view) {
        return view != null && VIEW_IDS.contains(view.getViewId());
    }

    /** Whether the view being built is one of them, for the template's {@code <f:view transient>}. */
    public boolean isCurrent() {
        return isStateless(FacesContext.getCurrentInstance().getViewRoot());
    }

    /** Marks the view stateless once restored (or created, on a first display), before anything asks for its map. */
    public static class Marker implements PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public void afterPhase(PhaseEvent event) {
            UIViewRoot view = event.getFacesContext().getViewRoot();
            if (isStateless(view)) {
                view.setTransient(true);
            }
        }

        @Override
        public void beforePhase(PhaseEvent event) {
        }

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }
    }
}
