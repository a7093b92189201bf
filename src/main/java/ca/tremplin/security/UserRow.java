package ca.tremplin.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One account as the users page lists it and keeps it with its view: what the line shows, never the account itself —
 * a view travels with the session, replicated between servers, and the account holds its password's hash. With the
 * other accounts at the same address once kept as a key ({@link SameAddressAccounts}), so that an admin sees which
 * of the two is used and deactivates the other.
 */
public record UserRow(long id, String displayName, String email, Role role, boolean active, boolean hasPassword,
                      Instant lastSignInAt, List<SameAddressAs> sameAddressAs) implements Serializable {

    public UserRow(long id, String displayName, String email, Role role, boolean active, boolean hasPassword,
                   Instant lastSignInAt) {
        this(id, displayName, email, role, active, hasPassword, lastSignInAt, List.of());
    }

    /**
     * Another account at the same address: named, with its id to open it, when it is in the reader's centre; neither
     * when it is another centre's, whose staff a centre does not see.
     */
    public record SameAddressAs(Long id, String displayName, String email) implements Serializable {

        static SameAddressAs seenFrom(long readerTenantId, AccountAddress other) {
            return other.tenantId() == readerTenantId
                    ? new SameAddressAs(other.id(), other.displayName(), other.email())
                    : new SameAddressAs(null, null, null);
        }

        public boolean inAnotherCentre() {
            return id == null;
        }
    }

    static UserRow of(UserAccount account) {
        return of(account, List.of());
    }

    static UserRow of(UserAccount account, List<SameAddressAs> sameAddressAs) {
        return new UserRow(account.getId(), account.getDisplayName(), account.getEmail(), account.getRole(),
                account.isActive(), account.hasPassword(), account.getLastSignInAt(), List.copyOf(sameAddressAs));
    }

    /** Where the account stands, as a message key ({@link UserAccount#statusKey(boolean, boolean)}). */
    public String statusKey() {
        return UserAccount.statusKey(active, hasPassword);
    }
}
