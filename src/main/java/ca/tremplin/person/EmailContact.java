package ca.tremplin.person;

import java.time.Instant;

/**
 * Where a person stands on being written to by e-mail, as a list of people handed out of Tremplin says it: whoever
 * reads the list may write from any mail program, where nothing leaves out those who said no, nor those whose consent
 * lapsed. {@code since} is when what stands began: when the person said it, or, for a consent that lapsed, the day it
 * did (null when there is no consent at all). Worked out by {@link ConsentStandings#emailContact}, the rule every
 * mail of the platform follows ({@link ConsentStandings.Mail}): "consent given" of exactly the people its bulk e-mail
 * reaches, "do not write" of the people whose no stops even the answers to their requests.
 */
public record EmailContact(Standing standing, Instant since) {

    /** A person who gave no consent to be written to: never asked, or never said yes. */
    public static final EmailContact NONE = new EmailContact(Standing.NONE, null);

    public enum Standing {
        /**
         * Agreed to the centre's news, or to be contacted by a request, a registration or an application less than
         * six months ago, and has not taken it back (or said yes again since).
         */
        CONSENTED,
        /**
         * Unsubscribed from the centre's mailings (or withdrew their consent to its news), then asked to be contacted
         * by a request less than six months ago: they may be answered, never sent mailings.
         */
        CONSENTED_NO_MAILINGS,
        /** Consent implied by a request, a registration or an application, given more than six months ago. */
        LAPSED,
        /** No consent: never asked, or never said yes. */
        NONE,
        /** Withdrew their consent to be contacted, and has not said yes since (to being contacted, or to news). */
        WITHDRAWN,
        /** Said no to being contacted on the form or the list they came from, having never agreed before. */
        REFUSED,
        /** Unsubscribed from the centre's mailings, or withdrew their consent to its news. */
        UNSUBSCRIBED;

        /** Whether the centre's bulk e-mail may reach the person: a consent in force, not lapsed, not taken back. */
        public boolean allowsMailings() {
            return this == CONSENTED;
        }

        /** Whether the person said no: nobody may write to them from a list. */
        public boolean saidNo() {
            return this == WITHDRAWN || this == REFUSED || this == UNSUBSCRIBED;
        }

        /**
         * Whether the person said no to being contacted at all ({@link ConsentStandings#contactDeclined}), not only
         * to mailings: nobody may call them either, nor answer them by e-mail ({@link ConsentStandings.Mail#REPLY}).
         */
        public boolean declinedContact() {
            return this == WITHDRAWN || this == REFUSED;
        }

        public String messageKey() {
            return "emailContact." + name();
        }
    }
}
