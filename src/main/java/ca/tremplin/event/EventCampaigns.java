package ca.tremplin.event;

import java.util.List;

/**
 * The campaigns an event may belong to. Campaigns plan events and sit above them, so the campaign package answers
 * this ({@code campaign.EventCampaignChoices}); both answers are limited to the signed-in staff member's centre.
 */
public interface EventCampaigns {

    /** The centre's current and recent campaigns, newest first. */
    List<EventChoices.Choice> ofThisCentre();

    /** Whether the centre has this campaign: another centre's is not. */
    boolean isOfThisCentre(long campaignId);
}
