package ca.tremplin.campaign;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Requests per day folded into the campaign's weeks, Monday to Sunday, each against the weekly objective. */
final class WeeklyRequests {

    private WeeklyRequests() {
    }

    static List<CampaignFigures.Week> of(Campaign campaign, Map<LocalDate, Long> perDay) {
        Integer target = campaign.isObjectiveWeekly() && campaign.getObjectiveMeasure() == ObjectiveMeasure.REQUESTS
                ? campaign.getObjectiveTarget() : null;
        Map<LocalDate, Long> weeks = new TreeMap<>();
        LocalDate monday = monday(campaign.getStartsOn());
        while (!monday.isAfter(campaign.getEndsOn())) {
            weeks.put(monday, 0L);
            monday = monday.plusWeeks(1);
        }
        perDay.forEach((day, count) -> weeks.computeIfPresent(monday(day), (week, sum) -> sum + count));
        List<CampaignFigures.Week> result = new ArrayList<>();
        weeks.forEach((week, count) -> result.add(new CampaignFigures.Week(week, count, target)));
        return result;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
