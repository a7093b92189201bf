package ca.tremplin.security;

import ca.tremplin.tenant.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accounts whose addresses are one once kept as a key ({@link UserAccount#normalizeEmail}): "Marie@CSS.ca" and
 * "marie@css.ca", invited before addresses were kept so and left both as they were (V97), since an account is a
 * person's sign-in, history and work. Signing in finds one of them from either spelling; the other can never be
 * signed into, and nothing but these lists says so. Read across all tenants, on purpose: the other account may be in
 * another centre, which the users list says without naming it ({@link UserRow.SameAddressAs}).
 */
@ApplicationScoped
public class SameAddressAccounts {

    @Inject
    UserAccountRepository accounts;

    @Inject
    Tenancy tenancy;

    /**
     * For each account that shares its address with others, those others, oldest first. Only the addresses not
     * plainly written as their key are read, with the accounts at their keys: a few rows, not the whole table.
     */
    public Map<Long, List<AccountAddress>> acrossAllTenants() {
        return tenancy.acrossAllTenants(() -> {
            List<AccountAddress> respellable = accounts.addressesNotPlainlyKeys();
            Set<String> keys = respellable.stream().map(account -> UserAccount.normalizeEmail(account.email()))
                    .filter(key -> key != null && !key.isEmpty()).collect(Collectors.toSet());
            Map<Long, AccountAddress> compared = new LinkedHashMap<>();
            respellable.forEach(account -> compared.put(account.id(), account));
            accounts.addressesIn(keys).forEach(account -> compared.putIfAbsent(account.id(), account));
            return sharing(compared.values());
        });
    }

    /** Groups the accounts by their address's key: for each account of a group of two or more, the others. */
    static Map<Long, List<AccountAddress>> sharing(Collection<AccountAddress> accounts) {
        Map<String, List<AccountAddress>> byKey = accounts.stream()
                .filter(account -> UserAccount.normalizeEmail(account.email()) != null)
                .sorted(java.util.Comparator.comparingLong(AccountAddress::id))
                .collect(Collectors.groupingBy(account -> UserAccount.normalizeEmail(account.email()),
                        LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<AccountAddress>> others = new LinkedHashMap<>();
        byKey.values().stream().filter(group -> group.size() > 1).forEach(group -> group.forEach(account ->
                others.put(account.id(), group.stream().filter(other -> other.id() != account.id()).toList())));
        return others;
    }
}
