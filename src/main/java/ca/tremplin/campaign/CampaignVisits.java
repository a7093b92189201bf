package ca.tremplin.campaign;

import ca.tremplin.tenant.Tenancy;
import ca.tremplin.web.CampaignTouch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * A public page opened through a tracked link: the activity is recognised, one is added to the day's counter of that
 * activity and page, and the touch is handed back for the visitor's browser to carry. Nothing about the visitor is
 * written: no address, no cookie value, no identifier.
 */
@ApplicationScoped
public class CampaignVisits {

    /** Days are counted in Québec, where the campaigns are run. */
    static final ZoneId ZONE = ca.tremplin.kernel.QuebecTime.ZONE;
    static final int PAGE_MAX = 200;

    @Inject
    CampaignRepository campaigns;

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    /**
     * Counts the visit when the link names a known activity of the campaign it says (a link whose utm_campaign was
     * changed by hand is not the activity's, and is not counted); the touch to remember, if so.
     */
    public Optional<CampaignTouch> visit(String utmCampaign, String utmContent, String page) {
        Optional<Long> activityId = TrackedLinks.activityOf(utmCampaign, utmContent);
        if (activityId.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String counted = page.length() <= PAGE_MAX ? page : page.substring(0, PAGE_MAX);
        return tenancy.acrossAllTenants(() -> countAcrossTenants(activityId.get(), utmCampaign.strip(), counted, now));
    }

    /**
     * The touch that UTM parameters a partner site passed on name (the API's request carries no cookie of ours), now;
     * none when they name no known activity of that campaign. Nothing is counted: no page of ours was opened.
     */
    public Optional<CampaignTouch> touchOf(String utmCampaign, String utmContent) {
        Optional<Long> activityId = TrackedLinks.activityOf(utmCampaign, utmContent);
        if (activityId.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tenancy.acrossAllTenants(() -> activityNamed(activityId.get(), utmCampaign.strip())
                .map(found -> new CampaignTouch(found.campaignId(), activityId.get(), now)));
    }

    /** In the transaction {@link Tenancy#acrossAllTenants} opened: the activity's centre is not known before. */
    private Optional<CampaignTouch> countAcrossTenants(long activityId, String utmCampaign, String page, Instant now) {
        Optional<CampaignRepository.VisitedActivity> activity = activityNamed(activityId, utmCampaign);
        activity.ifPresent(found -> campaigns.countVisit(found, LocalDate.ofInstant(now, ZONE), page));
        return activity.map(found -> new CampaignTouch(found.campaignId(), activityId, now));
    }

    /** The activity, if the campaign code given is its campaign's: a code changed by hand names nothing. */
    private Optional<CampaignRepository.VisitedActivity> activityNamed(long activityId, String utmCampaign) {
        return campaigns.activityOfAnyCentre(activityId)
                .filter(found -> found.campaignCode().equals(utmCampaign.toLowerCase(Locale.ROOT)));
    }
}
