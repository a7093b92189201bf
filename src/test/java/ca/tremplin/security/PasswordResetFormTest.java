package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A password link that stops working while its page is open — a reset link lasts an hour, the invitation's was
 * opened in another tab and used there — turns the page into the one an expired link opens, with the way to a new link
 * and to the sign-in, rather than leaving a form no sending can save.
 */
class PasswordResetFormTest {

    @Test
    void aLinkThatExpiredWhileItsPageWasOpenShowsTheExpiredLinksWayOutInsteadOfTheForm() {
        PasswordResetForm form = new PasswordResetForm();
        form.passwords = new PasswordService() {
            @Override
            public Optional<AccountToken.Purpose> purposeOfUsableToken(String token) {
                return Optional.of(AccountToken.Purpose.PASSWORD_RESET);
            }

            @Override
            public void choosePassword(String token, String newPassword) {
                throw new BusinessRuleException("password.linkExpired");
            }
        };
        form.setToken("a-link-opened-an-hour-ago");
        form.load();
        assertTrue(form.isUsable(), "the form, while the link works");

        form.setPassword("a brand new passphrase");
        form.setConfirmation("a brand new passphrase");
        form.save();

        assertFalse(form.isUsable(), "the form gives way to the expired link's notice");
        assertFalse(form.isDone());
        assertNull(form.getPassword(), "the password typed is not kept in the page");
    }
}
