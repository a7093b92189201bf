package ca.tremplin.event;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.web.LanguagePreference;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The page an event e-mail's "give up my seat" link opens ({@code inscription.xhtml?token=}): it names the event,
 * its time and the address, and cancels only when the person presses the button. An unknown link answers 404. For a
 * person on the waiting list (the link of its mail), the page is about leaving the list, and says their position.
 */
@Named
@ViewScoped
public class RegistrationCancelPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationCancellations cancellations;

    @Inject
    LanguagePreference language;

    @Inject
    HttpServletRequest request;

    @Inject
    PageMessages messages;

    private String token;
    private RegistrationCancellations.View view;

    /** View action. */
    public void load() {
        if (view == null) {
            view = cancellations.view(token, request.getRemoteAddr(), language.getLocale());
        }
    }

    /** Cancels, then opens the page again at its own address (post-redirect-get: a reload sends nothing again). */
    public String cancel() {
        try {
            view = cancellations.cancel(token, request.getRemoteAddr(), language.getLocale());
            return "/inscription.xhtml?faces-redirect=true&includeViewParams=true";
        } catch (RateLimitedException limited) {
            messages.rateLimited(limited);
        } catch (BusinessRuleException refused) {
            messages.explain(refused);
        }
        return null;
    }

    public RegistrationCancellations.View getView() {
        return view;
    }

    /**
     * The page offers its button: a seat or a place on the waiting list still held, at an event neither over nor
     * cancelled, by a person not recorded as present (whose seat was used).
     */
    public boolean isGivingUpOffered() {
        return !view.cancelled() && !view.over() && !view.came();
    }

    /** The page speaks of the waiting list: the person is on it, or left it. */
    public boolean isAboutWaitingList() {
        return view.waiting() || view.leftWaitingList();
    }

    public String getTitle() {
        return view.title(language.getLocale());
    }

    public String getEventPage() {
        return request.getContextPath() + view.page(language.getLocale());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
