package ca.tremplin.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Carries the outcome of the identity store's check back to the sign-in form within the same request, so
 * the form can tell a locked account from a wrong password (the security API only says "failed").
 */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    void record(SignInResult result) {
        this.result = result;
    }

    public SignInResult result() {
        return result;
    }
}
