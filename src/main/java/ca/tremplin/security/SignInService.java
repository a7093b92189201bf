package ca.tremplin.security;

import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an e-mail and password, slowed down after failures by {@link SignInThrottle} (never locked). The answer,
 * and the time it takes, never say whether the e-mail has an account: an unknown e-mail costs the same hashing
 * as a known one, and is slowed down the same way.
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

    @Inject
    SignInThrottle throttle;

    /** Spent on unknown e-mails too, so that response time does not reveal which addresses have accounts. */
    private volatile String decoyHash;

    /** @param address the caller's IP address, as the server sees it (the client's, behind a forwarding proxy) */
    public SignInResult attempt(String email, String password, String address) {
        Optional<Duration> wait = throttle.waitBefore(email, address);
        if (wait.isPresent()) {
            return SignInResult.slowedDown(wait.get());
        }
        Instant now = clock.instant();
        // Sign-in comes before any tenant is known: the account is looked up across all tenants, by e-mail.
        SignInResult result = tenancy.acrossAllTenants(() -> {
            UserAccount account = accounts.findByEmail(email).orElse(null);
            if (account == null || !account.hasPassword()) {
                hasher.matches(password, decoyHash());
                return SignInResult.wrongCredentials();
            }
            if (!hasher.matches(password, account.getPasswordHash())) {
                return SignInResult.wrongCredentials();
            }
            boolean tenantActive = tenants.findById(account.getTenantId()).map(t -> t.isActive()).orElse(false);
            if (!account.isActive()) {
                return SignInResult.closed(SignInResult.Outcome.ACCOUNT_CLOSED);
            }
            if (!tenantActive) {
                return SignInResult.closed(SignInResult.Outcome.CENTRE_CLOSED);
            }
            // Written past the account's version: two sign-ins at once, or an admin editing the account meanwhile,
            // must not collide over the time of the last one.
            accounts.recordSignIn(account.getId(), now);
            return SignInResult.signedIn(account);
        });
        if (result.succeeded()) {
            throttle.recordSuccess(email, address);
        } else {
            throttle.recordFailure(email, address);
        }
        return result;
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy password that matches nothing");
        }
        return decoyHash;
    }
}
