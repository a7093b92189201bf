package ca.tremplin.showcase;

import ca.tremplin.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The guardian's page ({@code /vitrine-tuteur.xhtml?token=}): read the profile, confirm consent. */
@Named
@RequestScoped
public class GuardianPage {

    @Inject
    GuardianConsents consents;

    @Inject
    LanguagePreference language;

    @Inject
    HttpServletRequest request;

    private String token;
    private GuardianConsents.ForGuardian profile;
    private boolean confirmed;

    public void load() {
        if (!confirmed) {
            profile = consents.open(token);
        }
    }

    public void confirm() {
        consents.confirm(token, request.getRemoteAddr());
        confirmed = true;
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
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
