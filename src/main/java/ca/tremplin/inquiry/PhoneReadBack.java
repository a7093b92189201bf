package ca.tremplin.inquiry;

import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.PhoneNumbers;
import ca.tremplin.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;

/**
 * What the public forms (information request, event registration, application) say of a phone number typed without
 * its country code: how it was read with the country of residence, "+212 6 12 34 56 78" for "06 12 34 56 78" and
 * Morocco. A French mobile is written the same way and is just as valid there, so the reading is kept and shown —
 * beside the field when the form comes back, and on the confirmation — for the person to correct it. When the
 * form knows a citizenship in whose country the number is valid too, the other reading is given to copy.
 */
@Named
@RequestScoped
public class PhoneReadBack {

    @Inject
    LanguagePreference language;

    /** Beside the field: the reading, and what to write for another country; empty when there is nothing to say. */
    public String beside(String typed, String country, String citizenship) {
        return beside(typed, country, citizenship, language.getLocale());
    }

    /** On the confirmation: the number as it was recorded, when it was typed without its country code. */
    public String confirmation(String typed, String country) {
        return confirmation(typed, country, language.getLocale());
    }

    static String beside(String typed, String country, String citizenship, Locale locale) {
        Optional<String> read = PhoneNumbers.readNationally(typed, country);
        if (read.isEmpty()) {
            return "";
        }
        Optional<String> other = citizenship == null || citizenship.equals(country) ? Optional.empty()
                : PhoneNumbers.readNationally(typed, citizenship);
        return other.isPresent()
                ? Messages.get(locale, "forms.phoneReadOr", read.get(), countryName(country, locale),
                        countryName(citizenship, locale), other.get())
                : Messages.get(locale, "forms.phoneRead", read.get(), countryName(country, locale));
    }

    static String confirmation(String typed, String country, Locale locale) {
        return PhoneNumbers.readNationally(typed, country)
                .map(read -> Messages.get(locale, "forms.phoneReadSent", read, countryName(country, locale)))
                .orElse("");
    }

    private static String countryName(String code, Locale locale) {
        return new Locale("", code).getDisplayCountry(locale);
    }
}
