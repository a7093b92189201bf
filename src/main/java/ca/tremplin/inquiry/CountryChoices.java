package ca.tremplin.inquiry;

import ca.tremplin.web.LanguagePreference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The country menus of the public forms, ready-made per language. Given as {@link SelectItem}s rather than
 * {@code f:selectItems var=...}, Faces evaluates no expression per country: with two menus of 250 countries,
 * rendering and checking a submitted form otherwise evaluated a thousand expressions each time.
 */
@Named
@ApplicationScoped
public class CountryChoices {

    private final Map<Locale, List<SelectItem>> byLanguage = new ConcurrentHashMap<>();

    @Inject
    LanguagePreference language;

    /** Every country in the page's language, sorted as that language sorts. */
    public List<SelectItem> getItems() {
        return byLanguage.computeIfAbsent(language.getLocale(), locale -> Country.all(locale).stream()
                .map(country -> new SelectItem(country.code(), country.name()))
                .toList());
    }
}
