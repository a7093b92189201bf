package ca.tremplin.campaign;

import ca.tremplin.kernel.Amounts;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a campaign brought: visits through its links, and requests, registrations, applications, leads and enrolled
 * leads whose first or last touch it was, side by side, with its budget per lead and per enrolment when it has one; its requests week by week against its objective when the objective counts
 * requests a week.
 */
public record CampaignFigures(long visits, Attributed requests, Attributed registrations, Attributed applications,
                              Attributed leads, Attributed enrolments, BigDecimal budget, List<PageVisits> pages,
                              List<Week> weeks) implements Serializable {

    /** The budget per lead whose first touch the campaign was, and whose last; null without a budget or a lead. */
    public BigDecimal budgetPerLeadFirstTouch() {
        return Amounts.per(budget, leads.firstTouch());
    }

    public BigDecimal budgetPerLeadLastTouch() {
        return Amounts.per(budget, leads.lastTouch());
    }

    /** The budget per enrolled lead (enrolled or arrived) at first touch and at last touch. */
    public BigDecimal budgetPerEnrolmentFirstTouch() {
        return Amounts.per(budget, enrolments.firstTouch());
    }

    public BigDecimal budgetPerEnrolmentLastTouch() {
        return Amounts.per(budget, enrolments.lastTouch());
    }

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
