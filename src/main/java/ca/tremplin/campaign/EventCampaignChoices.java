package ca.tremplin.campaign;

import ca.tremplin.event.EventCampaigns;
import ca.tremplin.event.EventChoices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The event editor's campaign chooser, answered from the signed-in staff member's centre's campaigns. */
@ApplicationScoped
public class EventCampaignChoices implements EventCampaigns {

    @Inject
    CampaignRepository campaigns;

    @Override
    @Transactional
    public List<EventChoices.Choice> ofThisCentre() {
        return campaigns.choices().stream()
                .map(campaign -> new EventChoices.Choice(campaign.getId(), campaign.getName())).toList();
    }

    @Override
    @Transactional
    public boolean isOfThisCentre(long campaignId) {
        return campaigns.find(campaignId).isPresent();
    }
}
