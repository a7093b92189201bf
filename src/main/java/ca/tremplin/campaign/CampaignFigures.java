package ca.tremplin.campaign;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a campaign brought: visits through its links, and requests, registrations, applications and leads whose first
 * or last touch it was, side by side; its requests week by week against its objective when the objective counts
 * requests a week.
 */
public record CampaignFigures(long visits, Attributed requests, Attributed registrations, Attributed applications,
                              Attributed leads, List<PageVisits> pages, List<Week> weeks) implements Serializable {

    /** How many had the campaign as their first touch, and as their last. */
    public record Attributed(long firstTouch, long lastTouch) implements Serializable {
    }

    public record PageVisits(String page, long visits) implements Serializable {
    }

    /** A week of the campaign (from its Monday): requests whose last touch was the campaign, and the objective. */
    public record Week(LocalDate monday, long requests, Integer target) implements Serializable {

        public boolean reached() {
            return target != null && requests >= target;
        }
    }
}
