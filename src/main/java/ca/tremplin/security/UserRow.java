package ca.tremplin.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * One account as the users page lists it and keeps it with its view: what the line shows, never the account itself —
 * a view travels with the session, replicated between servers, and the account holds its password's hash.
 */
public record UserRow(long id, String displayName, String email, Role role, boolean active, boolean hasPassword,
                      Instant lastSignInAt) implements Serializable {

    static UserRow of(UserAccount account) {
        return new UserRow(account.getId(), account.getDisplayName(), account.getEmail(), account.getRole(),
                account.isActive(), account.hasPassword(), account.getLastSignInAt());
    }

    /** Where the account stands, as a message key ({@link UserAccount#statusKey(boolean, boolean)}). */
    public String statusKey() {
        return UserAccount.statusKey(active, hasPassword);
    }
}
