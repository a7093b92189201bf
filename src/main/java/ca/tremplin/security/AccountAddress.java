package ca.tremplin.security;

/**
 * An account as the comparison of addresses reads it ({@link SameAddressAccounts}): whose, in which tenant, at which
 * address as it is written; nothing else of the account, its password's hash least of all.
 */
public record AccountAddress(long id, long tenantId, String email, String displayName) {
}
