package ca.tremplin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;

/**
 * Creates accounts that already have a password, without an invitation: the first platform admin named by
 * the environment, and demo accounts. Works in the caller's tenant.
 */
@ApplicationScoped
public class AccountProvisioning {

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    /** Hashing is deliberately slow; callers creating many accounts with one password hash it once. */
    public String hash(String password) {
        return hasher.hash(password);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UserAccount createWithPasswordHash(String email, String displayName, Role role, Locale locale,
                                              String passwordHash) {
        UserAccount account = new UserAccount(email, displayName, role, locale);
        account.changePasswordHash(passwordHash);
        accounts.persist(account);
        return account;
    }
}
