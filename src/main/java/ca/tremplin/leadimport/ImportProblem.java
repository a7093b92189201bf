package ca.tremplin.leadimport;

import ca.tremplin.kernel.Messages;
import java.util.Locale;

/** Why a file (or one of its rows) cannot be imported: a message key of the bundles and its arguments. */
public class ImportProblem extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ImportProblem(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The values the message names (a line number, a size). */
    public Object[] arguments() {
        return arguments.clone();
    }

    public String localizedMessage(Locale locale) {
        return Messages.get(locale, messageKey, arguments);
    }
}
