package ca.tremplin.pipeline;

import ca.tremplin.inquiry.ReplyTemplate;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.mail.MailContent;
import ca.tremplin.person.MailingConsents;
import ca.tremplin.pipeline.BulkEmailRules.Addressee;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.unsubscribe.BulkMail;
import ca.tremplin.unsubscribe.Unsubscriptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A bulk e-mail worked out for the people chosen, at one moment: who receives it and who is left out and why (by
 * {@link BulkEmailRules}: no address, unsubscribed, then the person's CASL standing), the version each recipient reads,
 * and their message as composed for sending. The preview and the sending are both made from it, so that what a
 * recruiter previews is what goes out. Plain code: the consents, unsubscriptions and programs it reads are given to it.
 */
final class BulkEmailing {

    /** How many people of each group left out the preview names; the others are counted. */
    static final int NAMES_SHOWN = 10;

    private final List<Addressee> stillListed;
    private final BulkEmailRules.Audience<Addressee> audience;
    private final ReplyTemplate template;
    private final ReplyTemplate otherLanguage;
    private final Tenant sender;
    private final String recruiter;
    private final Function<Locale, String> centreName;
    private final Map<Long, String[]> asked;

    /**
     * @param stillListed   the leads chosen that are still in the list, in the order of their ids (the sending's)
     * @param standing      each one's CASL standing at the time of sending
     * @param unsubscribed  the addresses (normalised) unsubscribed from the centre's bulk e-mail
     * @param otherLanguage the version for those who read its language, or null: everyone gets {@code template}
     * @param askedAbout    for the recipients' ids, the program each asked the centre about last, its French and English
     *                      titles, for {@code {programTitle}}
     */
    BulkEmailing(List<Addressee> stillListed, Map<Long, MailingConsents.Standing> standing, Set<String> unsubscribed,
                 ReplyTemplate template, ReplyTemplate otherLanguage, Tenant sender, String recruiter,
                 Function<Locale, String> centreName, Function<List<Long>, Map<Long, String[]>> askedAbout) {
        if (otherLanguage != null && otherLanguage.getLanguage().equals(template.getLanguage())) {
            throw new BusinessRuleException("leads.otherLanguageSame");
        }
        if (sender.getMailingAddress() == null || sender.getMailingAddress().isBlank()) {
            // CASL: a bulk e-mail names its sender's mailing address; without one, none goes out.
            throw new BusinessRuleException("leads.bulkNeedsMailingAddress");
        }
        this.stillListed = List.copyOf(stillListed);
        this.template = template;
        this.otherLanguage = otherLanguage;
        this.sender = sender;
        this.recruiter = recruiter;
        this.centreName = centreName;
        this.audience = BulkEmailRules.audience(this.stillListed, unsubscribed, standing);
        this.asked = askedAbout.apply(audience.recipients().stream().map(Addressee::id).toList());
    }

    /** Those who receive it, in the order of their ids. */
    List<Addressee> recipients() {
        return audience.recipients();
    }

    /**
     * The names of those left out, in the order of their ids: not those at the address of someone who receives it,
     * whom the message reaches there.
     */
    List<String> leftOutNames() {
        Set<Addressee> reachedThere = new HashSet<>(audience.leftOutBy().getOrDefault(BulkEmailRules.SAME_ADDRESS,
                List.of()));
        Set<Addressee> receiving = new HashSet<>(audience.recipients());
        return stillListed.stream().filter(person -> !receiving.contains(person) && !reachedThere.contains(person))
                .map(Addressee::name).toList();
    }

    /**
     * How many are left out for each reason, the leads of {@code chosen} no longer in the list (merged into another
     * record, or erased) counted under a reason of their own.
     */
    Map<String, Integer> whyLeftOut(Collection<Long> chosen) {
        Map<String, Integer> why = audience.whyLeftOut();
        int gone = gone(chosen);
        if (gone > 0) {
            why.put(LeadListService.GONE, gone);
        }
        return why;
    }

    private int gone(Collection<Long> chosen) {
        return Math.max(0, new HashSet<>(chosen).size() - stillListed.size());
    }

    /** The version a recipient reads, merged for them. */
    BulkEmailRules.Merged mergedFor(Addressee person) {
        return BulkEmailRules.merge(BulkEmailRules.versionFor(person.language(), template, otherLanguage),
                person.firstName(), person.lastName(), recruiter, centreName,
                asked.getOrDefault(person.id(), new String[3]));
    }

    /**
     * The message to one recipient, as CASL wants it: merged for them, and ending with the centre's name, its mailing
     * address and {@code unsubscribe}, a link of the message's language.
     */
    MailContent composedFor(Addressee person, Function<String, Unsubscriptions.Link> unsubscribe) {
        BulkEmailRules.Merged message = mergedFor(person);
        return BulkMail.compose(person.email(), message.subject(), message.body(), message.language(), sender,
                unsubscribe.apply(message.languageTag()));
    }

    /**
     * The preview of this sending: who receives it, who is left out by why with the first {@link #NAMES_SHOWN} of each
     * reason named, and for each version the message its first recipient receives, with {@code shownLink} for the
     * unsubscribe link and {@code withFooter} adding what the outbox adds to every message.
     */
    BulkEmailPreview preview(List<Long> chosen, long templateId, Long otherLanguageId,
                             Function<String, Unsubscriptions.Link> shownLink, UnaryOperator<MailContent> withFooter) {
        List<BulkEmailPreview.LeftOut> leftOut = new ArrayList<>();
        audience.leftOutBy().forEach((reason, people) -> leftOut.add(new BulkEmailPreview.LeftOut(reason,
                people.size(), people.stream().limit(NAMES_SHOWN)
                        .map(person -> new BulkEmailPreview.Named(person.id(), person.name())).toList())));
        int gone = gone(chosen);
        if (gone > 0) {
            leftOut.add(new BulkEmailPreview.LeftOut(LeadListService.GONE, gone, List.of()));
        }
        // By the version each reads, the first recipient's version first.
        Map<String, List<Addressee>> byVersion = new LinkedHashMap<>();
        for (Addressee person : recipients()) {
            byVersion.computeIfAbsent(BulkEmailRules.versionFor(person.language(), template, otherLanguage)
                    .getLanguage(), any -> new ArrayList<>()).add(person);
        }
        List<BulkEmailPreview.Version> versions = new ArrayList<>();
        byVersion.forEach((language, readers) -> {
            Addressee first = readers.get(0);
            MailContent shown = withFooter.apply(composedFor(first, shownLink));
            versions.add(new BulkEmailPreview.Version(language, readers.size(), first.name(), shown.recipient(),
                    shown.subject(), shown.text()));
        });
        return new BulkEmailPreview(chosen.stream().distinct().sorted().toList(), templateId, otherLanguageId,
                recipients().stream().map(Addressee::id).toList(), List.copyOf(leftOut), List.copyOf(versions));
    }
}
