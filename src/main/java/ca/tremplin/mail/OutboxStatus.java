package ca.tremplin.mail;

public enum OutboxStatus {
    PENDING,
    SENT,
    /** Given up after {@link OutboxMessage#MAX_ATTEMPTS}; the last error says why. */
    FAILED
}
