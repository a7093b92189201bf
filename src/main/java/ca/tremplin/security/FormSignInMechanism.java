package ca.tremplin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form sign-in: the back office sends anonymous visitors to the sign-in page and back to where they were going
 * afterwards (the security API's {@link LoginToContinue}); the page itself ({@link SignInForm}) hands the credentials
 * to the security API, and the session keeps the person signed in ({@link AutoApplySession}). The same as the
 * platform's own custom form mechanism, written out so that a call to the staff API without a session is answered
 * 401 with a problem document instead of the sign-in page ({@link StaffApiUnauthorized}), and so that a page whose
 * session ended is told apart from a first visit ({@link SessionEndedNotice}).
 */
@ApplicationScoped
@AutoApplySession
@StaffApiAnswersUnauthorized
@NoticesEndedSessions
@LoginToContinue(loginPage = "/signin.xhtml", errorPage = "", useForwardToLogin = false)
public class FormSignInMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
}
