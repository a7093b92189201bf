package ca.tremplin.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The centre's campaigns ({@code /admin/campaigns.xhtml}), newest first. */
@Named
@RequestScoped
public class CampaignListPage {

    @Inject
    CampaignService campaigns;

    private List<Campaign> shown;

    public List<Campaign> getCampaigns() {
        if (shown == null) {
            shown = campaigns.list();
        }
        return shown;
    }
}
