package ca.tremplin.kernel;

/**
 * A public page that existed and no longer offers anything (an offer filled or closed): said as such, with status
 * 410 and what to do next, rather than "this page does not exist" to someone who followed a link they were sent.
 * The message key says what is gone, in the reader's language.
 */
public class GoneException extends RuntimeException {

    private final String messageKey;

    public GoneException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
