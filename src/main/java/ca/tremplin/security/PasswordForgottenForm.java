package ca.tremplin.security;

import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.web.LanguagePreference;
import ca.tremplin.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Forgot your password?": always the same answer, whether or not the address has an account. */
@Named
@RequestScoped
public class PasswordForgottenForm {

    @NotBlank
    @Email(regexp = ca.tremplin.kernel.EmailAddresses.PATTERN)
    @Size(max = 254)
    private String email;

    private boolean sent;

    @Inject
    PasswordService passwords;

    @Inject
    LanguagePreference language;

    @Inject
    PageMessages messages;

    public void send() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        try {
            passwords.requestReset(email, language.getLocale(), request.getRemoteAddr());
        } catch (RateLimitedException limited) {
            messages.rateLimited(limited);
            return;
        }
        sent = true;
        messages.info("password.resetSent");
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
