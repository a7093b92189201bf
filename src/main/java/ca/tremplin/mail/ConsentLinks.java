package ca.tremplin.mail;

/**
 * The link to a person's consent preferences that every e-mail to them ends with (Law 25, CASL: they withdraw any
 * purpose from any message). The preferences feature, above the outbox, knows who is a person a centre follows and
 * implements it ({@code preferences.PreferenceLinks}).
 */
public interface ConsentLinks {

    /** A new link for this recipient, in the caller's transaction; null when no centre follows that address. */
    String linkFor(String recipient);

    /**
     * The link {@link #linkFor} would give this recipient, its token shown as "…", nothing written (a preview of a
     * message); null when no centre follows that address.
     */
    String shownLinkFor(String recipient);

    /**
     * A new link to the consents of {@code person} (a person under 14), for the parent or guardian who consented for
     * them: the one link that gives such a consent again; the page opens in {@code language}, the mail's (a parent
     * opens it in a browser of their own, which has no language chosen for the site).
     */
    String guardianLinkFor(String person, java.util.Locale language);
}
