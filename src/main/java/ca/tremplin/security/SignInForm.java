package ca.tremplin.security;

import ca.tremplin.kernel.Messages;
import ca.tremplin.web.LanguagePreference;
import ca.tremplin.web.StaffOriginFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/** The sign-in page: hands e-mail and password to the security API and explains a refusal. */
@Named
@RequestScoped
public class SignInForm {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SignInForm.class.getName());

    @NotBlank
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = PasswordHasher.MAXIMUM_LENGTH)
    private String password;

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInAttempt attempt;

    @Inject
    LanguagePreference language;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();

        // The page keeps no view state (a tab left open past its session still signs in), so nothing else keeps a
        // page of another site from signing this browser into an account of its choosing.
        if (!StaffOriginFilter.comesFromThisSite(request) && !StaffOriginFilter.namesThisHost(request)) {
            // Said in the log too: a public address set wrong (TREMPLIN_BASE_URL) would refuse every sign-in.
            LOG.warning(() -> "A sign-in posted from " + (request.getHeader("Origin") != null
                    ? "the page of origin " + request.getHeader("Origin") : "a page of another site (Referer)")
                    + " to " + request.getServerName() + " was refused; the public address is "
                    + ca.tremplin.kernel.PublicAddress.of("/"));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.get(language.getLocale(), "signin.fromElsewhere"), null));
            password = null;
            return;
        }

        // A new session id before the person becomes authenticated: an id planted beforehand is worth nothing.
        request.getSession(true);
        request.changeSessionId();

        // Not a "new" authentication: when the visitor was sent here from a protected page, the security API
        // continues that dialog and redirects back to the page (SEND_CONTINUE).
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> {
                SessionEndedNotice.forget(request);
                faces.responseComplete();
            }
            case SUCCESS -> {
                SessionEndedNotice.forget(request);
                external.redirect(external.getRequestContextPath() + "/admin/");
            }
            default -> explainRefusal(faces);
        }
    }

    /**
     * Whether the person was sent here because their session ended (timed out, or the server restarted) while a
     * back-office page was open: the page says so, and that what was typed there and not saved is to be found again
     * or typed again. A plain visit to the page is never told so.
     */
    public boolean isSessionEnded() {
        return SessionEndedNotice.endedFor(
                (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    private void explainRefusal(FacesContext faces) {
        SignInResult result = attempt.result();
        SignInResult.Outcome outcome = result == null ? SignInResult.Outcome.WRONG_CREDENTIALS : result.outcome();
        String text = switch (outcome) {
            case SLOWED_DOWN -> Messages.get(language.getLocale(), "signin.slowedDown", result.retryAfterSeconds());
            case ACCOUNT_CLOSED -> Messages.get(language.getLocale(), "signin.accountClosed");
            case CENTRE_CLOSED -> Messages.get(language.getLocale(), "signin.centreClosed");
            default -> Messages.get(language.getLocale(), "signin.wrongCredentials");
        };
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        password = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
