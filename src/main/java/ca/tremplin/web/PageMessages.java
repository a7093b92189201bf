package ca.tremplin.web;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** Adds messages to the current page, in the visitor's language, from bundle keys. */
@RequestScoped
public class PageMessages {

    @Inject
    LanguagePreference language;

    public java.util.Locale locale() {
        return language.getLocale();
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    /**
     * A message for one part of a page that has several forms, under a key its own list shows
     * ({@code <p:messages for="key" forType="key"/>}) and the page's main list leaves out ({@code forIgnores}), so
     * that it appears once, beside the form it concerns.
     */
    public void infoAt(String key, String messageKey, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, messageKey, arguments);
    }

    public void errorAt(String key, String messageKey, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, messageKey, arguments);
    }

    /** Shows the rule that was broken, next to a field when one is named. */
    public void explain(BusinessRuleException broken, String fieldClientId) {
        FacesContext.getCurrentInstance().addMessage(fieldClientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                broken.localizedMessage(language.getLocale()), null));
    }

    public void explain(BusinessRuleException broken) {
        explain(broken, null);
    }

    /** Too many attempts in a short time: when to try again, in whole minutes. */
    public void rateLimited(ca.tremplin.kernel.RateLimitedException limited) {
        error("rateLimited", limited.retryAfterMinutes());
    }

    /** Messages survive the redirect that follows a successful form (post-redirect-get). */
    public void keepForNextPage() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(severity, Messages.get(language.getLocale(), key, arguments), null));
    }
}
