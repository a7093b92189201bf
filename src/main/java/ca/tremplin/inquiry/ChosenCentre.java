package ca.tremplin.inquiry;

import ca.tremplin.kernel.MissingValue;
import java.util.Locale;

/**
 * The centre a person chose on the form (its page's "request information" link carries it), as the coordination's
 * queue and request page name it: the centre's name in the reader's language, the address's name it was given by when
 * no centre has it any longer, "—" when the person chose none.
 */
final class ChosenCentre {

    private ChosenCentre() {
    }

    static String named(String slug, String nameFr, String nameEn, Locale language) {
        if (slug == null) {
            return MissingValue.MARK;
        }
        if (nameFr == null) {
            return slug;
        }
        return ca.tremplin.kernel.Languages.isEnglish(language) && nameEn != null ? nameEn : nameFr;
    }
}
