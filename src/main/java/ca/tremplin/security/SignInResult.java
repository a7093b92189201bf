package ca.tremplin.security;

import java.time.Duration;

/**
 * What happened to one sign-in attempt. The form tells "slowed down" apart (with how long to wait), and an account
 * or a centre closed when the password was right (whoever knows it may learn that, and whom to ask); everything else
 * reads as "wrong", so that nobody learns which addresses have accounts. {@code credentialStamp} marks the password the account signed in with: the session keeps
 * it, and a later change of password ends the session ({@link SignedInUser#credentialsStillValid}).
 */
public record SignInResult(Outcome outcome, Long userId, Long tenantId, Role role, Duration retryAfter,
                           String credentialStamp) {

    public enum Outcome {
        SIGNED_IN,
        WRONG_CREDENTIALS,
        SLOWED_DOWN,
        /** The right password of an account an admin deactivated: the person is told whom to ask. */
        ACCOUNT_CLOSED,
        /** The right password of an account whose centre the coordinating organisation closed. */
        CENTRE_CLOSED
    }

    static SignInResult signedIn(UserAccount account) {
        return new SignInResult(Outcome.SIGNED_IN, account.getId(), account.getTenantId(), account.getRole(), null,
                account.credentialStamp());
    }

    static SignInResult wrongCredentials() {
        return new SignInResult(Outcome.WRONG_CREDENTIALS, null, null, null, null, null);
    }

    static SignInResult closed(Outcome closed) {
        return new SignInResult(closed, null, null, null, null, null);
    }

    static SignInResult slowedDown(Duration retryAfter) {
        return new SignInResult(Outcome.SLOWED_DOWN, null, null, null, retryAfter, null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SIGNED_IN;
    }

    /** Whole seconds to wait, at least one. */
    public long retryAfterSeconds() {
        return retryAfter == null ? 0 : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
