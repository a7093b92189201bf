package ca.tremplin.mail;

/**
 * The addresses a centre holds as undeliverable — an earlier message to them bounced for good and staff have neither
 * corrected nor confirmed them —, to which {@link Outbox} holds new mail rather than send it. Answered by
 * {@code person.UndeliverableLeadAddresses}, which knows the people a centre follows.
 */
public interface UndeliverableAddresses {

    /** Whether mail from centre {@code tenantId} to {@code recipient} is to be held. */
    boolean undeliverable(long tenantId, String recipient);
}
