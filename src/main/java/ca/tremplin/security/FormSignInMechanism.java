package ca.tremplin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Declares form sign-in: the back office sends anonymous visitors to the sign-in page and back to where they
 * were going afterwards. The page itself ({@link SignInForm}) hands the credentials to the security API.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/signin.xhtml", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class FormSignInMechanism {
}
