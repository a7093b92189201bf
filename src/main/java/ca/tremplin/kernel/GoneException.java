package ca.tremplin.kernel;

/**
 * A public page that existed and no longer offers anything (an offer filled or closed, a program withdrawn, a showcase
 * profile withdrawn): said as such, with status 410 and what to do next, rather than "this page does not exist" to
 * someone who followed a link they were sent. The message key says what is gone, in the reader's language; the next
 * step is the list of what is still offered of the same kind (the open offers unless said otherwise). The pages of a
 * centre closed since are gone too ({@link #CENTRE_CLOSED}); a page that was never public is not found (404).
 */
public class GoneException extends RuntimeException {

    /** Where the page sends the reader next: a link's text (a message key) and its address in each language. */
    public record Next(String labelKey, String frenchPath, String englishPath) implements java.io.Serializable {

        /** The open offers, the next step of an offer or an application gone. */
        public static final Next OFFERS = new Next("error.gone.offers", "/fr/offres", "/en/offers");

        public String path(java.util.Locale language) {
            return Languages.isEnglish(language) ? englishPath : frenchPath;
        }
    }

    /**
     * What every page of a school service centre the coordinating organisation closed says (its own page, its
     * programs, offers, events and showcase profiles that were public): the centre no longer presents anything here.
     */
    public static final String CENTRE_CLOSED = "error.gone.centreClosed";

    private final String messageKey;
    private final transient Next next;

    public GoneException(String messageKey) {
        this(messageKey, Next.OFFERS);
    }

    public GoneException(String messageKey, Next next) {
        super(messageKey);
        this.messageKey = messageKey;
        this.next = next;
    }

    public String messageKey() {
        return messageKey;
    }

    public Next next() {
        return next;
    }
}
