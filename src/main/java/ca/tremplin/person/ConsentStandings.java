package ca.tremplin.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one rule of whether a person may be written to, and what their consent register means now, worked out from its
 * lines alone (no database, so the rules are tested as plain code). Every mail to a person asks here, through
 * {@link MailingConsents}; the lead list's file says what it finds ({@link EmailContact}), so that the file says what
 * the platform does.
 *
 * <p>The person's latest word wins. Their words on being written to are, in the order they said them: a consent to
 * be contacted or an application (yes, implying consent for six months), a consent to news (yes, express), a
 * withdrawal of being contacted (no to all mail, the news asked for before it included), a withdrawal of news or an
 * unsubscription from the centre's bulk e-mail (no to mailings), and the refusal of the form or list they came from
 * (no, counted only while they had never said yes). A later yes of the person's own — a new request with the box
 * ticked, news given again — ends an earlier no and counts from the day it was said; a mailing stopped stays stopped
 * until news is given again. What an imported list says (a file, a partner's list: {@link ConsentEntry#fromList}) is
 * not the person's own word: its "yes" is held back while a no of the person's own stands, whenever the list dates
 * it.
 */
public final class ConsentStandings {

    private ConsentStandings() {
    }

    /**
     * The mail a centre sends a person, each kind following the rule of what it is; {@link #mayWrite} applies them.
     */
    public enum Mail {
        /**
         * The centre's bulk e-mail, news and invitations sent to many: commercial electronic messages (CASL, s. 6),
         * sent only with a consent in force at the time of sending — express (news asked for), or implied by a request,
         * a registration or an application less than six months old — and never after the person withdrew it or
         * unsubscribed. Exactly the people the lead list's file says "consent given" of
         * ({@link EmailContact.Standing#allowsMailings}).
         */
        BULK,
        /**
         * A reply to a request the person wrote (the inbox). Transactional: CASL asks no consent for the answer to an
         * inquiry the person made (s. 6(6)), and Law 25 lets the centre use the address for the purpose it was given
         * for. It stops only when the person's latest word on being contacted is no — withdrawn, or refused by someone
         * who never agreed ({@link EmailContact.Standing#declinedContact}); an unsubscription from the bulk e-mail, news
         * withdrawn or an implied consent lapsed concern commercial mail, not the answer they asked for.
         */
        REPLY,
        /**
         * The reminder of an event the person registered to: the registration they made, confirmed, as a reply is to
         * a request — transactional, under the same rule. (A change of time or place and a cancellation go whatever
         * was said: the person may be on their way.)
         */
        EVENT_REMINDER,
        /**
         * The applicant's own file: its private link, a step of the file announced, a document refused. The person's
         * admission file, which they asked for by applying to the centre: transactional, under the same rule.
         */
        APPLICANT_FILE
        // What an application to an offer brings (an interview's invitation, its move or cancellation, a refusal) is
        // no kind of its own: it follows that one application's processing, which the register alone cannot say
        // (processingWithdrawn, given when the application's own consent was given).
    }

    /**
     * Whether this kind of mail may go to the person now. {@code unsubscribedAt}: when they unsubscribed from the
     * centre's bulk e-mail (null if they did not); an implied consent given before {@code lapsedBefore} has lapsed.
     */
    public static boolean mayWrite(Mail kind, Collection<ConsentEntry> register, Instant unsubscribedAt,
                                   Instant lapsedBefore) {
        return switch (kind) {
            case BULK -> emailContact(register, unsubscribedAt, lapsedBefore).standing().allowsMailings();
            case REPLY, EVENT_REMINDER, APPLICANT_FILE ->
                    !emailContact(register, unsubscribedAt, lapsedBefore).standing().declinedContact();
        };
    }

    /**
     * For each purpose the register mentions, its latest line, as written. On a tie (two lines written at one
     * instant) a change comes after a form's line, and changes keep the order they were given in. What stands in force
     * is {@link #inForce}.
     */
    public static Map<ConsentPurpose, ConsentEntry> current(Collection<ConsentEntry> register) {
        Map<ConsentPurpose, ConsentEntry> latest = new EnumMap<>(ConsentPurpose.class);
        inOrder(register).forEach(line -> latest.put(line.purpose(), line));
        return latest;
    }

    /**
     * The consent in force for each purpose: its latest consent given or withdrawn — a box left unticked on a later
     * form says nothing new, a list's yes held back by a no of the person's own ({@code heldBack}) counts for
     * nothing, and neither does news asked for before a withdrawal of being contacted at all ({@code takenBack}),
     * which the sending already leaves out: the person's page would otherwise say "news accepted" to someone bulk
     * e-mail no longer reaches, and a registration with news ticked again would find it "already" given and record
     * nothing. A withdrawal of being contacted that a yes of the person's own has ended since (news given again, an
     * application) stands no more: being contacted is in force from that yes, as the mail follows it
     * ({@link #mayWrite}). What the person's consent page and the lead page show as in force.
     */
    public static Map<ConsentPurpose, ConsentEntry> inForce(Collection<ConsentEntry> register) {
        Walk walk = walk(register, null);
        Map<ConsentPurpose, ConsentEntry> inForce = asWritten(register, walk);
        ConsentEntry contact = inForce.get(ConsentPurpose.CONTACT);
        if (contact != null && contact.withdrawal() && walk.contactNo == null && walk.resumedBy != null) {
            // A withdrawal of being contacted ended by a yes of the person's own to news or by an application: the
            // mail follows that yes (their requests are answered again), so their page and the lead page say
            // "given" since that day, as the lead list's file does, rather than "withdrawn".
            ConsentEntry yes = walk.resumedBy;
            inForce.put(ConsentPurpose.CONTACT, new ConsentEntry(yes.at(), ConsentPurpose.CONTACT, true, yes.channel(),
                    yes.source(), yes.language(), yes.textVersion(), yes.textShown(), yes.note(), yes.recordedBy(),
                    yes.guardianName(), yes.fromList()));
        }
        return inForce;
    }

    /**
     * The latest line of the register in force for each purpose, as {@link #inForce} reads it but without reading a
     * withdrawal of being contacted as ended by a later yes to something else: what a form the person sends again
     * compares its boxes with. Their "yes, contact me" ticked again on a registration is their own word on being
     * contacted, recorded as such, where the page already shows contact given since their news.
     */
    public static Map<ConsentPurpose, ConsentEntry> inForceAsWritten(Collection<ConsentEntry> register) {
        return asWritten(register, walk(register, null));
    }

    private static Map<ConsentPurpose, ConsentEntry> asWritten(Collection<ConsentEntry> register, Walk walk) {
        Map<ConsentPurpose, ConsentEntry> inForce = current(register.stream().filter(line -> (line.granted()
                || line.withdrawal()) && walk.heldBack.stream().noneMatch(held -> held == line)
                && walk.takenBack.stream().noneMatch(taken -> taken == line)).toList());
        // An application sent since a withdrawal of the processing of every application covers itself alone
        // (processingWithdrawn): the withdrawal stands for those sent before it until given back for all of them, as
        // the person's page offers, rather than "given" from the day they applied elsewhere.
        inOrder(register).stream().filter(ConsentStandings::forEveryApplication).reduce((first, second) -> second)
                .filter(ConsentEntry::withdrawal)
                .ifPresent(withdrawal -> inForce.put(ConsentPurpose.APPLICATION, withdrawal));
        return inForce;
    }

    /**
     * Law 25: whether the processing of one application is on hold — no interview, no move forward, no mail about it
     * (an invitation, its move or cancellation, a refusal), its CV no longer read. It is when the person withdrew
     * their consent to the processing of their applications after the consent this application was given with
     * ({@code consentAt}: when they applied, or applied to it again), and have not given it back to all of them since
     * (their consents' page, or staff told). The consent another application was given with — one sent to another
     * offer since, or another one sent again — covers that application alone: applying elsewhere restarts nothing the
     * person stopped. A no to being contacted about their requests, which their consent page asks apart, stops
     * nothing here, and no form or list refuses it: applying gives it. A withdrawal said at the very moment the
     * application was sent came after it, as a change comes after a form's line ({@link #current}).
     */
    public static boolean processingWithdrawn(Collection<ConsentEntry> register, Instant consentAt) {
        return processing(register, consentAt).onHold();
    }

    /**
     * Where one application's processing stands, as {@link #processingWithdrawn} reads it, and since when: on hold
     * since the withdrawal that stopped it; else processed since the consent given back to every application after
     * its own, or since its own ({@code consentAt}). What the person's consents page says of each application under
     * way, where the register's one line in force ({@link #inForce}) would say "withdrawn" of an application sent, or
     * sent again, since the withdrawal.
     */
    public static Processing processing(Collection<ConsentEntry> register, Instant consentAt) {
        ConsentEntry latest = null;
        for (ConsentEntry line : inOrder(register)) {
            if (forEveryApplication(line) && !line.at().isBefore(consentAt)) {
                latest = line;
            }
        }
        return latest == null ? new Processing(false, consentAt) : new Processing(latest.withdrawal(), latest.at());
    }

    /** One application's processing: on hold (its consent withdrawn) or not, since when. */
    public record Processing(boolean onHold, Instant since) {
    }

    /**
     * Whether a line speaks of the processing of all the person's applications: a withdrawal, or the consent given back
     * from their page or told to staff — not the consent an application was sent with, on its form or by applying to
     * it again ({@link ConsentChannel#APPLICATION}), which is that application's own.
     */
    public static boolean forEveryApplication(ConsentEntry line) {
        return line.purpose() == ConsentPurpose.APPLICATION && line.channel() != null
                && (line.withdrawal() || line.channel() != ConsentChannel.APPLICATION);
    }

    /**
     * Whether the person's word in force on being contacted is yes: a consent given (to be contacted, to news, by
     * applying) and no withdrawal since. A refusal on a later list (an attendee list's "contact: no") takes it back no
     * more than an unticked box does.
     */
    public static boolean contactAgreed(Collection<ConsentEntry> register) {
        Walk walk = walk(register, null);
        return walk.agreed && walk.contactNo == null;
    }

    /**
     * Whether the person's word in force on being contacted is no: a withdrawal not taken back by a yes since, or,
     * from a person who never said yes, the refusal of the form or list they came from.
     */
    public static boolean contactDeclined(Collection<ConsentEntry> register) {
        return walk(register, null).contactNo != null;
    }

    /**
     * The no of the person's own that a list's "yes" would meet now, or null: a withdrawal of being contacted, a
     * refusal they gave themselves, or news withdrawn or an unsubscription ({@code unsubscribedAt}) not ended by news
     * given again — each as the list of people says it, with when it began. An import records no "yes" for such a
     * person and says why on the row.
     */
    public static EmailContact ownNoBeforeListYes(Collection<ConsentEntry> register, Instant unsubscribedAt) {
        Walk walk = walk(register, unsubscribedAt);
        if (walk.contactNo != null && !walk.contactNo.fromList()) {
            return new EmailContact(walk.contactNo.withdrawal() ? EmailContact.Standing.WITHDRAWN
                    : EmailContact.Standing.REFUSED, walk.contactNo.at());
        }
        Instant stopped = walk.mailingsStopped(unsubscribedAt);
        return stopped == null ? null : new EmailContact(EmailContact.Standing.UNSUBSCRIBED, stopped);
    }

    /**
     * Where the person stands on being written to, from their register and, when they unsubscribed from the centre's
     * mailings, the moment they did ({@code unsubscribedAt}, else null), implied consent lapsing for a consent given
     * before {@code lapsedBefore}. A no first, each with when it was said: a withdrawal of being contacted, or the
     * refusal of a person who never said yes, standing until a yes of theirs since; else an unsubscription or a
     * withdrawal of news, whichever was said first when both stand — unless the person asked to be contacted since the
     * last of them, by a request or an application whose implied consent has not lapsed: they may be answered, not
     * sent mailings. Then a consent in force: news, which does not lapse, since it was given; else consent implied by
     * a request, a registration or an application, since the latest. Else a consent that lapsed, since the day it
     * did; else none.
     */
    public static EmailContact emailContact(Collection<ConsentEntry> register, Instant unsubscribedAt,
                                            Instant lapsedBefore) {
        return reading(register, unsubscribedAt, lapsedBefore).contact();
    }

    /**
     * CASL at the time of sending, as the bulk e-mail says why it leaves a person out: {@link #emailContact} without
     * the unsubscription, which the sending counts apart. A consent in force is express when it is news.
     */
    public static MailingConsents.Standing standing(Collection<ConsentEntry> register, Instant lapsedBefore) {
        Reading reading = reading(register, null, lapsedBefore);
        return switch (reading.contact().standing()) {
            case CONSENTED -> reading.express() ? MailingConsents.Standing.EXPRESS : MailingConsents.Standing.IMPLIED;
            case CONSENTED_NO_MAILINGS, UNSUBSCRIBED, WITHDRAWN -> MailingConsents.Standing.WITHDRAWN;
            case REFUSED -> MailingConsents.Standing.REFUSED;
            case LAPSED -> MailingConsents.Standing.LAPSED;
            case NONE -> MailingConsents.Standing.NONE;
        };
    }

    /** Where the person stands, and whether a consent in force is express (news). */
    private record Reading(EmailContact contact, boolean express) {
    }

    private static Reading reading(Collection<ConsentEntry> register, Instant unsubscribedAt, Instant lapsedBefore) {
        Walk walk = walk(register, unsubscribedAt);
        if (walk.contactNo != null) {
            return new Reading(new EmailContact(walk.contactNo.withdrawal() ? EmailContact.Standing.WITHDRAWN
                    : EmailContact.Standing.REFUSED, walk.contactNo.at()), false);
        }
        if (walk.answersOnlySince != null) {
            return new Reading(new EmailContact(EmailContact.Standing.CONSENTED_NO_MAILINGS, walk.answersOnlySince),
                    false);
        }
        Instant firstStop = walk.mailingsStopped(unsubscribedAt);
        if (firstStop != null) {
            Instant newsWithdrawn = walk.newsWithdrawn();
            Instant lastStop = newsWithdrawn == null || unsubscribedAt != null && unsubscribedAt.isAfter(newsWithdrawn)
                    ? unsubscribedAt : newsWithdrawn;
            if (walk.asked != null && walk.asked.isAfter(lastStop) && !walk.asked.isBefore(lapsedBefore)) {
                return new Reading(new EmailContact(EmailContact.Standing.CONSENTED_NO_MAILINGS, walk.asked), false);
            }
            return new Reading(new EmailContact(EmailContact.Standing.UNSUBSCRIBED, firstStop), false);
        }
        if (walk.news != null) {
            return new Reading(new EmailContact(EmailContact.Standing.CONSENTED, walk.news.at()), true);
        }
        if (walk.asked == null) {
            return new Reading(EmailContact.NONE, false);
        }
        return new Reading(!walk.asked.isBefore(lapsedBefore)
                ? new EmailContact(EmailContact.Standing.CONSENTED, walk.asked)
                : new EmailContact(EmailContact.Standing.LAPSED, MailingConsents.lapsesAt(walk.asked)), false);
    }

    /**
     * The register read in the order it was said, the person's words on being written to kept as they stand after the
     * last. {@code contactNo}: the no to being contacted in force (a withdrawal, or a refusal); {@code news}: the
     * latest news consent or withdrawal; {@code asked}: when the person last asked to be written to by a request, a
     * registration or an application; {@code agreed}: whether they ever said yes; {@code heldBack}: the lines of a
     * list whose yes met a no of the person's own.
     */
    private static final class Walk {
        ConsentEntry contactNo;
        ConsentEntry news;
        Instant asked;
        boolean agreed;
        final List<ConsentEntry> heldBack = new ArrayList<>();
        /** The news consents a later withdrawal of being contacted took back. */
        final List<ConsentEntry> takenBack = new ArrayList<>();
        /** The yes of the person's own that ended the latest withdrawal of being contacted, while it stands. */
        ConsentEntry resumedBy;
        /**
         * When a public form's yes (a request, a registration, an application) ended the person's own withdrawal of
         * being contacted: they are answered from then on, not sent mailings, until a yes surely theirs; else null.
         */
        Instant answersOnlySince;

        Instant newsWithdrawn() {
            return news != null && news.withdrawal() ? news.at() : null;
        }

        /** When the mailings stopped, the first of news withdrawn and the unsubscription that stand; else null. */
        Instant mailingsStopped(Instant unsubscribedAt) {
            Instant newsWithdrawn = newsWithdrawn();
            return newsWithdrawn == null ? unsubscribedAt
                    : unsubscribedAt == null || newsWithdrawn.isBefore(unsubscribedAt) ? newsWithdrawn : unsubscribedAt;
        }

        /**
         * Whether a no the person said themselves stands at {@code at}: a withdrawal or a refusal of theirs of being
         * contacted, news withdrawn (always by them: the preferences page, or staff told), an unsubscription made.
         */
        boolean ownNoAt(Instant at, Instant unsubscribedAt) {
            return contactNo != null && !contactNo.fromList() || newsWithdrawn() != null
                    || unsubscribedAt != null && !unsubscribedAt.isAfter(at);
        }

        /**
         * Whether a no the person said themselves before {@code at} stands: a withdrawal of being contacted, news
         * withdrawn, an unsubscription. Not a refusal on the same form as the news it ticks (a person may refuse
         * calls and ask for news in one go), nor a no of a list.
         */
        boolean ownNoBefore(Instant at, Instant unsubscribedAt) {
            // A form's yes that just ended a withdrawal (its own line on being contacted, written with the news of the
            // same form) ended it for the answers only: the news ticked beside it waits as well.
            return answersOnlySince != null
                    || contactNo != null && contactNo.withdrawal() && !contactNo.fromList() && contactNo.at().isBefore(at)
                    || newsWithdrawn() != null && news.at().isBefore(at)
                    || unsubscribedAt != null && unsubscribedAt.isBefore(at);
        }
    }

    private static Walk walk(Collection<ConsentEntry> register, Instant unsubscribedAt) {
        Walk walk = new Walk();
        for (ConsentEntry line : inOrder(register)) {
            boolean news = line.purpose() == ConsentPurpose.NEWS;
            if (line.granted() && (news || asksToBeWrittenTo(line))) {
                if (line.fromList() && walk.ownNoAt(line.at(), unsubscribedAt)) {
                    // A file's or a partner's yes, dated by its event or its import, is not the person's word: it
                    // would reopen mail to someone who said stop.
                    walk.heldBack.add(line);
                    continue;
                }
                if (news && unconfirmed(line) && walk.ownNoBefore(line.at(), unsubscribedAt)) {
                    // News ticked on a public form after the person said stop: anyone who knows the address can tick
                    // a box. The stop stands until the person gives news again through their own link (the
                    // preferences page, which every mail to them ends with), as the acknowledgement asks them to.
                    walk.heldBack.add(line);
                    continue;
                }
                if (news) {
                    walk.news = line;
                } else {
                    walk.asked = line.at();
                }
                if (walk.contactNo != null && walk.contactNo.withdrawal()) {
                    walk.resumedBy = line;
                    // A request or an application sent in the person's name after they withdrew being contacted is
                    // answered (the answer goes to their own address), but mailings wait for a word that is surely
                    // theirs: the stranger who typed it would otherwise reopen the centre's bulk e-mail to them.
                    walk.answersOnlySince = unconfirmed(line) && !walk.contactNo.fromList() ? line.at() : null;
                } else if (!unconfirmed(line) && !line.fromList()) {
                    // A yes surely the person's own (their link, or told to staff); a list's is not.
                    walk.answersOnlySince = null;
                }
                walk.contactNo = null;
                walk.agreed = true;
            } else if (line.withdrawal() && line.purpose() == ConsentPurpose.CONTACT) {
                walk.contactNo = line;
                walk.resumedBy = null;
                walk.answersOnlySince = null;
                if (walk.news != null && walk.news.granted()) {
                    // No mail at all takes back the news asked for before: a later request to be contacted gives
                    // no news back, only news given again does.
                    walk.takenBack.add(walk.news);
                    walk.news = null;
                }
            } else if (line.withdrawal() && news) {
                walk.news = line;
            } else if (!line.granted() && !line.withdrawal() && line.purpose() == ConsentPurpose.CONTACT
                    && !walk.agreed && (walk.contactNo == null || !walk.contactNo.withdrawal())) {
                // The refusal of the form or list a person came from, having never said yes: a refusal after a
                // consent is no withdrawal, and only a withdrawal takes a consent back.
                walk.contactNo = line;
            }
        }
        return walk;
    }

    /**
     * Whether the person's latest word on being contacted — not on news — is no: a withdrawal of being contacted with
     * no yes to it since, or the refusal of the form or list they came from, having never agreed to be contacted. A
     * list's yes does not overrule a no of the person's own. The lead list's phone column is there to make lists of
     * people to call: news asked for on the same form as a "do not contact me" is a yes to e-mail, not to a call.
     */
    public static boolean contactRefused(Collection<ConsentEntry> register) {
        ConsentEntry no = null;
        boolean agreed = false;
        for (ConsentEntry line : inOrder(register)) {
            if (line.purpose() == ConsentPurpose.NEWS) {
                continue;
            }
            if (line.granted() && asksToBeWrittenTo(line)) {
                if (!(line.fromList() && no != null && !no.fromList())) {
                    no = null;
                    agreed = true;
                }
            } else if (line.withdrawal() && line.purpose() == ConsentPurpose.CONTACT) {
                no = line;
            } else if (!line.granted() && !line.withdrawal() && line.purpose() == ConsentPurpose.CONTACT && !agreed) {
                no = line;
            }
        }
        return no != null;
    }

    /**
     * When the person last asked, after {@code at}, to be written to otherwise than by giving being contacted again —
     * news given, a request or a registration with its box ticked, an application — or null: each of these ends a
     * withdrawal of being contacted said before it ({@link #mayWrite}), so that such a withdrawal, written down now
     * as said at {@code at}, would change nothing. A list's yes is not the person's word and ends nothing.
     */
    public static Instant askedToBeWrittenToSince(Collection<ConsentEntry> register, Instant at) {
        return register.stream().filter(line -> line.granted() && !line.fromList() && line.at().isAfter(at)
                        && (line.purpose() == ConsentPurpose.NEWS || asksToBeWrittenTo(line)))
                .map(ConsentEntry::at).max(Instant::compareTo).orElse(null);
    }

    /**
     * Whether a line was given on a public form — a request, a registration, an application, or one of them given
     * again ({@link ConsentChannel#EVENT}, {@link ConsentChannel#APPLICATION}) — which anyone who knows the address
     * can send, rather than through the person's own link or told to staff who wrote it down. A list's line is a
     * list's ({@link ConsentEntry#fromList}), ruled apart.
     */
    static boolean unconfirmed(ConsentEntry line) {
        return !line.fromList() && (line.channel() == null || line.channel() == ConsentChannel.EVENT
                || line.channel() == ConsentChannel.APPLICATION);
    }

    /**
     * Whether a consent given asks the centre to write: to be contacted, or an application made (on its form, or by
     * applying again) — not the consent to processing given back from the person's page, which asks nothing.
     */
    private static boolean asksToBeWrittenTo(ConsentEntry line) {
        return line.purpose() == ConsentPurpose.CONTACT || line.purpose() == ConsentPurpose.APPLICATION
                && (line.channel() == null || line.channel() == ConsentChannel.APPLICATION);
    }

    /** The lines in the order they were said; on a tie, a form's line before a change, and as given otherwise. */
    private static List<ConsentEntry> inOrder(Collection<ConsentEntry> register) {
        return register.stream().sorted(Comparator.comparing(ConsentEntry::at)
                .thenComparing(line -> line.channel() != null)).toList();
    }
}
