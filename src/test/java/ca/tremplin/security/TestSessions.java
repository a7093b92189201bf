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
}
