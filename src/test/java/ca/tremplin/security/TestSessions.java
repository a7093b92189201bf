package ca.tremplin.security;

import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Puts an in-container test in the situation of a signed-in person, as the request filter would: the
 * session knows who they are and the thread is bound to their tenant until the scope is closed.
 */
public final class TestSessions {

    private TestSessions() {
    }

    public static TenantContext.Scope signedInAs(UserAccount account, Tenant tenant) {
        CDI.current().select(SignedInUser.class).get().refresh(account, tenant);
        return TenantContext.enterRequest(tenant.getId());
    }

    /**
     * Does {@code work} as the person on the calling thread, which is not the test's own (two members of staff at
     * once): with a request and a session of its own, as a request of theirs would have.
     */
    /**
     * Two members of staff acting at the same instant: each piece of work on a thread of its own, as its person,
     * both released together; what each said, sorted (which one came first is the database's choice).
     */
    public static java.util.List<String> atOnce(Tenant tenant, UserAccount first,
                                                java.util.concurrent.Callable<String> firstWork, UserAccount second,
                                                java.util.concurrent.Callable<String> secondWork) throws Exception {
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(2);
        java.util.concurrent.ExecutorService staff = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (java.util.Map.Entry<UserAccount, java.util.concurrent.Callable<String>> work
                    : java.util.List.of(java.util.Map.entry(first, firstWork), java.util.Map.entry(second, secondWork))) {
                outcomes.add(staff.submit(() -> onThreadOfItsOwn(work.getKey(), tenant, () -> {
                    ready.countDown();
                    ready.await();
                    return work.getValue().call();
                })));
            }
            java.util.List<String> said = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> outcome : outcomes) {
                said.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            java.util.Collections.sort(said);
            return said;
        } finally {
            staff.shutdownNow();
        }
    }

    public static <T> T onThreadOfItsOwn(UserAccount account, Tenant tenant, java.util.concurrent.Callable<T> work)
            throws Exception {
        org.jboss.weld.context.bound.BoundRequestContext request = CDI.current()
                .select(org.jboss.weld.context.bound.BoundRequestContext.class,
                        org.jboss.weld.context.bound.BoundLiteral.INSTANCE).get();
        org.jboss.weld.context.bound.BoundSessionContext session = CDI.current()
                .select(org.jboss.weld.context.bound.BoundSessionContext.class,
                        org.jboss.weld.context.bound.BoundLiteral.INSTANCE).get();
        java.util.Map<String, Object> requestStorage = new java.util.HashMap<>();
        java.util.Map<String, Object> sessionStorage = new java.util.HashMap<>();
        request.associate(requestStorage);
        request.activate();
        session.associate(sessionStorage);
        session.activate();
        try (TenantContext.Scope ignored = signedInAs(account, tenant)) {
            return work.call();
        } finally {
            session.invalidate();
            session.deactivate();
            session.dissociate(sessionStorage);
            request.invalidate();
            request.deactivate();
            request.dissociate(requestStorage);
        }
    }
}
