package ca.tremplin.inquiry;

import ca.tremplin.kernel.Messages;
import java.util.Locale;

/** One refused field of a request: its name (as in the JSON document) and a bundle key saying why. */
public record FieldProblem(String field, String messageKey, Object... arguments) {

    public String message(Locale locale) {
        return Messages.get(locale, messageKey, arguments);
    }
}
