package ca.tremplin.showcase;

import ca.tremplin.kernel.RolledBackRetries;
import ca.tremplin.tenant.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Law 25 after a restore, for the showcase: a backup older than a profile's withdrawal holds it whole, published
 * perhaps. {@code src/ops/restore.sh} marks each such profile with its withdrawal's moment and withdrawer, kept from
 * the database it replaced (the same centre, number and moment of posting); at start-up, after the erasures and before
 * anything is served, each profile so marked and not withdrawn is withdrawn again as its withdrawer withdrew it — off
 * the showcase, its photos, guardian's link and content gone, the register's withdrawal and the trail's line written
 * at the recorded moment —, telling no one again. On every other start, one query finds none.
 */
@ApplicationScoped
public class WithdrawnAgainAfterRestore {

    private static final Logger LOG = Logger.getLogger(WithdrawnAgainAfterRestore.class.getName());

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    ShowcaseConsents consents;

    @Inject
    ShowcasePhotos photos;

    @Inject
    ShowcaseLinks links;

    @Inject
    GoneProfiles gone;

    @Inject
    ShowcaseDecisions decisions;

    @Inject
    PublicShowcase showcase;

    /** Called once the erasures are made again (see {@code StartupSequence}); returns how many it withdrew. */
    public int withdrawThoseRecordedAsWithdrawnAcrossAllTenants() {
        @SuppressWarnings("unchecked")
        List<Object[]> marked = tenancy.acrossAllTenants(() -> em.createNativeQuery("select tenant_id, id"
                + " from showcase_profile where withdrawn_at is not null and status <> 'WITHDRAWN' order by id")
                .getResultList());
        int withdrawn = 0;
        for (Object[] row : marked) {
            long tenantId = ((Number) row[0]).longValue();
            long profileId = ((Number) row[1]).longValue();
            if (RolledBackRetries.retried(() -> tenancy.asTenant(tenantId, () -> withdrawAgain(profileId)))) {
                withdrawn++;
            }
        }
        if (withdrawn > 0) {
            int count = withdrawn;
            LOG.warning(() -> "Law 25: " + count + " showcase profiles whose withdrawal a restored backup undid were"
                    + " withdrawn again");
        }
        return withdrawn;
    }

    private boolean withdrawAgain(long profileId) {
        ShowcaseProfile profile = em.find(ShowcaseProfile.class, profileId, LockModeType.PESSIMISTIC_WRITE);
        if (profile == null || profile.getStatus() == ProfileStatus.WITHDRAWN || profile.getWithdrawnAt() == null) {
            return false;
        }
        java.time.Instant at = profile.getWithdrawnAt();
        ShowcaseProfile.Withdrawer by = profile.getWithdrawnBy() != null ? profile.getWithdrawnBy()
                : ShowcaseProfile.Withdrawer.PERSON;
        ProfileStatus from = profile.getStatus();
        consents.withdrawnAgainAfterRestore(profile, by, at);
        photos.deleteAllBut(profileId, null);
        links.deleteAll(profileId, ShowcaseLinks.GUARDIAN);
        gone.leaving(profile, profile.wasPublished());
        profile.withdraw(at, by);
        decisions.forgetReasons(profileId);
        decisions.byOthers(profile, switch (by) {
            case PERSON -> ShowcaseDecision.Kind.WITHDRAWN;
            case GUARDIAN -> ShowcaseDecision.Kind.GUARDIAN_WITHDREW;
            case CENTRE -> ShowcaseDecision.Kind.WITHDRAWN_AT_REQUEST;
        }, from, null, at);
        if (from == ProfileStatus.APPROVED) {
            showcase.forgetFiltersAfterCommit();
        }
        return true;
    }
}
