package ca.tremplin.security;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.mail.Outbox;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Forgotten passwords and first passwords. People who use these links are not signed in, so the work
 * crosses tenants on purpose: the token or the e-mail tells which account, hence which tenant.
 */
@ApplicationScoped
public class PasswordService {

    @Inject
    Tenancy tenancy;

    @Inject
    UserAccountRepository accounts;

    @Inject
    TenantRepository tenants;

    @Inject
    AccountTokens tokens;

    @Inject
    PasswordHasher hasher;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Sends a reset link if the address belongs to an active account. Says nothing either way, so that the
     * form cannot be used to learn who has an account.
     */
    public void requestReset(String email, Locale locale) {
        tenancy.acrossAllTenants(() -> {
            accounts.findByEmail(email)
                    .filter(UserAccount::isActive)
                    .filter(account -> tenants.findById(account.getTenantId()).map(t -> t.isActive()).orElse(false))
                    .ifPresent(account -> {
                        String token = tokens.issue(account, AccountToken.Purpose.PASSWORD_RESET);
                        outbox.enqueue(account.getTenantId(), AccountMail.passwordReset(account, token, locale));
                    });
            return null;
        });
    }

    /** What the link is for, if it still works: lets the page say "expired" before anyone types anything. */
    public Optional<AccountToken.Purpose> purposeOfUsableToken(String token) {
        return tenancy.acrossAllTenants(() -> tokens.findUsable(token).map(AccountToken::getPurpose));
    }

    /** Sets the password chosen through an e-mailed link; the link and every older one stop working. */
    public void choosePassword(String token, String newPassword) {
        tenancy.acrossAllTenants(() -> {
            AccountToken usable = tokens.findUsable(token)
                    .orElseThrow(() -> new BusinessRuleException("password.linkExpired"));
            UserAccount account = accounts.findById(usable.getUserAccountId())
                    .filter(UserAccount::isActive)
                    .orElseThrow(() -> new BusinessRuleException("password.linkExpired"));
            String weakness = PasswordHasher.weaknessOf(newPassword, account.getEmail());
            if (weakness != null) {
                throw new BusinessRuleException(weakness, PasswordHasher.MINIMUM_LENGTH);
            }
            account.changePasswordHash(hasher.hash(newPassword));
            tokens.useAllOf(account.getId());
            return null;
        });
    }
}
