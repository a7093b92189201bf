package ca.tremplin.pipeline;

import ca.tremplin.inquiry.ReplyTemplate;
import ca.tremplin.kernel.Languages;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.person.Lead;
import ca.tremplin.person.MailingConsents;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a bulk e-mail decides for each person chosen: whether they receive it or why not, which version they read, and
 * the subject and body merged for them. The preview and the sending both decide here, so that the count and the
 * message a recruiter previews are the ones that go out.
 */
final class BulkEmailRules {

    private BulkEmailRules() {
    }

    /**
     * Why a person is left out, as a message key, or null when they receive the message: no address, then unsubscribed
     * from the centre's bulk e-mail, then their CASL standing at the time of sending — read by the one rule of who may
     * be written to ({@code person.ConsentStandings}, bulk e-mail's kind), so that the lead list's file says "consent
     * given" of exactly the people this lets through.
     */
    static String whyLeftOut(String emailNormalized, Set<String> unsubscribed, MailingConsents.Standing standing) {
        if (emailNormalized == null) {
            return "casl.noEmail";
        }
        if (unsubscribed.contains(emailNormalized)) {
            return "casl.unsubscribed";
        }
        return standing.allowsBulkMail() ? null : standing.messageKey();
    }

    /** Why a person is left out whose address another person chosen before them receives the message at. */
    static final String SAME_ADDRESS = "leads.leftOut.sameAddress";

    /**
     * The mailbox an address is, however its key was written: the key with its domain in Unicode, so that a key V76
     * kept in ASCII ("awa@xn--cole-9oa.ca", a record kept apart from the one at "awa@école.ca") is the same mailbox.
     */
    static String mailbox(String emailNormalized) {
        return ContactDetails.normalizeEmail(emailNormalized);
    }

    /**
     * The people chosen, split by {@link #whyLeftOut}, and of those who would receive the message at one mailbox
     * ({@link #mailbox}) — two records of one person, two people sharing an address — the first in the order given
     * (the sending's) only, the others left out as {@link #SAME_ADDRESS}: one message per address and sending, whatever
     * the number of records the centre holds there.
     *
     * @param standing each one's CASL standing at the time of sending, by id
     */
    static Audience<Addressee> audience(List<Addressee> chosen, Set<String> unsubscribed,
                                        Map<Long, MailingConsents.Standing> standing) {
        Set<String> mailboxes = new HashSet<>();
        return audience(chosen, person -> {
            String why = whyLeftOut(person.emailNormalized(), unsubscribed, standing.get(person.id()));
            return why == null && !mailboxes.add(mailbox(person.emailNormalized())) ? SAME_ADDRESS : why;
        }, Addressee::name);
    }

    /** The version a person gets: the other language's for those who read it, the template for everyone else. */
    static ReplyTemplate versionFor(String personLanguage, ReplyTemplate template, ReplyTemplate otherLanguage) {
        return otherLanguage != null && otherLanguage.getLanguage().equals(personLanguage) ? otherLanguage : template;
    }

    /** A message merged for one person, in the language of its version. */
    record Merged(String subject, String body, Locale language) {

        /** "fr" or "en": the language the unsubscribe page opens in. */
        String languageTag() {
            return Languages.code(language);
        }
    }

    /**
     * The version merged for one person. {@code asked}: the program they asked this centre about last, its French and
     * English titles (either may be null), for {@code {programTitle}}; {@code schoolBoard}: the centre's name in a
     * language.
     */
    static Merged merge(ReplyTemplate version, String firstName, String lastName, String recruiter,
                        Function<Locale, String> schoolBoard, String[] asked) {
        Locale language = Locale.forLanguageTag(version.getLanguage());
        Map<String, String> fields = new LinkedHashMap<>();
        // A person with one name only is greeted by it ("Bonjour {firstName},").
        fields.put("firstName", ContactDetails.addressedAs(firstName, lastName));
        fields.put("lastName", lastName);
        fields.put("recruiter", recruiter);
        fields.put("schoolBoard", schoolBoard.apply(language));
        fields.put("programTitle", ReplyTemplate.programTitle(
                Languages.isEnglish(language) && asked[1] != null ? asked[1] : asked[0], language));
        // A long name merged in is cut to what a subject holds, not a failure of the whole sending.
        String subject = ca.tremplin.kernel.ShortenedText.of(ReplyTemplate.merge(version.getSubject(), fields),
                ca.tremplin.mail.OutboxMessage.SUBJECT_MAX);
        return new Merged(subject, ReplyTemplate.merge(version.getBody(), fields), language);
    }

    /**
     * The people chosen, split: those who receive the message, in the order given, and the others by why, each reason
     * with its people in the order given, the reasons in the order they first came.
     */
    record Audience<T>(List<T> recipients, Map<String, List<T>> leftOutBy, List<String> leftOut) {

        /** How many are left out for each reason. */
        Map<String, Integer> whyLeftOut() {
            Map<String, Integer> why = new LinkedHashMap<>();
            leftOutBy.forEach((reason, people) -> why.put(reason, people.size()));
            return why;
        }
    }

    static <T> Audience<T> audience(List<T> chosen, Function<T, String> whyLeftOut, Function<T, String> name) {
        List<T> recipients = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        Map<String, List<T>> by = new LinkedHashMap<>();
        for (T person : chosen) {
            String reason = whyLeftOut.apply(person);
            if (reason == null) {
                recipients.add(person);
            } else {
                leftOut.add(name.apply(person));
                by.computeIfAbsent(reason, any -> new ArrayList<>()).add(person);
            }
        }
        return new Audience<>(recipients, by, leftOut);
    }

    /**
     * A person chosen for a bulk e-mail as its rules read them, apart from the entity: what decides whether they
     * receive it, which version they read, and what is merged into it.
     *
     * @param language "fr" or "en": the language of their request, registration or application
     */
    record Addressee(long id, String firstName, String lastName, String email, String emailNormalized,
                     String language) {

        static Addressee of(Lead lead) {
            return new Addressee(lead.getId(), lead.getFirstName(), lead.getLastName(), lead.getEmail(),
                    lead.getEmailNormalized(), lead.getLanguage());
        }

        String name() {
            return ContactDetails.fullName(firstName, lastName);
        }
    }
}
