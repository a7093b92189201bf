package ca.tremplin.mail;

/** A file sent with an e-mail: its name as the recipient sees it, its MIME type and its bytes. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    /**
     * The largest file a message carries: 7 MB unless {@code TREMPLIN_MAIL_ATTACHMENT_MAX_MB} says otherwise, at most
     * 15 (what the outbox's column holds). Written into a message, a file grows by a third (base64): 7 MB make a
     * message of under 10 MB, which most relays take (Postfix's default limit). A feature that may attach more checks
     * {@link #fits} first, and says so rather than leaving a message no relay will take.
     */
    public static final long MOST_BYTES = Math.min(15, Math.max(1, Long.parseLong(
            System.getenv().getOrDefault("TREMPLIN_MAIL_ATTACHMENT_MAX_MB", "7").strip()))) * 1_000_000L;

    /** Whether a file of this many bytes may go as an attachment. */
    public static boolean fits(long bytes) {
        return bytes <= MOST_BYTES;
    }
}
