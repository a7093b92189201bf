package ca.tremplin.security;

import java.time.Instant;

/** What happened to one sign-in attempt. The form tells "locked" apart; everything else reads as "wrong". */
public record SignInResult(Outcome outcome, Long userId, Long tenantId, Role role, Instant lockedUntil) {

    public enum Outcome {
        SIGNED_IN,
        WRONG_CREDENTIALS,
        LOCKED
    }

    static SignInResult signedIn(UserAccount account) {
        return new SignInResult(Outcome.SIGNED_IN, account.getId(), account.getTenantId(), account.getRole(), null);
    }

    static SignInResult wrongCredentials() {
        return new SignInResult(Outcome.WRONG_CREDENTIALS, null, null, null, null);
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, null, null, null, until);
    }

    public boolean succeeded() {
        return outcome == Outcome.SIGNED_IN;
    }
}
