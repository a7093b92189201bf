package ca.tremplin.inquiry;

import ca.tremplin.tenant.TenantRenamed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The requests that chose a centre keep it by its name ({@code inquiry.requested_tenant_slug}): when the coordinating
 * organisation renames the centre, they are given its new name in the rename's transaction, so that a request still
 * waiting in the coordination's queue names its centre, and one routed later reaches it. A name kept would lead to the
 * centre only as long as no other centre takes the name it left.
 */
@ApplicationScoped
public class RenamedCentreRequests {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    void follow(@Observes TenantRenamed renamed) {
        em.createNativeQuery("update inquiry set requested_tenant_slug = ?1 where requested_tenant_slug = ?2")
                .setParameter(1, renamed.current()).setParameter(2, renamed.former()).executeUpdate();
    }
}
