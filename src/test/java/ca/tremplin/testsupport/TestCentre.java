package ca.tremplin.testsupport;

import ca.tremplin.catalog.Program;
import ca.tremplin.offer.Offer;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;

/** A school service centre of a test, with a recruiter, an admin, a published program and an open offer. */
public record TestCentre(Tenant tenant, UserAccount recruiter, UserAccount admin, Program program, Offer offer) {

    public TenantContext.Scope asRecruiter() {
        return TestSessions.signedInAs(recruiter, tenant);
    }

    public TenantContext.Scope asAdmin() {
        return TestSessions.signedInAs(admin, tenant);
    }
}
