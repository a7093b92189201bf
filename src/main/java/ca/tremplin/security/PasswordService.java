package ca.tremplin.security;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.kernel.RateLimits;
import ca.tremplin.kernel.RateLimits.Limit;
import ca.tremplin.mail.Outbox;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.TenantRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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

    @Inject
    RateLimits rateLimits;

    @Inject
    StaffChanges changes;

    @Resource
    ManagedExecutorService executor;

    /** Reset requests: per address ({@code TREMPLIN_RESET_PER_IP_PER_HOUR}, default 10) and per e-mail (3). */
    private static final Limit[] RESET_LIMITS = {
            Limit.fromEnvironment("reset-ip", "TREMPLIN_RESET_PER_IP_PER_HOUR", 10),
            Limit.fromEnvironment("reset-email", "TREMPLIN_RESET_PER_EMAIL_PER_HOUR", 3)};

    /**
     * Sends a reset link if the address belongs to an active account. Says nothing either way, and takes the same
     * time either way: the lookup and the link are made on another thread, so the answer never waits for the
     * writes that only an existing account causes. Braked per address and per e-mail (whether or not it has an
     * account), so the form can neither flood a mailbox nor be used to learn who has an account.
     *
     * @throws RateLimitedException when this address or this e-mail asked too often
     */
    public void requestReset(String email, Locale locale, String address) {
        rateLimits.acquire(RESET_LIMITS, address, UserAccount.normalizeEmail(email));
        executor.execute(() -> sendResetLink(email, locale));
    }

    /** The reset link, written and queued at once; what {@link #requestReset} hands to another thread. */
    void sendResetLink(String email, Locale locale) {
        tenancy.acrossAllTenants(() -> {
            accounts.findByEmail(email)
                    .filter(UserAccount::isActive)
                    .filter(account -> tenants.findById(account.getTenantId()).map(t -> t.isActive()).orElse(false))
                    .ifPresent(account -> {
                        String token = tokens.issue(account, AccountToken.Purpose.PASSWORD_RESET);
                        // In the language the account holder chose, whatever the page's (a shared computer).
                        Locale language = account.getPreferredLocale() == null ? locale
                                : Locale.forLanguageTag(account.getPreferredLocale());
                        outbox.enqueue(account.getTenantId(), AccountMail.passwordReset(account, token, language));
                    });
            return null;
        });
    }

    /** What the link is for, if it still works: lets the page say "expired" before anyone types anything. */
    public Optional<AccountToken.Purpose> purposeOfUsableToken(String token) {
        // A link to an account deactivated since it was sent, or to one of a centre closed since, is as expired as
        // an old one: said before anyone types a password (deactivation also uses up the account's links, so that a
        // reactivation does not revive them).
        return tenancy.acrossAllTenants(() -> tokens.findUsable(token)
                .filter(usable -> accounts.findById(usable.getUserAccountId())
                        .filter(account -> tenants.findById(account.getTenantId()).map(t -> t.isActive())
                                .orElse(false))
                        .map(UserAccount::isActive).orElse(false))
                .map(AccountToken::getPurpose));
    }

    /** Sets the password chosen through an e-mailed link; the link and every older one stop working. */
    public void choosePassword(String token, String newPassword) {
        tenancy.acrossAllTenants(() -> {
            AccountToken usable = tokens.findUsable(token)
                    .orElseThrow(() -> new BusinessRuleException("password.linkExpired"));
            UserAccount account = accounts.findById(usable.getUserAccountId())
                    .filter(UserAccount::isActive)
                    .orElseThrow(() -> new BusinessRuleException("password.linkExpired"));
            // A centre deactivated since the invitation: the person could choose a password and never sign in.
            if (!tenants.findById(account.getTenantId()).map(t -> t.isActive()).orElse(false)) {
                throw new BusinessRuleException("password.centreInactive");
            }
            String weakness = PasswordHasher.weaknessOf(newPassword, account.getEmail());
            if (weakness != null) {
                throw new BusinessRuleException(weakness, PasswordHasher.MINIMUM_LENGTH);
            }
            // The account's history says when its holder joined, and when its password was reset: a reset nobody at
            // the centre asked for is seen there, where it happened and by which link.
            StaffChange.What what = account.hasPassword() ? StaffChange.What.PASSWORD_RESET : StaffChange.What.JOINED;
            account.changePasswordHash(hasher.hash(newPassword));
            tokens.useAllOf(account.getId());
            changes.recordByTheAccountHolder(account, what);
            return null;
        });
    }
}
