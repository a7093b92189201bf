package ca.tremplin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Jakarta Security's view of staff accounts. The caller principal is the account id, not the e-mail, so
 * that logs and session data carry no personal information.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignInService signIn;

    @Inject
    SignInAttempt attempt;

    @Inject
    SignedInUser signedInUser;

    /** The request being authenticated (CDI's built-in bean): its address counts in the slow-down. */
    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential usernamePassword)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = signIn.attempt(usernamePassword.getCaller(), usernamePassword.getPasswordAsString(),
                request.getRemoteAddr());
        attempt.record(result);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        signedInUser.rememberCredentials(result.credentialStamp(), result.role());
        return new CredentialValidationResult(String.valueOf(result.userId()), Set.of(result.role().name()));
    }
}
