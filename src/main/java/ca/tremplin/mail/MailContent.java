package ca.tremplin.mail;

/** An e-mail ready to go: one recipient, a subject, a plain-text body and an optional HTML twin. */
public record MailContent(String recipient, String subject, String text, String html) {
}
