package ca.tremplin.leadimport;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** What a column of an imported file can hold, with the header names it goes by in the known exports. */
public enum ImportField {
    FIRST_NAME("first name", "firstname", "prenom", "given name"),
    LAST_NAME("last name", "lastname", "nom de famille", "surname", "family name"),
    /** One column with the whole name (Teams): split at the first space when there is no first/last name. */
    FULL_NAME("name", "full name", "user name (original name)", "nom", "nom complet", "participant"),
    EMAIL("email", "e-mail", "email address", "courriel", "adresse courriel", "adresse e-mail", "mail"),
    PHONE("phone", "cell phone", "mobile phone", "telephone", "home phone", "work phone", "mobile"),
    COUNTRY("country/region name", "country", "country/region", "pays", "home country"),
    /** "Yes"/"No" (Zoom): whether the person came. */
    ATTENDED("attended", "present"),
    CONSENT_CONTACT("consent to contact", "consentement contact"),
    CONSENT_NEWS("consent to news", "newsletter", "consentement nouvelles");

    private final List<String> headers;

    ImportField(String... headers) {
        this.headers = List.of(headers);
    }

    /** True when a header names this field ("E-mail", "Courriel", "Email Address"...). */
    public boolean isNamedBy(String header) {
        return headers.contains(normalize(header));
    }

    static String normalize(String header) {
        String text = header == null ? "" : header.replace("\uFEFF", "").strip();
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }
}
