package ca.tremplin.mail;

/**
 * An e-mail ready to go: one recipient, a subject, a plain-text body, an optional HTML twin, an optional
 * attachment (an event's calendar file, for instance), for bulk e-mail the address that unsubscribes the
 * recipient in one click (sent as the {@code List-Unsubscribe} header, RFC 8058), and whether a member of staff sends
 * it themselves ({@link #bySomeoneOfStaff}): every other message is the application's own, marked
 * {@code Auto-Submitted: auto-generated} (RFC 3834).
 */
public record MailContent(String recipient, String subject, String text, String html, MailAttachment attachment,
                          String oneClickUnsubscribe, boolean sentByStaff) {

    public MailContent(String recipient, String subject, String text, String html) {
        this(recipient, subject, text, html, null, null, false);
    }

    public MailContent(String recipient, String subject, String text, String html, MailAttachment attachment,
                       String oneClickUnsubscribe) {
        this(recipient, subject, text, html, attachment, oneClickUnsubscribe, false);
    }

    /** The same message with a file attached. */
    public MailContent attaching(MailAttachment file) {
        return new MailContent(recipient, subject, text, html, file, oneClickUnsubscribe, sentByStaff);
    }

    /** The same message to another of the person's addresses (the one they typed this time). */
    public MailContent to(String address) {
        return new MailContent(address, subject, text, html, attachment, oneClickUnsubscribe, sentByStaff);
    }

    /** The same message, which mail programs offer to unsubscribe from through this address (a POST). */
    public MailContent unsubscribedBy(String oneClickAddress) {
        return new MailContent(recipient, subject, text, html, attachment, oneClickAddress, sentByStaff);
    }

    /**
     * The same message, sent by a member of staff who wrote or chose it — a reply to a request, a bulk e-mail —: not
     * automatic mail, so without {@code Auto-Submitted}, which RFC 3834 keeps for mail no person sent.
     */
    public MailContent bySomeoneOfStaff() {
        return new MailContent(recipient, subject, text, html, attachment, oneClickUnsubscribe, true);
    }
}
