package ca.tremplin.mail;

/**
 * An e-mail ready to go: one recipient, a subject, a plain-text body, an optional HTML twin and an optional
 * attachment (an event's calendar file, for instance).
 */
public record MailContent(String recipient, String subject, String text, String html, MailAttachment attachment) {

    public MailContent(String recipient, String subject, String text, String html) {
        this(recipient, subject, text, html, null);
    }

    /** The same message with a file attached. */
    public MailContent attaching(MailAttachment file) {
        return new MailContent(recipient, subject, text, html, file);
    }
}
