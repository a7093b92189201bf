package ca.tremplin.person;

import java.time.Instant;

/**
 * Where a person stands on being written to by e-mail, as a list of people handed out of Tremplin says it: whoever
 * reads the list may write from any mail program, where nothing leaves out those who said no. {@code since} is when
 * the person said what stands (null when they were never asked). Worked out by {@link ConsentStandings#emailContact}.
 */
public record EmailContact(Standing standing, Instant since) {

    /** A person nobody asked, and who said nothing of being contacted. */
    public static final EmailContact NEVER_ASKED = new EmailContact(Standing.NEVER_ASKED, null);

    public enum Standing {
        /** Agreed to be contacted (or to the centre's news), and has not taken it back. */
        CONSENTED,
        /** Never asked, and never said either way. */
        NEVER_ASKED,
        /** Withdrew their consent to be contacted, and has not given it again. */
        WITHDRAWN,
        /** Said no to being contacted on the form or the list they came from, having never agreed before. */
        REFUSED,
        /** Unsubscribed from the centre's mailings, or withdrew their consent to its news. */
        UNSUBSCRIBED;

        /** Whether the person said no: nobody may write to them from a list. */
        public boolean saidNo() {
            return this == WITHDRAWN || this == REFUSED || this == UNSUBSCRIBED;
        }

        /**
         * Whether the person said no to being contacted at all ({@link ConsentStandings#contactDeclined}), not only
         * to mailings: nobody may call them either.
         */
        public boolean declinedContact() {
            return this == WITHDRAWN || this == REFUSED;
        }

        public String messageKey() {
            return "emailContact." + name();
        }
    }
}
