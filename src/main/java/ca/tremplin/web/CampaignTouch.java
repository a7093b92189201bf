package ca.tremplin.web;

import java.time.Instant;

/**
 * A visitor opened a public page through a campaign activity's tracked link: which campaign, which activity, and
 * when. Nothing about the visitor: the same value is shared by everyone who clicked that link at that second.
 */
public record CampaignTouch(long campaignId, long activityId, Instant at) {
}
