package ca.tremplin.mail;

import ca.tremplin.kernel.AfterCommit;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where features post e-mail. {@link #enqueue} joins the caller's transaction: the message exists exactly
 * when the change that caused it is committed. Once that transaction commits, the dispatcher is asked for a round at
 * once, so that an acknowledgement leaves within the second rather than at its next scheduled round.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<MailFooters> footers;

    @Inject
    Instance<ConsentLinks> consentLinks;

    @Inject
    Instance<UndeliverableAddresses> undeliverable;

    @Inject
    OutboxDispatcher dispatcher;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage enqueue(Long tenantId, MailContent content) {
        return post(tenantId, content, null);
    }

    /**
     * The message as {@link #enqueue} would post it, the sender's footer after its text, its consent link's token
     * shown as "…"; nothing is written: a preview of what a person will receive, the link being each one's own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public MailContent preview(Long tenantId, MailContent content) {
        String link = consentLinks.isResolvable() ? consentLinks.get().shownLinkFor(content.recipient()) : null;
        return withFooter(tenantId, content, link);
    }

    /**
     * Asks the dispatcher for a round after the caller's transaction commits, once per transaction however many
     * messages it posts (a bulk e-mail posts thousands). Nothing is asked if it rolls back: no message then exists.
     */
    void dispatchOnceCommitted() {
        if (transactions.getResource(Outbox.class) != null) {
            return;
        }
        transactions.putResource(Outbox.class, Boolean.TRUE);
        AfterCommit.run(transactions, dispatcher::roundNow);
    }

    /** The message with the sender's footer, its consents link a new one of the recipient's. */
    private MailContent withItsFooter(Long tenantId, MailContent content) {
        String link = consentLinks.isResolvable() ? consentLinks.get().linkFor(content.recipient()) : null;
        return withFooter(tenantId, content, link);
    }

    /**
     * The message with the sender's footer after its text: its person in charge of personal information, then, for a
     * person a centre follows, {@code link}, to their consent preferences.
     */
    private MailContent withFooter(Long tenantId, MailContent content, String link) {
        // A message written in one language (its HTML says which) gets its footer and the consent page in that
        // language; another gets both lines, and the page in French.
        java.util.Locale language = languageOf(content.html());
        String officer = footers.isResolvable() ? footers.get().footer(tenantId, language) : null;
        String preferences = link == null || language == null ? link
                : link + "&lang=" + Languages.code(language);
        String footer = Stream.of(officer, preferences == null ? null : language != null
                        ? Messages.get(language, "mail.preferencesFooter", preferences)
                        : Messages.get(Languages.FRENCH, "mail.preferencesFooter",
                        preferences) + "\n" + Messages.get(Languages.ENGLISH,
                        "mail.preferencesFooter", preferences))
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("\n"));
        if (footer.isEmpty()) {
            return content;
        }
        String text = content.text() + "\n\n-- \n" + footer;
        String html = content.html();
        if (html != null) {
            String escaped = HtmlText.escape(footer).replace("\n", "<br>");
            String paragraph = "<p style=\"font-size:12px;color:#555\">"
                    + (preferences == null ? escaped : HtmlText.linking(escaped, preferences)) + "</p>";
            html = beforeBodyEnd(html, paragraph);
        }
        return new MailContent(content.recipient(), content.subject(), text, html, content.attachment(),
                content.oneClickUnsubscribe(), content.sentByStaff());
    }

    /**
     * The HTML with {@code paragraph} just before its last {@code </body>}, in any case, else at its end. Looked for in
     * the HTML itself: a lower-cased copy can be longer than the original ("İ" lower-cases to two characters), and a
     * place found in it would cut the original elsewhere, or past its end.
     */
    static String beforeBodyEnd(String html, String paragraph) {
        int end = -1;
        for (int at = html.lastIndexOf('<'); at >= 0; at = at == 0 ? -1 : html.lastIndexOf('<', at - 1)) {
            if (html.regionMatches(true, at, "</body>", 0, "</body>".length())) {
                end = at;
                break;
            }
        }
        return end < 0 ? html + paragraph : html.substring(0, end) + paragraph + html.substring(end);
    }

    private static final java.util.regex.Pattern HTML_LANGUAGE =
            java.util.regex.Pattern.compile("<html[^>]*\\blang=\"(fr|en)[^\"]*\"", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The language a message's HTML declares ({@code <html lang="en">}), or null. */
    static java.util.Locale languageOf(String html) {
        if (html == null) {
            return null;
        }
        java.util.regex.Matcher declared = HTML_LANGUAGE.matcher(html);
        return declared.find() ? Languages.fromTag(declared.group(1).toLowerCase(java.util.Locale.ROOT)) : null;
    }

    /**
     * As {@link #enqueue(Long, MailContent)}, the message held until {@code leavesAt}: until then {@link #withdraw}
     * takes it back, and nobody ever receives it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage enqueueHeld(Long tenantId, MailContent content, java.time.Instant leavesAt) {
        return post(tenantId, content, java.util.Objects.requireNonNull(leavesAt));
    }

    private OutboxMessage post(Long tenantId, MailContent content, java.time.Instant leavesAt) {
        // An earlier message to the address bounced: this one waits for staff to correct or confirm it, and gets its
        // footer when it leaves (releaseHeld), for the address it leaves for: its consents link names an address.
        boolean held = tenantId != null && undeliverable.isResolvable()
                && undeliverable.get().undeliverable(tenantId, content.recipient());
        OutboxMessage message = new OutboxMessage(tenantId, held ? content : withItsFooter(tenantId, content),
                clock.instant());
        if (leavesAt != null) {
            message.holdUntil(leavesAt);
        }
        if (held) {
            message.hold();
        }
        em.persist(message);
        if (content.attachment() != null) {
            // The message's key is known once persisted (the database numbers it): its file is filed under it.
            em.persist(new OutboxAttachment(message.getId(), content.attachment().content()));
        }
        dispatchOnceCommitted();
        return message;
    }

    /**
     * Takes back a message not sent yet (held, or waiting for the mail server): it is deleted, and nothing of it
     * leaves. Returns false when it has gone already (sent, given up, or no longer in the outbox). The row is locked
     * first: a round sending it at this very moment is waited for, and then it has gone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean withdraw(long messageId) {
        OutboxMessage message = em.find(OutboxMessage.class, messageId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (message == null || (message.getStatus() != OutboxStatus.PENDING
                && message.getStatus() != OutboxStatus.HELD)) {
            return false;
        }
        em.remove(message);
        return true;
    }

    /**
     * As {@link #withdraw}, a message given up too, which an admin could queue again ({@link UndeliveredMail#sendAgain}):
     * what it said is no longer true, and nobody is to receive it. Returns false when it was sent or is gone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean withdrawUnsent(long messageId) {
        OutboxMessage message = em.find(OutboxMessage.class, messageId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getStatus() == OutboxStatus.SENT) {
            return false;
        }
        em.remove(message);
        return true;
    }

    /**
     * Takes back the centre's bulk e-mail (a message with a one-click unsubscribe address) to these addresses that has
     * not left: waiting for the mail server, or given up, which an admin could queue again
     * ({@link UndeliveredMail#sendAgain}). A person who unsubscribed receives none of it afterwards, whatever outage
     * held it back. {@code addresses} in lower case, each spelling of a domain given; a message being sent at this
     * moment is waited for, and then it has left. Returns how many were taken back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int withdrawBulkMail(long tenantId, java.util.Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return 0;
        }
        // The column's collation, which ignores case and accents, finds the rows by its index; each is then kept by
        // its address exactly: "andre@" is not "andré@".
        return em.createNativeQuery("delete from outbox_message where tenant_id = :centre"
                        + " and one_click_unsubscribe is not null and status in ('PENDING', 'FAILED', 'HELD')"
                        + " and recipient in (:addresses) and lower(recipient) collate utf8mb4_bin in (:addresses)")
                .setParameter("centre", tenantId).setParameter("addresses", addresses).executeUpdate();
    }

    /**
     * Whether the message left for its recipient: sent, not given up, nor withdrawn or erased from the outbox. What
     * a feature counts as told once {@link #withdraw} found it gone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean sent(long messageId) {
        OutboxMessage message = em.find(OutboxMessage.class, messageId);
        return message != null && message.getStatus() == OutboxStatus.SENT;
    }

    /**
     * The centre's mail held for {@code address} (its domain in Unicode, as a person's key has it), oldest first: what
     * the person's page lists while the address is held undeliverable.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.List<HeldMail> held(long tenantId, String address) {
        return em.createQuery("select new ca.tremplin.mail.HeldMail(m.id, m.subject, m.createdAt)"
                        + " from OutboxMessage m where m.tenantId = :centre and m.status = :held"
                        + " and m.recipient = :address order by m.createdAt, m.id", HeldMail.class)
                .setParameter("centre", tenantId).setParameter("held", OutboxStatus.HELD)
                .setParameter("address", OutboxMessage.keptSpelling(address)).getResultList();
    }

    /**
     * Sends the centre's mail held for {@code formerAddress} to {@code address}: the same one, confirmed by staff, or
     * the one they corrected it to. Due now, with its whole time before it, and its footer written now for
     * {@code address} (held mail is written without one): the person's consents link opens their consents at the
     * address the message reaches, and the person in charge of personal information is the one named today. Returns
     * how many were released.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int releaseHeld(long tenantId, String formerAddress, String address) {
        java.util.List<OutboxMessage> held = em.createQuery("select m from OutboxMessage m where m.tenantId = :centre"
                        + " and m.status = :held and m.recipient = :address", OutboxMessage.class)
                .setParameter("centre", tenantId).setParameter("held", OutboxStatus.HELD)
                .setParameter("address", OutboxMessage.keptSpelling(formerAddress))
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
        String kept = OutboxMessage.keptSpelling(formerAddress);
        int released = 0;
        for (OutboxMessage message : held) {
            if (message.getRecipient().equalsIgnoreCase(kept)) {
                message.release(withItsFooter(tenantId, new MailContent(address, message.getSubject(),
                        message.getBodyText(), message.getBodyHtml())), clock.instant());
                released++;
            }
        }
        if (released > 0) {
            dispatchOnceCommitted();
        }
        return released;
    }

    /** As {@link #enqueue(Long, MailContent)}, with one file attached (an .ics invitation, a receipt...). */
    public OutboxMessage enqueue(Long tenantId, MailContent content, MailAttachment attachment) {
        return enqueue(tenantId, content.attaching(attachment));
    }
}
