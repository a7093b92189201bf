package ca.tremplin.security;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/**
 * Choosing a password from an e-mailed link ({@code ?token=...}): the first one after an invitation, or a
 * new one after a reset request.
 */
@Named
@ViewScoped
public class PasswordResetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordService passwords;

    @Inject
    PageMessages messages;

    private String token;
    private AccountToken.Purpose purpose;
    private boolean done;

    @NotBlank
    @Size(max = PasswordHasher.MAXIMUM_LENGTH)
    private String password;

    @NotBlank
    @Size(max = PasswordHasher.MAXIMUM_LENGTH)
    private String confirmation;

    public void load() {
        purpose = passwords.purposeOfUsableToken(token).orElse(null);
    }

    public void save() {
        if (!Objects.equals(password, confirmation)) {
            messages.error("password.confirmationDiffers");
            return;
        }
        try {
            passwords.choosePassword(token, password);
            done = true;
            messages.info("password.changed");
        } catch (BusinessRuleException broken) {
            if ("password.linkExpired".equals(broken.messageKey())) {
                // Expired while the page was open (a reset link lasts an hour), or used meanwhile (another tab, the
                // link opened twice): the page says so in the place of the form, with the way to a new link and to
                // the sign-in, rather than beside a field whose password no sending could save.
                purpose = null;
                password = null;
                confirmation = null;
                return;
            }
            messages.explain(broken, "reset:password");
        }
    }

    public boolean isUsable() {
        return purpose != null && !done;
    }

    public boolean isInvitation() {
        return purpose == AccountToken.Purpose.INVITATION;
    }

    public boolean isDone() {
        return done;
    }

    public int getMinimumLength() {
        return PasswordHasher.MINIMUM_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
