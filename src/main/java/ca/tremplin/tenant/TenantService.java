package ca.tremplin.tenant;

import ca.tremplin.kernel.AccessDeniedException;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.TableSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The tenant directory's use cases. The platform admin creates, edits, deactivates and reactivates any
 * school service centre; a CSS admin may edit only their own centre's profile.
 */
@ApplicationScoped
public class TenantService {

    @Inject
    jakarta.enterprise.event.Event<TenantCreated> created;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    TenantRepository tenants;

    @Inject
    TenantPermissions permissions;

    @Inject
    Clock clock;

    @Inject
    PrivacyOfficers privacyOfficers;

    @Transactional
    public Tenant create(Tenant draft) {
        permissions.requirePlatformAdmin();
        if (tenants.findBySlug(draft.getSlug()).isPresent()) {
            throw new BusinessRuleException("tenant.slugTaken", draft.getSlug());
        }
        requirePrivacyAddress(draft);
        draft.setKind(TenantKind.SCHOOL_BOARD);
        em.persist(draft);
        created.fire(new TenantCreated(draft.getId()));
        return draft;
    }

    @Transactional
    public Tenant find(long tenantId) {
        if (!permissions.mayEdit(tenantId)) {
            throw new NotFoundException("tenant " + tenantId);
        }
        return tenants.findById(tenantId).orElseThrow(() -> new NotFoundException("tenant " + tenantId));
    }

    /**
     * Saves the edited profile. The edit carries the version it started from: if someone saved in between,
     * the person gets a conflict message instead of silently overwriting the other change.
     */
    @Transactional
    public Tenant update(Tenant edited) {
        if (edited.getId() == null || !permissions.mayEdit(edited.getId())) {
            throw new NotFoundException("tenant " + edited.getId());
        }
        Tenant current = tenants.findById(edited.getId())
                .orElseThrow(() -> new NotFoundException("tenant " + edited.getId()));
        if (current.getVersion() != edited.getVersion()) {
            throw new BusinessRuleException("conflict.modifiedMeanwhile");
        }
        if (!current.getSlug().equals(edited.getSlug())) {
            if (!permissions.isPlatformAdmin()) {
                throw new AccessDeniedException("Only the platform admin renames a tenant");
            }
            if (tenants.findBySlug(edited.getSlug()).isPresent()) {
                throw new BusinessRuleException("tenant.slugTaken", edited.getSlug());
            }
        }
        requirePrivacyAddress(edited);
        edited.setKind(current.getKind());
        edited.setActive(current.isActive());
        try {
            Tenant merged = em.merge(edited);
            em.flush();
            // its privacy contact shows on the next page and in the next e-mail, not a minute later
            privacyOfficers.forget(merged.getId());
            return merged;
        } catch (OptimisticLockException raced) {
            throw new BusinessRuleException("conflict.modifiedMeanwhile");
        }
    }

    @Transactional
    public void setActive(long tenantId, boolean active) {
        permissions.requirePlatformAdmin();
        Tenant tenant = tenants.findById(tenantId).orElseThrow(() -> new NotFoundException("tenant " + tenantId));
        if (tenant.isCoordination() && !active) {
            throw new BusinessRuleException("tenant.cannotDeactivateCoordination");
        }
        tenant.setActive(active);
    }

    @Transactional
    public void replaceLogo(long tenantId, byte[] uploaded) {
        if (!permissions.mayEdit(tenantId)) {
            throw new NotFoundException("tenant " + tenantId);
        }
        byte[] png = LogoImages.normalise(uploaded);
        Tenant tenant = tenants.findById(tenantId).orElseThrow(() -> new NotFoundException("tenant " + tenantId));
        TenantLogo logo = em.find(TenantLogo.class, tenantId);
        if (logo == null) {
            em.persist(new TenantLogo(tenantId, png, clock.instant()));
        } else {
            logo.replace(png, clock.instant());
        }
        tenant.setLogoUpdatedAt(clock.instant());
    }

    @Transactional
    public List<Tenant> page(String filter, int first, int size, TableSort sort) {
        permissions.requirePlatformAdmin();
        return tenants.page(filter, first, size, sort);
    }

    @Transactional
    public long count(String filter) {
        permissions.requirePlatformAdmin();
        return tenants.count(filter);
    }

    /**
     * Every mail a centre sends ends with whom to ask about personal information (Law 25): the officer's address, or
     * else the centre's own. A centre with neither would publish a name and no way to reach it.
     */
    private static void requirePrivacyAddress(Tenant tenant) {
        boolean officer = tenant.getPrivacyOfficerEmail() != null && !tenant.getPrivacyOfficerEmail().isBlank();
        boolean contact = tenant.getContactEmail() != null && !tenant.getContactEmail().isBlank();
        if (!officer && !contact) {
            throw new BusinessRuleException("tenant.privacyAddressRequired");
        }
    }
}
