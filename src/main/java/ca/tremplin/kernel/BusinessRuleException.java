package ca.tremplin.kernel;

import java.util.Locale;

/**
 * A request that breaks a rule the person can understand and fix ("this e-mail already has an account").
 * Carries a bundle key and its arguments, never a finished sentence, so that the message is shown in the
 * language of whoever sees it.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, for a caller that reports the same refusal in its own terms. */
    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    public String localizedMessage(Locale locale) {
        return Messages.get(locale, messageKey, arguments);
    }
}
