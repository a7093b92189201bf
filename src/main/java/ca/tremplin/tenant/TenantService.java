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

    /** Each change's trace, written by its observer in the change's transaction. */
    @Inject
    jakarta.enterprise.event.Event<TenantChanged> changed;

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

    @Inject
    FormerSlugs formerSlugs;

    @Transactional
    public Tenant create(Tenant draft) {
        permissions.requirePlatformAdmin();
        if (tenants.findBySlug(draft.getSlug()).isPresent()) {
            throw new BusinessRuleException("tenant.slugTaken", draft.getSlug());
        }
        requirePrivacyAddress(draft);
        requireReadableDetails(draft);
        draft.setKind(TenantKind.SCHOOL_BOARD);
        em.persist(draft);
        formerSlugs.taken(draft.getSlug());
        created.fire(new TenantCreated(draft.getId()));
        changed.fire(new TenantChanged(draft.getId(), TenantChanged.Kind.CREATED, null));
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
        requireMailingAddress(edited);
        requireReadableDetails(edited);
        edited.setKind(current.getKind());
        edited.setActive(current.isActive());
        java.util.List<String> fields = current.changedFields(edited);
        String formerSlug = current.getSlug();
        try {
            Tenant merged = em.merge(edited);
            em.flush();
            if (!formerSlug.equals(merged.getSlug())) {
                // Every address of its pages shared until now (mails, flyers, QR codes) leads to the new one.
                formerSlugs.renamed(merged.getId(), formerSlug, merged.getSlug());
            }
            fields.forEach(field -> changed.fire(new TenantChanged(merged.getId(), TenantChanged.Kind.PROFILE, field)));
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
        if (tenant.isActive() != active) {
            tenant.setActive(active);
            changed.fire(new TenantChanged(tenantId, active ? TenantChanged.Kind.REOPENED : TenantChanged.Kind.CLOSED,
                    null));
        }
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
        changed.fire(new TenantChanged(tenantId, TenantChanged.Kind.LOGO, null));
    }

    /** A page of the platform's directory of centres, as rows that hold what it shows ({@link TenantRow}). */
    @Transactional
    public List<TenantRow> page(String filter, int first, int size, TableSort sort) {
        permissions.requirePlatformAdmin();
        return tenants.page(filter, first, size, sort).stream().map(TenantRow::of).toList();
    }

    @Transactional
    public long count(String filter) {
        permissions.requirePlatformAdmin();
        return tenants.count(filter);
    }

    /**
     * What the public reads of a centre and what mails name it by: a name in French and in English that no other
     * centre has (capitals, accents and spaces around do not count: the column's collation compares so), a website
     * that is a web address, and phones that are phone numbers (a Québec number, or an international one with its
     * "+"; an extension after it is kept).
     */
    private void requireReadableDetails(Tenant tenant) {
        for (String name : new String[] {tenant.getNameFr(), tenant.getNameEn()}) {
            if (name == null || name.isBlank()) {
                continue; // Bean Validation says it is required, beside the field
            }
            List<Long> others = em.createQuery("select t.id from Tenant t where (t.nameFr = :name or t.nameEn = :name)"
                    + " and (:id is null or t.id <> :id)", Long.class)
                    .setParameter("name", name.strip()).setParameter("id", tenant.getId()).getResultList();
            if (!others.isEmpty()) {
                throw new BusinessRuleException("tenant.nameTaken", name.strip());
            }
        }
        String website = tenant.getWebsite();
        if (website != null && !website.isBlank() && !isWebAddress(website.strip())) {
            throw new BusinessRuleException("tenant.websiteUnreadable", website.strip());
        }
        for (String phone : new String[] {tenant.getContactPhone(), tenant.getPrivacyOfficerPhone()}) {
            if (phone != null && !phone.isBlank() && ca.tremplin.kernel.PhoneNumbers.toE164(
                    ca.tremplin.kernel.PhoneNumbers.numberAndExtension(phone).map(split -> split[0]).orElse(phone),
                    "CA").isEmpty()) {
                throw new BusinessRuleException("tenant.phoneUnreadable", phone.strip());
            }
        }
    }

    /**
     * An http or https address with a host name a browser can reach: "https://www.example.qc.ca/…", and one whose
     * name has accents, "https://www.école-métiers.ca", read by its name in ASCII ("xn--…") as browsers and DNS do.
     */
    static boolean isWebAddress(String text) {
        try {
            java.net.URI address = new java.net.URI(withAsciiHost(text));
            String host = address.getHost();
            return ("http".equalsIgnoreCase(address.getScheme()) || "https".equalsIgnoreCase(address.getScheme()))
                    && host != null && host.matches("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")
                    && address.getUserInfo() == null && address.getPort() <= 65535;
        } catch (java.net.URISyntaxException | IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static final java.util.regex.Pattern SCHEME_AND_HOST =
            java.util.regex.Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)([^/?#:@]+)(.*)$", java.util.regex.Pattern.DOTALL);

    /** The address with its host name in ASCII ({@link java.net.IDN}); an ASCII host is left as written. */
    private static String withAsciiHost(String text) {
        java.util.regex.Matcher parts = SCHEME_AND_HOST.matcher(text);
        if (!parts.matches() || parts.group(2).chars().allMatch(c -> c < 128)) {
            return text;
        }
        return parts.group(1) + java.net.IDN.toASCII(parts.group(2)) + parts.group(3);
    }

    /**
     * A centre's bulk e-mail ends with its mailing address, as Canada's anti-spam law (CASL) requires: once given, it
     * cannot be emptied (bulk e-mail would go out without it); a centre that never gave one sends no bulk e-mail
     * until it does.
     */
    private static void requireMailingAddress(Tenant tenant) {
        if (tenant.getMailingAddress() == null || tenant.getMailingAddress().isBlank()) {
            throw new BusinessRuleException("tenant.mailingAddressRequired");
        }
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
