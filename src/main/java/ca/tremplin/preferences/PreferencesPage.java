package ca.tremplin.preferences;

import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentTexts;
import ca.tremplin.web.LanguagePreference;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The page the link at the foot of every e-mail opens: the person's consents at each centre, each withdrawn or given
 * again with one button. Opening the page changes nothing (mail filters open links to check them).
 */
@Named
@ViewScoped
public class PreferencesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsentPreferences preferences;

    @Inject
    LanguagePreference language;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    private String token;
    private PreferencesView view;

    /** View action. */
    public void load() {
        if (view == null) {
            // A brake met here answers 429 with the time to wait (web.ErrorStatusFilter).
            view = preferences.view(token, request.getRemoteAddr());
        }
    }

    public String withdraw(long tenantId, ConsentPurpose purpose) {
        return change(tenantId, purpose, false, "preferences.withdrawn");
    }

    public String give(long tenantId, ConsentPurpose purpose) {
        return change(tenantId, purpose, true, "preferences.given");
    }

    /** Then back to the page's own address, its private link in it (see ApplicantFilePage.send). */
    private String change(long tenantId, ConsentPurpose purpose, boolean given, String done) {
        try {
            view = preferences.change(token, tenantId, purpose, given, request.getRemoteAddr(), language.getLocale());
            // Said with the consent it is about: a page may list several, for several centres.
            messages.info(done, ca.tremplin.kernel.Messages.get(language.getLocale(), purpose.yourMessageKey()));
        } catch (RateLimitedException limited) {
            messages.rateLimited(limited);
        } catch (ca.tremplin.kernel.BusinessRuleException refused) {
            messages.explain(refused);
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/consentements.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /** The sentence a person agrees to by giving this consent: recorded word for word. */
    public String consentText(ConsentPurpose purpose) {
        return forGuardian() ? ConsentTexts.onBehalf(purpose, true, language.getLocale()).text()
                : ConsentTexts.of(purpose, language.getLocale()).text();
    }

    /** The sentence recorded when the person withdraws it. */
    public String withdrawalText(ConsentPurpose purpose) {
        return forGuardian() ? ConsentTexts.onBehalf(purpose, false, language.getLocale()).text()
                : ConsentTexts.withdrawal(purpose, language.getLocale()).text();
    }

    /** Whether the link was mailed to a parent or guardian: the sentences are theirs, for the person. */
    private boolean forGuardian() {
        return view != null && view.forGuardian();
    }

    public PreferencesView getView() {
        return view;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
