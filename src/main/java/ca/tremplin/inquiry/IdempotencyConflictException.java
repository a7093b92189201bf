package ca.tremplin.inquiry;

/** An idempotency key already used for a different request: the caller must pick a new key. */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException() {
        super("Idempotency key reused with a different request");
    }
}
