package ca.tremplin.tenant;

import ca.tremplin.kernel.Languages;
import java.io.Serializable;
import java.util.Locale;

/**
 * The person in charge of the protection of personal information that a centre (or the coordinating organisation)
 * publishes (Law 25): name, title (in French, and in English when written), e-mail and phone. A centre that has named no one answers for itself: its name and
 * its contact address stand in, as the law makes its highest authority responsible by default.
 */
public record PrivacyContact(String nameFr, String nameEn, String title, String titleEn, String email, String phone)
        implements Serializable {

    public static PrivacyContact of(Tenant tenant) {
        boolean named = tenant.getPrivacyOfficerName() != null && !tenant.getPrivacyOfficerName().isBlank();
        String email = tenant.getPrivacyOfficerEmail() != null ? tenant.getPrivacyOfficerEmail()
                : tenant.getContactEmail();
        return new PrivacyContact(named ? tenant.getPrivacyOfficerName() : tenant.localizedName(Languages.FRENCH),
                named ? tenant.getPrivacyOfficerName() : tenant.localizedName(Languages.ENGLISH),
                blankToNull(tenant.getPrivacyOfficerTitle()), blankToNull(tenant.getPrivacyOfficerTitleEn()),
                blankToNull(email),
                blankToNull(tenant.getPrivacyOfficerPhone()));
    }

    /** "Name, title <e-mail>, phone", whichever of them are known, in the reader's language. */
    public String line(Locale locale) {
        boolean english = Languages.isEnglish(locale);
        String name = english ? nameEn : nameFr;
        StringBuilder line = new StringBuilder(name == null ? "" : name);
        String shownTitle = english && titleEn != null ? titleEn : title;
        if (shownTitle != null) {
            line.append(", ").append(shownTitle);
        }
        if (email != null) {
            line.append(" <").append(email).append('>');
        }
        if (phone != null) {
            line.append(", ").append(phone);
        }
        return line.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
