package ca.tremplin.person;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a person's consent register means now, worked out from its lines alone (no database, so the rules are
 * tested as plain code): the consent in force for each purpose, and whether the centre's bulk e-mail may reach them.
 */
public final class ConsentStandings {

    private ConsentStandings() {
    }

    /**
     * For each purpose the register mentions, its latest line: the consent in force. On a tie (times are kept to the
     * second) a change comes after a form's line, and changes keep the order they were given in.
     */
    public static Map<ConsentPurpose, ConsentEntry> current(Collection<ConsentEntry> register) {
        Map<ConsentPurpose, ConsentEntry> latest = new EnumMap<>(ConsentPurpose.class);
        register.stream().sorted(Comparator.comparing(ConsentEntry::at).thenComparing(line -> line.channel() != null))
                .forEach(line -> latest.put(line.purpose(), line));
        return latest;
    }

    /**
     * Whether the person's word in force on being contacted is yes: a consent given and not withdrawn since. A refusal
     * on a later form or list (an attendee list's "contact: no") takes it back no more than an unticked box does; only
     * a withdrawal does, as the person said it or staff recorded it.
     */
    public static boolean contactAgreed(Collection<ConsentEntry> register) {
        ConsentEntry inForce = contactInForce(register);
        return inForce != null && inForce.granted();
    }

    /**
     * Whether the person's word on being contacted is no: a withdrawal not taken back, or, from a person who never
     * agreed, the refusal of the form or the list they came from. A refusal after a consent given before is not one.
     */
    public static boolean contactDeclined(Collection<ConsentEntry> register) {
        ConsentEntry inForce = contactInForce(register);
        return inForce != null ? !inForce.granted()
                : register.stream().anyMatch(line -> line.purpose() == ConsentPurpose.CONTACT && !line.granted());
    }

    /**
     * Where the person stands on being written to, from their register and, when they unsubscribed from the centre's
     * mailings, the moment they did ({@code unsubscribedAt}, else null), by the rules the platform's own bulk e-mail
     * follows ({@link #standing}), implied consent lapsing for a consent given before {@code lapsedBefore}. A no
     * comes first, each with when it was said: a withdrawal of being contacted; else the refusal of the form or list
     * they came from ({@link #contactDeclined}), its latest; else an unsubscription or a withdrawal of news,
     * whichever was said first when both stand — unless the person asked to be contacted since the last of them, by
     * a request whose implied consent has not lapsed: they may be answered, not sent mailings. Then a consent in
     * force: news, which does not lapse, since it was given; else consent implied by a request, a registration or an
     * application, since the latest. Else a consent that lapsed, since the day it did; else none.
     */
    public static EmailContact emailContact(Collection<ConsentEntry> register, Instant unsubscribedAt,
                                            Instant lapsedBefore) {
        ConsentEntry contact = contactInForce(register);
        if (contact != null && !contact.granted()) {
            return new EmailContact(EmailContact.Standing.WITHDRAWN, contact.at());
        }
        if (contact == null && contactDeclined(register)) {
            return new EmailContact(EmailContact.Standing.REFUSED, register.stream()
                    .filter(line -> line.purpose() == ConsentPurpose.CONTACT).map(ConsentEntry::at)
                    .max(Comparator.naturalOrder()).orElseThrow());
        }
        ConsentEntry news = current(register.stream().filter(line -> line.purpose() == ConsentPurpose.NEWS
                && (line.granted() || line.withdrawal())).toList()).get(ConsentPurpose.NEWS);
        Instant newsWithdrawn = news != null && news.withdrawal() ? news.at() : null;
        if (newsWithdrawn != null || unsubscribedAt != null) {
            Instant first = newsWithdrawn == null ? unsubscribedAt
                    : unsubscribedAt == null || newsWithdrawn.isBefore(unsubscribedAt) ? newsWithdrawn : unsubscribedAt;
            Instant last = newsWithdrawn == null ? unsubscribedAt
                    : unsubscribedAt == null || newsWithdrawn.isAfter(unsubscribedAt) ? newsWithdrawn : unsubscribedAt;
            if (contact != null && contact.at().isAfter(last) && !contact.at().isBefore(lapsedBefore)) {
                return new EmailContact(EmailContact.Standing.CONSENTED_NO_MAILINGS, contact.at());
            }
            return new EmailContact(EmailContact.Standing.UNSUBSCRIBED, first);
        }
        if (news != null) {
            return new EmailContact(EmailContact.Standing.CONSENTED, news.at());
        }
        Instant implied = register.stream().filter(line -> line.granted() && line.purpose() != ConsentPurpose.NEWS)
                .map(ConsentEntry::at).max(Comparator.naturalOrder()).orElse(null);
        if (implied == null) {
            return EmailContact.NONE;
        }
        return !implied.isBefore(lapsedBefore) ? new EmailContact(EmailContact.Standing.CONSENTED, implied)
                : new EmailContact(EmailContact.Standing.LAPSED, MailingConsents.lapsesAt(implied));
    }

    /** The latest consent or withdrawal of being contacted, refusals on forms and lists aside. */
    private static ConsentEntry contactInForce(Collection<ConsentEntry> register) {
        return current(register.stream().filter(line -> line.purpose() == ConsentPurpose.CONTACT
                && (line.granted() || line.withdrawal())).toList()).get(ConsentPurpose.CONTACT);
    }

    /**
     * CASL at the time of sending. A withdrawal of news, or of being contacted at all, that is still the latest word
     * on that purpose leaves the person out, whatever implied consent a later form would give: only a news consent
     * given again ends it. Otherwise news consent in force is express and does not lapse; consent implied by a
     * request, a registration or an application lasts until {@code lapsedBefore} plus six months. A person who never
     * agreed is {@code REFUSED} when they said no on the form or the list they came from, else {@code NONE}.
     */
    public static MailingConsents.Standing standing(Collection<ConsentEntry> register, Instant lapsedBefore) {
        if (register.isEmpty()) {
            return MailingConsents.Standing.NONE;
        }
        Map<ConsentPurpose, ConsentEntry> current = current(register.stream()
                .filter(line -> line.granted() || line.withdrawal()).toList());
        ConsentEntry news = current.get(ConsentPurpose.NEWS);
        ConsentEntry contact = current.get(ConsentPurpose.CONTACT);
        if (news != null && news.withdrawal()
                || contact != null && contact.withdrawal() && (news == null || news.at().isBefore(contact.at()))) {
            return MailingConsents.Standing.WITHDRAWN;
        }
        if (news != null && news.granted()) {
            return MailingConsents.Standing.EXPRESS;
        }
        boolean implied = register.stream().anyMatch(line -> line.granted() && line.purpose() != ConsentPurpose.NEWS
                && !line.at().isBefore(lapsedBefore));
        boolean any = register.stream().anyMatch(ConsentEntry::granted);
        if (implied) {
            return MailingConsents.Standing.IMPLIED;
        }
        return any ? MailingConsents.Standing.LAPSED
                : contactDeclined(register) ? MailingConsents.Standing.REFUSED : MailingConsents.Standing.NONE;
    }
}
