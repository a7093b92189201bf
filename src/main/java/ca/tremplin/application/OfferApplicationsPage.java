package ca.tremplin.application;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One offer's applications for the centre's staff: a board (a column per status, each card with a "move to" menu)
 * and the list, and the interview form for the chosen application.
 */
@Named
@ViewScoped
public class OfferApplicationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> ZONES = List.of("America/Toronto", "Europe/Paris", "Africa/Dakar", "Africa/Casablanca",
            "Africa/Abidjan", "Africa/Tunis", "America/Mexico_City", "America/Bogota", "America/Sao_Paulo",
            "Asia/Ho_Chi_Minh", "Asia/Kolkata", "Asia/Shanghai", "UTC");

    @Inject
    transient ApplicationService applications;

    @Inject
    transient PageMessages messages;

    private Long offer;
    private transient OfferPipeline pipeline;
    private Long applicationId;
    private ApplicationStatus target;
    private LocalDate date;
    private String time = "10:00";
    private String zone = "America/Toronto";
    private int duration = 45;
    private String place;
    private String link;

    public void load() {
        pipeline = applications.pipeline(offer == null ? 0 : offer);
    }

    public void move() {
        try {
            applications.changeStatus(applicationId, target);
            messages.info("application.moved");
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
        load();
    }

    public void schedule() {
        try {
            // "9:30", "09:30" and "9h30" are all read as half past nine
            LocalTime at = LocalTime.parse(time == null ? "" : time.strip().replace('h', ':'),
                    java.time.format.DateTimeFormatter.ofPattern("H:mm"));
            applications.scheduleInterview(applicationId, date == null ? null : date.atTime(at), zone, duration, place,
                    link);
            messages.info("interview.scheduled");
            place = null;
            link = null;
        } catch (java.time.format.DateTimeParseException unreadable) {
            messages.error("interview.timeInvalid");
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
        load();
    }

    public String when(Interview interview) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(interview.start())
                + " (" + interview.getTimeZone() + ")";
    }

    public OfferPipeline getPipeline() {
        if (pipeline == null) {
            load();
        }
        return pipeline;
    }

    public ApplicationStatus[] getStatuses() { return ApplicationStatus.values(); }
    public List<String> getZones() { return ZONES; }
    public Long getOffer() { return offer; }
    public void setOffer(Long offer) { this.offer = offer; }
    public Long getApplicationId() { return applicationId; }
    public void setApplicationId(Long applicationId) { this.applicationId = applicationId; }
    public ApplicationStatus getTarget() { return target; }
    public void setTarget(ApplicationStatus target) { this.target = target; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getTime() { return time; }
    public void setTime(String time) { this.time = time; }
    public String getZone() { return zone; }
    public void setZone(String zone) { this.zone = zone; }
    public int getDuration() { return duration; }
    public void setDuration(int duration) { this.duration = duration; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
}
