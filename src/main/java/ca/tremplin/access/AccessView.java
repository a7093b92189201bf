package ca.tremplin.access;

import ca.tremplin.kernel.Languages;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** What the person's page shows once their link is opened: each centre that holds them, and its deadline. */
public record AccessView(String maskedEmail, boolean expired, List<Centre> centres) implements Serializable {

    /** One centre's part of the request. */
    public record Centre(long partId, String nameFr, String nameEn, LocalDate dueOn, boolean answered)
            implements Serializable {

        public String name(Locale locale) {
            return Languages.isEnglish(locale) ? nameEn : nameFr;
        }
    }
}
