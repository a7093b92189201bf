package ca.tremplin.security;

import ca.tremplin.kernel.LikePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Queries on staff accounts. Like every tenant-owned query, these see only the current tenant's accounts;
 * {@link #findByEmail} is also used under {@code Tenancy.acrossAllTenants} to sign people in.
 */
@ApplicationScoped
public class UserAccountRepository {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    /**
     * The account of an address however it is typed ({@link UserAccount#normalizeEmail}). An account invited before
     * its address was kept so may hold its domain in ASCII ("xn--cole-9oa.ca"), or the address as it was pasted then
     * (accents in two pieces, an invisible character): those spellings are looked for too.
     */
    public Optional<UserAccount> findByEmail(String email) {
        String key = UserAccount.normalizeEmail(email);
        if (key == null) {
            return Optional.empty();
        }
        java.util.Set<String> spellings = new java.util.LinkedHashSet<>(List.of(key));
        ca.tremplin.kernel.EmailAddresses.withAsciiDomain(key).ifPresent(spellings::add);
        spellings.add(email.strip().toLowerCase(java.util.Locale.ROOT));
        return em.createQuery("select u from UserAccount u where u.email in (:spellings) order by u.id",
                        UserAccount.class)
                .setParameter("spellings", spellings)
                .getResultStream().findFirst();
    }

    /**
     * The accounts whose address may not be its key ({@link UserAccount#normalizeEmail}): one with a capital, a
     * blank, a letter outside ASCII, a name or "mailto:" around it, a dot after its domain, a domain in ASCII
     * ("xn--…"). An address in lower-case ASCII letters, digits and ". _ % + -" is its own key. Not filtered by tenant
     * (a native query): {@link SameAddressAccounts} reads it across all tenants, on purpose.
     */
    List<AccountAddress> addressesNotPlainlyKeys() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, tenant_id, email, display_name from user_account"
                        + " where email not regexp '^[a-z0-9._%+-]+@[a-z0-9.-]*[a-z0-9-]$'"
                        + " or email like '%xn--%' or locate(char(10), email) > 0 order by id")
                .getResultList();
        return rows.stream().map(row -> new AccountAddress(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), (String) row[2], (String) row[3])).toList();
    }

    /** The accounts at exactly these addresses, of the current tenant or of all under {@code acrossAllTenants}. */
    List<AccountAddress> addressesIn(java.util.Set<String> addresses) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new ca.tremplin.security.AccountAddress(u.id, u.tenantId,"
                        + " u.email, u.displayName) from UserAccount u where u.email in (:addresses) order by u.id",
                        AccountAddress.class)
                .setParameter("addresses", addresses)
                .getResultList();
    }

    public List<UserAccount> page(String filter, int first, int pageSize, String sortField, boolean ascending) {
        String orderBy = switch (sortField == null ? "" : sortField) {
            case "email" -> "u.email";
            case "role" -> "u.role";
            case "lastSignInAt" -> "u.lastSignInAt";
            default -> "u.displayName";
        };
        return em.createQuery("select u from UserAccount u where :filter is null"
                        + " or lower(u.displayName) like :filter" + LikePattern.ESCAPE + " or u.email like :filter"
                        + LikePattern.ESCAPE
                        + " order by " + orderBy + (ascending ? " asc" : " desc") + ", u.id", UserAccount.class)
                .setParameter("filter", LikePattern.containing(filter))
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(String filter) {
        return em.createQuery("select count(u) from UserAccount u where :filter is null"
                        + " or lower(u.displayName) like :filter" + LikePattern.ESCAPE + " or u.email like :filter"
                        + LikePattern.ESCAPE, Long.class)
                .setParameter("filter", LikePattern.containing(filter))
                .getSingleResult();
    }

    /** Active staff of the role who have joined (chosen a password): those who can sign in and work today. */
    public long countJoinedWithRole(Role role) {
        return em.createQuery("select count(u) from UserAccount u where u.role = :role and u.active = true"
                        + " and u.passwordHash is not null", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    public long countActiveWithRole(Role role) {
        return em.createQuery("select count(u) from UserAccount u where u.role = :role and u.active = true",
                        Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    /** Who can take over another's work: the tenant's active staff who have joined, except the one named. */
    public List<UserAccount> colleaguesOf(long userId) {
        return em.createQuery("select u from UserAccount u where u.active = true and u.passwordHash is not null"
                        + " and u.id <> :user order by u.displayName, u.id", UserAccount.class)
                .setParameter("user", userId)
                .getResultList();
    }

    /**
     * The tenant's active administrators, locked until the transaction ends, always taken in the order of their ids:
     * two changes to its staff made at once by two of them are served one after the other
     * ({@code UserAdministration.findForChange}).
     */
    List<UserAccount> lockActiveAdministrators() {
        return em.createQuery("select u from UserAccount u where u.role in (:roles) and u.active = true"
                        + " order by u.id", UserAccount.class)
                .setParameter("roles", java.util.EnumSet.of(Role.CSS_ADMIN, Role.PLATFORM_ADMIN))
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The tenant's accounts of one role, active or not, by name. */
    public List<UserAccount> withRole(Role role) {
        return em.createQuery("select u from UserAccount u where u.role = :role order by u.displayName, u.id",
                        UserAccount.class)
                .setParameter("role", role)
                .getResultList();
    }

    public List<UserAccount> allOfTenant() {
        return em.createQuery("select u from UserAccount u order by u.displayName", UserAccount.class)
                .getResultList();
    }

    /** The time of the last sign-in, written without the account's version (it is no edit of the account). */
    void recordSignIn(long userId, java.time.Instant at) {
        em.createNativeQuery("update user_account set last_sign_in_at = ?1 where id = ?2")
                .setParameter(1, java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .setParameter(2, userId).executeUpdate();
    }

    void flush() {
        em.flush();
    }

    void persist(UserAccount account) {
        em.persist(account);
    }
}
