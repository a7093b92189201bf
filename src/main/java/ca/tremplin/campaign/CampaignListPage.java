package ca.tremplin.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The centre's campaigns ({@code /admin/campaigns.xhtml}), newest first, and below them the coordinating
 * organisation's campaigns that name the centre.
 */
@Named
@RequestScoped
public class CampaignListPage {

    @Inject
    CampaignService campaigns;

    private List<Campaign> shown;
    private List<Campaign> shared;

    public List<Campaign> getCampaigns() {
        if (shown == null) {
            shown = campaigns.list();
        }
        return shown;
    }

    public List<Campaign> getShared() {
        if (shared == null) {
            shared = campaigns.sharedWithThisCentre();
        }
        return shared;
    }
}
