package ca.tremplin.security;

import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Checks an e-mail and password, counting failures: five wrong passwords in a row lock the account for
 * fifteen minutes. The answer never says whether the e-mail exists.
 */
@ApplicationScoped
public class SignInService {

    @Inject
    Tenancy tenancy;

    @Inject
    UserAccountRepository accounts;

    @Inject
    TenantRepository tenants;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    /** Spent on unknown e-mails too, so that response time does not reveal which addresses have accounts. */
    private volatile String decoyHash;

    public SignInResult attempt(String email, String password) {
        Instant now = clock.instant();
        // Sign-in comes before any tenant is known: the account is looked up across all tenants, by e-mail.
        return tenancy.acrossAllTenants(() -> {
            UserAccount account = accounts.findByEmail(email).orElse(null);
            if (account == null || !account.hasPassword()) {
                hasher.matches(password, decoyHash());
                return SignInResult.wrongCredentials();
            }
            if (account.isLockedAt(now)) {
                return SignInResult.locked(account.getLockedUntil());
            }
            if (!hasher.matches(password, account.getPasswordHash())) {
                account.recordFailedSignIn(now);
                return account.isLockedAt(now) ? SignInResult.locked(account.getLockedUntil())
                        : SignInResult.wrongCredentials();
            }
            boolean tenantActive = tenants.findById(account.getTenantId()).map(t -> t.isActive()).orElse(false);
            if (!account.isActive() || !tenantActive) {
                return SignInResult.wrongCredentials();
            }
            account.recordSuccessfulSignIn(now);
            return SignInResult.signedIn(account);
        });
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy password that matches nothing");
        }
        return decoyHash;
    }
}
