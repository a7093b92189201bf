package ca.tremplin.mail;

public enum OutboxStatus {
    PENDING,
    SENT,
    /**
     * Given up: refused for good by the mail server, an address no mail server could take, or not sent within
     * {@link OutboxMessage#GIVE_UP_AFTER}; the last error says why. An admin may queue it again
     * ({@link UndeliveredMail}).
     */
    FAILED
}
