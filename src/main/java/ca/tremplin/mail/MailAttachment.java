package ca.tremplin.mail;

/** A file sent with an e-mail: its name as the recipient sees it, its MIME type and its bytes. */
public record MailAttachment(String fileName, String contentType, byte[] content) {
}
