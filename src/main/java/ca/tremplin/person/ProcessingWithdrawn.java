package ca.tremplin.person;

/**
 * A person withdrew their consent to the processing of their applications at a centre ({@link ConsentRegister#append}
 * recorded it): what the applications' feature still holds for them to send — a step's news waiting in the outbox —
 * must not leave. Fired in the transaction that records the withdrawal.
 */
public record ProcessingWithdrawn(long tenantId, long leadId) {
}
