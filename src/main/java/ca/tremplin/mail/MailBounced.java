package ca.tremplin.mail;

import java.time.Instant;

/**
 * A message the outbox sent was reported undeliverable for good ({@link Bounces}): fired in the transaction that marks
 * it {@link OutboxStatus#BOUNCED}, so that what a feature keeps about the address — a lead's record — says so with it.
 * {@code recipient} is the address the outbox wrote to (its domain in Unicode, as a person's key has it); {@code
 * diagnostic} what the reporting server said, with its status code.
 */
public record MailBounced(Long tenantId, long messageId, String recipient, String status, String diagnostic,
                          Instant at) {
}
