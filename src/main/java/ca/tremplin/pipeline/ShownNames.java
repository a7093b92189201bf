package ca.tremplin.pipeline;

import ca.tremplin.kernel.Messages;
import ca.tremplin.person.PersonErasure;
import ca.tremplin.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * A person's name as the back office's lists show it ({@code #{shownNames.of(row.firstName(), row.lastName(),
 * row.id())}}): as written, or, for a person whose names were erased (each replaced by {@link PersonErasure#MARKER}),
 * "Personne effacée (n° 63)" in the reader's language rather than "— —"; a person without a name (an imported list
 * knew their e-mail alone), "Sans nom (n° 53)".
 */
@Named
@RequestScoped
public class ShownNames {

    @Inject
    LanguagePreference language;

    public String of(String firstName, String lastName, Long id) {
        return of(firstName, lastName, id, language.getLocale());
    }

    static String of(String firstName, String lastName, Long id, Locale locale) {
        if (PersonErasure.MARKER.equals(firstName) && PersonErasure.MARKER.equals(lastName)) {
            return Messages.get(locale, "person.erasedName", id == null ? 0L : id);
        }
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        // Someone a list knew by e-mail alone: a link of no words could be neither read nor reached by keyboard.
        return name.isEmpty() ? Messages.get(locale, "person.unnamed", id == null ? 0L : id) : name;
    }
}
