package ca.tremplin.mail;

public enum OutboxStatus {
    PENDING,
    SENT,
    /**
     * Given up: refused for good by the mail server, an address no mail server could take, or not sent within
     * {@link OutboxMessage#GIVE_UP_AFTER}; the last error says why. An admin may queue it again
     * ({@link UndeliveredMail}).
     */
    FAILED,
    /**
     * Sent, then reported undeliverable for good by a mail server on the way (a delivery status notification, 5.x.x,
     * read by {@link Bounces}): the delivery status and diagnostic say why.
     */
    BOUNCED,
    /**
     * Not sent: written to an address a centre holds as undeliverable (an earlier message to it bounced), it waits
     * until staff correct or confirm the address ({@link Outbox#releaseHeld}), or is taken back.
     */
    HELD
}
