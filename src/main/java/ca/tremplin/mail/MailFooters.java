package ca.tremplin.mail;

/**
 * What every e-mail ends with, whoever wrote it: the sender's person in charge of personal information (Law 25),
 * which the tenant layer knows and implements ({@code tenant.PrivacyMailFooter}); the outbox sits below it.
 */
public interface MailFooters {

    /** The footer's lines for mail sent by this centre, or by the platform itself when {@code tenantId} is null. */
    String footer(Long tenantId);

    /** The same in the message's language only, when it is known (null: both languages). */
    default String footer(Long tenantId, java.util.Locale language) {
        return footer(tenantId);
    }

    /**
     * Where a reply to the centre's mail goes (its contact address), or to the coordinating organisation's for the
     * platform's own mail: mail says "simply reply to this e-mail", and the sender's address is a no-reply one.
     * Null when none is known.
     */
    default String replyAddress(Long tenantId) {
        return null;
    }
}
