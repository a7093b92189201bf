package ca.tremplin.mail;

/**
 * An e-mail ready to go: one recipient, a subject, a plain-text body, an optional HTML twin, an optional
 * attachment (an event's calendar file, for instance) and, for bulk e-mail, the address that unsubscribes the
 * recipient in one click (sent as the {@code List-Unsubscribe} header, RFC 8058).
 */
public record MailContent(String recipient, String subject, String text, String html, MailAttachment attachment,
                          String oneClickUnsubscribe) {

    public MailContent(String recipient, String subject, String text, String html) {
        this(recipient, subject, text, html, null, null);
    }

    /** The same message with a file attached. */
    public MailContent attaching(MailAttachment file) {
        return new MailContent(recipient, subject, text, html, file, oneClickUnsubscribe);
    }

    /** The same message to another of the person's addresses (the one they typed this time). */
    public MailContent to(String address) {
        return new MailContent(address, subject, text, html, attachment, oneClickUnsubscribe);
    }

    /** The same message, which mail programs offer to unsubscribe from through this address (a POST). */
    public MailContent unsubscribedBy(String oneClickAddress) {
        return new MailContent(recipient, subject, text, html, attachment, oneClickAddress);
    }
}
