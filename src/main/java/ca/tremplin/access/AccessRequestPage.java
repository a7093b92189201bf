package ca.tremplin.access;

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
 * {@code /acces.xhtml}: without a token, the form where a person asks for their data; with the token of the link
 * e-mailed to them, each centre that holds them, its deadline, and a download per centre.
 */
@Named
@ViewScoped
public class AccessRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccessRequests requests;

    @Inject
    LanguagePreference language;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    private String token;
    private String email;
    private boolean asked;
    private AccessView view;

    /** View action: opening the link proves the address. */
    public void load() {
        if (token != null && !token.isBlank() && view == null) {
            // A brake met here answers 429 with the time to wait (web.ErrorStatusFilter).
            view = requests.open(token, request.getRemoteAddr());
        }
    }

    public void ask() {
        try {
            requests.ask(email, language.getLocale(), request.getRemoteAddr());
            asked = true;
        } catch (BusinessRuleException broken) {
            messages.explain(broken, "access:email");
        } catch (RateLimitedException limited) {
            messages.rateLimited(limited);
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isAsked() { return asked; }
    public AccessView getView() { return view; }
}
