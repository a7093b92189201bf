package ca.tremplin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Builds the "Français / English" links of the page header: the current address plus {@code lang=...}. */
@Named
@RequestScoped
public class LanguageLinks {

    @Inject
    HttpServletRequest request;

    private String frenchTwin;
    private String englishTwin;

    /** Pages whose address differs by language (/fr/programmes, /en/programs) name both versions. */
    public void twins(String frenchAddress, String englishAddress) {
        this.frenchTwin = frenchAddress;
        this.englishTwin = englishAddress;
    }

    public String getFrenchTwin() {
        return frenchTwin;
    }

    public String getEnglishTwin() {
        return englishTwin;
    }

    public String to(String language) {
        String twin = "en".equals(language) ? englishTwin : frenchTwin;
        String current = twin != null ? request.getContextPath() + twin : LanguageSwitchFilter.addressWithout(request);
        return current + (current.contains("?") ? "&" : "?") + LanguageSwitchFilter.PARAMETER + "=" + language;
    }
}
