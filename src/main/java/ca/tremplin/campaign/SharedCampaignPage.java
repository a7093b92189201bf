package ca.tremplin.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * A coordinating organisation's campaign as a centre it names reads it ({@code /admin/shared-campaign.xhtml?id=}):
 * objective, messages, the plan week by week with each activity's tracked links and QR code to use in the centre's
 * own posts and fairs, and what the campaign brought to this centre. Nothing on it changes the campaign; a campaign
 * that does not name the centre answers 404.
 */
@Named
@RequestScoped
public class SharedCampaignPage {

    @Inject
    CampaignService campaigns;

    private Long id;
    private CampaignService.SharedCampaign shared;

    public void load() {
        if (id == null) {
            throw new ca.tremplin.kernel.NotFoundException("campaign");
        }
        shared = campaigns.shared(id);
    }

    public Campaign getCampaign() {
        return shared.campaign();
    }

    public CampaignFigures getFigures() {
        return shared.figures();
    }

    public boolean isPlanEmpty() {
        return shared.plan().isEmpty();
    }

    /** The plan's lines grouped by week (the Monday before each date), in date order. */
    public List<List<CampaignService.ActivityLine>> getWeeks() {
        return CampaignService.ActivityLine.byWeek(shared.plan());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
