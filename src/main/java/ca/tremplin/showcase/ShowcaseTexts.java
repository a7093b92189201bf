package ca.tremplin.showcase;

import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentTexts;
import ca.tremplin.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The consent sentences the showcase's forms show: the very texts, and versions, the register keeps. */
@Named
@RequestScoped
public class ShowcaseTexts {

    @Inject
    LanguagePreference language;

    public String consent(String purpose) {
        return ConsentTexts.of(ConsentPurpose.valueOf(purpose), language.getLocale()).text();
    }

    public String withdrawal() {
        return ConsentTexts.showcase(ConsentTexts.SHOWCASE_WITHDRAWAL_VERSION, language.getLocale()).text();
    }
}
