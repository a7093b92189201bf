package ca.tremplin.unsubscribe;

import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.web.LanguagePreference;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The page a bulk e-mail's unsubscribe link opens: it names the centre and the address, and unsubscribes only when
 * the person presses the button (opening the page changes nothing: mail filters open links to check them). An
 * unknown link answers 404.
 */
@Named
@ViewScoped
public class UnsubscribePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Unsubscriptions unsubscriptions;

    @Inject
    LanguagePreference language;

    @Inject
    HttpServletRequest request;

    @Inject
    PageMessages messages;

    private String token;
    private LinkView link;

    /** View action. */
    public void load() {
        if (link == null) {
            link = unsubscriptions.view(token);
        }
    }

    /**
     * Unsubscribes, then opens the page again at its own address, the link's token in it (post-redirect-get): a reload
     * sends nothing again, and the language links keep the link.
     */
    public String confirm() {
        try {
            link = unsubscriptions.unsubscribe(token, MailOptOut.Channel.PAGE, request.getRemoteAddr());
            return "/desabonnement.xhtml?faces-redirect=true&includeViewParams=true";
        } catch (RateLimitedException limited) {
            messages.rateLimited(limited);
            return null;
        }
    }

    public String getCentre() {
        return link.centre(language.getLocale());
    }

    public LinkView getLink() {
        return link;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
