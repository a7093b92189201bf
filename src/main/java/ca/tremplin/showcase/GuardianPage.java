package ca.tremplin.showcase;

import ca.tremplin.web.LanguagePreference;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The guardian's page ({@code /vitrine-tuteur.xhtml?token=}): read the profile, confirm consent, or withdraw it. */
@Named
@ViewScoped
public class GuardianPage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GuardianConsents consents;

    @Inject
    LanguagePreference language;

    @Inject
    HttpServletRequest request;

    private String token;
    private GuardianConsents.ForGuardian profile;
    private boolean confirmed;
    private boolean withdrawn;

    public void load() {
        // Kept with the view: its forms (to consent, or to withdraw) are those the guardian was shown.
        if (!confirmed && !withdrawn) {
            profile = consents.open(token);
        }
    }

    public void confirm() {
        consents.confirm(token, request.getRemoteAddr());
        confirmed = true;
    }

    public void withdraw() {
        consents.withdraw(token, language.getLocale(), request.getRemoteAddr());
        withdrawn = true;
    }

    public String getCentre() {
        return ca.tremplin.kernel.Languages.isEnglish(language.getLocale()) ? profile.centreEn() : profile.centreFr();
    }

    public String getConsentText() {
        return ca.tremplin.person.ConsentTexts.showcase(ca.tremplin.person.ConsentTexts.SHOWCASE_GUARDIAN_VERSION,
                language.getLocale()).text();
    }

    public GuardianConsents.ForGuardian getProfile() { return profile; }
    public boolean isConfirmed() { return confirmed; }
    public boolean isWithdrawn() { return withdrawn; }

    /** The sentence the guardian confirms by withdrawing: what withdrawal does. */
    public String getWithdrawalText() {
        return ca.tremplin.person.ConsentTexts.showcase(ca.tremplin.person.ConsentTexts.SHOWCASE_GUARDIAN_WITHDRAWAL_VERSION,
                language.getLocale()).text();
    }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
