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

    public String to(String language) {
        String current = LanguageSwitchFilter.addressWithout(request);
        return current + (current.contains("?") ? "&" : "?") + LanguageSwitchFilter.PARAMETER + "=" + language;
    }
}
