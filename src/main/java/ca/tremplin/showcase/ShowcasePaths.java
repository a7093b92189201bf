package ca.tremplin.showcase;

import ca.tremplin.catalog.SearchText;
import ca.tremplin.kernel.Languages;
import java.util.Locale;

/** The showcase's addresses: the public gallery and profiles in each language, the private pages, the photos. */
public final class ShowcasePaths {

    public static final String FRENCH_GALLERY = "/fr/vitrine";
    public static final String ENGLISH_GALLERY = "/en/showcase";
    public static final String PHOTOS = "/vitrine-photo/";
    public static final String CLICKS = "/vitrine-lien/";

    private ShowcasePaths() {
    }

    public static String gallery(Locale locale) {
        return Languages.isEnglish(locale) ? ENGLISH_GALLERY : FRENCH_GALLERY;
    }

    /** A profile's page: its id, then the name only to read well ({@code /fr/vitrine/12-amina}). */
    public static String profile(Locale locale, long id, String displayName) {
        String slug = displayName == null ? "" : SearchText.slug(displayName).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return gallery(locale) + "/" + id + (slug.isEmpty() ? "" : "-" + (slug.length() > 40 ? slug.substring(0, 40)
                : slug));
    }

    public static String posting(String invitationToken, Locale locale) {
        return "/vitrine-publier.xhtml?invitation=" + invitationToken + "&lang=" + Languages.code(locale);
    }

    public static String ownerPage(String token, Locale locale) {
        return "/vitrine-profil.xhtml?token=" + token + "&lang=" + Languages.code(locale);
    }

    public static String guardianPage(String token, Locale locale) {
        return "/vitrine-tuteur.xhtml?token=" + token + "&lang=" + Languages.code(locale);
    }

    public static String photo(String key, int width) {
        return PHOTOS + key + "/" + width + ".jpg";
    }

    /** A counted link from a profile to its program, its trade's offers or the information form. */
    public static String click(long profileId, ClickTarget target, Locale locale) {
        return CLICKS + profileId + "/" + target.name().toLowerCase(Locale.ROOT) + "?" + ShowcaseClickServlet.LANGUAGE + "=" + Languages.code(locale);
    }
}
