package ca.tremplin.tenant;

/**
 * The tenant whose data the current thread may see. Set once per request by {@code TenantRequestFilter}
 * (from the signed-in user), and only changed on purpose through {@link Tenancy}. Hibernate reads it when
 * it opens a session.
 *
 * <p>A thread local rather than a CDI bean because Hibernate instantiates the resolver itself and because
 * the value must also be right in timers and batch jobs, where there is no request.
 */
public final class TenantContext {

    /** No tenant: anonymous visitors and background work. Matches no tenant-owned row. */
    public static final long NO_TENANT = -1L;

    /** Every tenant at once: only for code that crosses tenants on purpose, via {@link Tenancy}. */
    static final long ALL_TENANTS = 0L;

    private static final ThreadLocal<Long> CURRENT = ThreadLocal.withInitial(() -> NO_TENANT);

    private TenantContext() {
    }

    public static long currentTenantId() {
        return CURRENT.get();
    }

    public static boolean hasTenant() {
        long current = CURRENT.get();
        return current != NO_TENANT && current != ALL_TENANTS;
    }

    /** Binds the thread to a tenant until the returned scope is closed, then restores what was there. */
    static Scope enter(long tenantId) {
        long previous = CURRENT.get();
        CURRENT.set(tenantId);
        return () -> CURRENT.set(previous);
    }

    /** For the request filter only: binds the request's thread to its tenant. */
    public static Scope enterRequest(long tenantId) {
        if (tenantId == ALL_TENANTS) {
            throw new IllegalArgumentException("A request is never bound to all tenants");
        }
        return enter(tenantId);
    }

    /** For batch steps: binds the step's thread to the tenant that started the job, for one chunk. */
    public static Scope enterBatchStep(long tenantId) {
        if (tenantId <= 0) {
            throw new IllegalArgumentException("A batch step works for one tenant, not " + tenantId);
        }
        return enter(tenantId);
    }

    /** Restores the previous binding; never throws. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
