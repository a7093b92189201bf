package ca.tremplin.campaign;

import ca.tremplin.kernel.RateLimits;
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
     * Visits counted per address and hour: a visitor reopening a printed link, a class scanning one code on a fair's
     * network behind one address, are counted; a script asking the link in a loop stops counting (its pages still
     * open). Counted in each server's memory first, then in the database, as the other limits are.
     */
    static final RateLimits.Limit PER_ADDRESS = RateLimits.Limit.fromEnvironment("campaign-visit-ip",
            "TREMPLIN_CAMPAIGN_VISITS_PER_IP_PER_HOUR", 300);

    @Inject
    RateLimits rateLimits;

    /**
     * Counts the visit of a page that was served (the caller asks once the page has answered, so that an address
     * that names no page counts nothing) when the link names a known activity of the campaign it says (a link whose
     * utm_campaign was changed by hand is not the activity's, and is not counted), and the address has not asked
     * too often this hour.
     */
    public void count(String utmCampaign, String utmContent, String page, String address) {
        Optional<Long> activityId = TrackedLinks.activityOf(utmCampaign, utmContent);
        if (activityId.isEmpty()) {
            return;
        }
        try {
            rateLimits.acquire(PER_ADDRESS, address == null ? "" : address);
        } catch (ca.tremplin.kernel.RateLimitedException tooOften) {
            return;
        }
        Instant now = clock.instant();
        String counted = page.length() <= PAGE_MAX ? page : page.substring(0, PAGE_MAX);
        tenancy.acrossAllTenants(() -> {
            activityNamed(activityId.get(), utmCampaign.strip())
                    .ifPresent(found -> campaigns.countVisit(found, LocalDate.ofInstant(now, ZONE), counted));
            return null;
        });
    }

    /**
     * The touch that UTM parameters name (a tracked link opened, or passed on by a partner site whose API request
     * carries no cookie of ours), now; none when they name no known activity of that campaign. Nothing is counted.
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

    /** The activity, if the campaign code given is its campaign's: a code changed by hand names nothing. */
    private Optional<CampaignRepository.VisitedActivity> activityNamed(long activityId, String utmCampaign) {
        return campaigns.activityOfAnyCentre(activityId)
                .filter(found -> found.campaignCode().equals(utmCampaign.toLowerCase(Locale.ROOT)));
    }
}
