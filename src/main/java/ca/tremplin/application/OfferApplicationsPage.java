package ca.tremplin.application;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.TableSort;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.event.DragDropEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * One offer's applications for the centre's staff, the same two ways as the lead pipeline: a board (a column per
 * status with its count and its first cards, "more" for the next ones; a card dragged onto a column changes its
 * status, or from the keyboard with the card's "Choose" and the "Move to" form) and the list, paged and sorted in SQL;
 * and the interview form for the chosen application.
 */
@Named
@ViewScoped
public class OfferApplicationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PER_COLUMN = 20;
    /** Québec's time, offered first and chosen when nothing says where the candidate is. */
    static final String QUEBEC_ZONE = "America/Montreal";
    /**
     * Where candidates most often are, offered for every candidate besides Québec's time; the zones the chosen
     * candidate's own browsers reported are offered too ({@link #getZones}).
     */
    static final List<String> COMMON_ZONES = List.of("Europe/Paris", "Africa/Dakar", "Africa/Casablanca",
            "Africa/Abidjan", "Africa/Tunis", "Africa/Algiers", "Africa/Lagos", "Africa/Douala", "Africa/Kinshasa",
            "Indian/Antananarivo", "America/Mexico_City", "America/Bogota", "America/Sao_Paulo",
            "Asia/Ho_Chi_Minh", "Asia/Kolkata", "Asia/Shanghai", "UTC");
    private static final TableSort LATEST_FIRST = new TableSort("appliedAt", false);

    @Inject
    ApplicationService applications;

    @Inject
    OfferPipelineService pipelines;

    @Inject
    PageMessages messages;

    @Inject
    EarlierSendings earlierSendings;

    private Long offer;
    /** What the offer's applications were sent before being sent again, read once per page shown. */
    private Map<Long, List<EarlierSendings.EarlierSending>> earlier;
    private transient OfferPipeline pipeline;
    private LazyDataModel<ApplicationRow> list;
    private ApplicationRow chosen;
    private ApplicationStatus target;
    /** A move to hired, rejected or withdrawn waiting for its confirmation: it cannot be undone. */
    private ApplicationStatus confirming;
    private LocalDate date;
    private String time = "10:00";
    private String zone = QUEBEC_ZONE;
    /** The zones the chosen candidate's browsers reported, the one they applied from first (may be empty). */
    private List<String> candidateZones = List.of();
    private int duration = 45;
    private String place;
    private String link;
    /** An interview whose cancellation waits for its confirmation: the candidate is told at once. */
    private Long cancelling;
    private int cancellingSequence;

    /** View action, after the offer parameter is read. */
    public void load() {
        pipeline = pipelines.board(offer == null ? 0 : offer, PER_COLUMN);
        earlier = null;
        if (list == null) {
            list = new ApplicationList(offer);
        }
    }

    public void more(ApplicationStatus status) {
        pipeline = getPipeline().withMore(status,
                pipelines.more(offer, status, getPipeline().inStatus(status).size(), PER_COLUMN));
    }

    /** A card dropped on a column: the application moves to that status. */
    public void onDrop(DragDropEvent event) {
        ca.tremplin.web.BoardDrop.of(event).ifPresent(drop -> {
            List<ApplicationStatus> statuses = ApplicationStatus.board();
            List<ApplicationRow> cards = getPipeline().inStatus(statuses.get(drop.fromColumn()));
            ApplicationStatus to = statuses.get(drop.toColumn());
            if (drop.card() < cards.size() && cards.get(drop.card()).status() != to) {
                ApplicationRow dropped = cards.get(drop.card());
                if (chosen == null || !chosen.id().equals(dropped.id())) {
                    // The interview form, if the move leaves the card chosen, is this candidate's, in their zone.
                    select(dropped);
                }
                target = to;
                move();
            }
        });
    }

    /** The keyboard's way: "Choose" on a card makes it the application the move and interview forms act on. */
    public void choose(ApplicationRow card) {
        heldNews = null;
        target = null;
        confirming = null;
        select(card);
    }

    private void select(ApplicationRow card) {
        chosen = card;
        // The zones the candidate applied or wrote from are offered, Québec's chosen: an interview at the centre is in
        // Québec's time whatever zone the candidate applied from, and a browser in Québec may well say "Toronto".
        // Staff choose the candidate's zone to type the time as the candidate reads it (a video call abroad).
        candidateZones = service().candidateZones(card.id());
        zone = QUEBEC_ZONE;
        // The form starts from the interview already planned, so that a move changes what is typed and nothing else
        // (its zone, its link) by omission.
        getPipeline().interviewsOf(card.id()).stream().findFirst().ifPresent(this::fillFrom);
    }

    private void fillFrom(Interview planned) {
        java.time.ZonedDateTime start = planned.start();
        date = start.toLocalDate();
        time = java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(start);
        zone = planned.getTimeZone();
        duration = planned.getDurationMinutes();
        place = planned.getPlace();
        link = planned.getLink();
    }

    /**
     * Moves the chosen application; a move to a final status (hired, rejected, withdrawn), which cannot be undone,
     * waits for {@link #confirmMove} — a card dropped on the wrong column, or a status picked a line too low, is not
     * an answer sent to a candidate.
     */
    public void move() {
        if (chosen == null) {
            messages.error("application.chooseFirst");
            return;
        }
        if (target != null && target.isFinal() && target != chosen.status()) {
            confirming = target;
            return;
        }
        changeStatus(target);
    }

    public void confirmMove() {
        if (chosen == null || confirming == null) {
            messages.error("application.chooseFirst");
            return;
        }
        ApplicationStatus confirmed = confirming;
        heldNews = null;
        try {
            // Asked to tell the candidate and nothing went: said, so that nobody believes they were told.
            say(applications.changeStatus(chosen.id(), chosen.status(), confirmed, refusalReason, tellCandidate));
            chosen = null;
            confirming = null;
            refusalReason = null;
            tellCandidate = true;
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
            if (CHANGED_MEANWHILE.equals(broken.messageKey())) {
                // Nothing to correct: the card moved since, and the board shows it where it stands now.
                chosen = null;
                confirming = null;
                load();
            }
            // Otherwise the panel stays open with what was typed, to be corrected.
            return;
        }
        load();
    }

    private static final String CHANGED_MEANWHILE = "application.changedMeanwhile";

    /** What the move told the candidate, and a held mail it took back, as staff read it. */
    private void say(MoveOutcome outcome) {
        messages.info(outcome.news().messageKey());
        if (outcome.newsTakenBack() != null) {
            messages.info("application.newsTakenBack",
                    new ca.tremplin.kernel.Messages.Phrase(outcome.newsTakenBack().messageKey()));
        }
    }

    /**
     * What a final decision tells the candidate, if anything: an e-mail (by default) and, for a refusal, the reason
     * staff type.
     */
    private String refusalReason;
    private boolean tellCandidate = true;

    public String getRefusalReason() { return refusalReason; }
    public void setRefusalReason(String refusalReason) { this.refusalReason = refusalReason; }
    public boolean isTellCandidate() { return tellCandidate; }
    public void setTellCandidate(boolean tellCandidate) { this.tellCandidate = tellCandidate; }

    public void cancelMove() {
        confirming = null;
        refusalReason = null;
        tellCandidate = true;
        load();
    }

    private void changeStatus(ApplicationStatus to) {
        heldNews = null;
        try {
            // A step that is news to the candidate is told a few minutes later, unless the card moves again or staff
            // choose, meanwhile, not to tell them (keepUntold).
            ApplicationRow moved = chosen;
            MoveOutcome outcome = applications.changeStatus(moved.id(), moved.status(), to, null, true);
            say(outcome);
            if (outcome.news() == MoveOutcome.News.HELD) {
                heldNews = new HeldNews(moved.id(), to, moved.fullName());
            }
            chosen = null;
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
            if (CHANGED_MEANWHILE.equals(broken.messageKey())) {
                chosen = null;
            }
        }
        load();
    }

    /**
     * The move just made whose news waits in the outbox (screened, offer made): the page offers not to tell the
     * candidate of it, the choice a final move asks before it is made. Null once answered or after another action.
     */
    private HeldNews heldNews;

    /** An application just moved to {@code step}, whose candidate's mail is held. */
    public record HeldNews(long applicationId, ApplicationStatus step, String name) implements Serializable {
    }

    public HeldNews getHeldNews() { return heldNews; }

    /** "Do not tell them": the held mail of the move just made does not leave, if it has not left already. */
    public void keepUntold() {
        HeldNews held = heldNews;
        heldNews = null;
        if (held == null) {
            return;
        }
        try {
            boolean kept = applications.keepUntold(held.applicationId(), held.step());
            messages.info(kept ? "application.keptUntold" : "application.newsAlreadyLeft", held.name(),
                    new ca.tremplin.kernel.Messages.Phrase(held.step().messageKey()));
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
        load();
    }

    public ApplicationStatus getConfirming() { return confirming; }

    /** The offer filled or closed: its applications still open are refused at once, their candidates told or not. */
    public void refuseTheRemaining() {
        heldNews = null;
        try {
            int[] done = applications.refuseTheRemaining(offer, remainingReason, tellRemaining);
            messages.info("application.remainingRefused", done[0], done[1], done[2]);
            remainingReason = null;
            tellRemaining = true;
            chosen = null;
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
        load();
    }

    /** The bulk refusal's own reason and choice: a reason typed for one candidate never goes to all of them. */
    private String remainingReason;
    private boolean tellRemaining = true;

    public String getRemainingReason() { return remainingReason; }
    public void setRemainingReason(String remainingReason) { this.remainingReason = remainingReason; }
    public boolean isTellRemaining() { return tellRemaining; }
    public void setTellRemaining(boolean tellRemaining) { this.tellRemaining = tellRemaining; }

    public void schedule() {
        if (chosen == null) {
            messages.error("application.chooseFirst");
            return;
        }
        setInterview(() -> applications.scheduleInterview(chosen.id(), startTyped(), zone, duration, place, link),
                "interview.scheduled");
    }

    /** The chosen application's interview moved to the date, time, zone, length and place typed in the form. */
    public void moveInterview(Interview shown) {
        setInterview(() -> applications.moveInterview(shown.getId(), shown.getSequence(), startTyped(), zone,
                duration, place, link), "interview.moved");
    }

    /**
     * Schedules or moves, then says so, and what it overlaps; the form then shows the interview as it stands, so that
     * the next move changes what is typed and nothing else (a move of the time alone keeps its place or link).
     */
    private void setInterview(java.util.function.Supplier<Interview> action, String doneKey) {
        heldNews = null;
        try {
            Interview set = action.get();
            // An interview moves a new or screened application on: the card kept chosen says where it stands now,
            // which the next move names as the status it saw.
            if (chosen != null) {
                chosen = service().row(offer, chosen.id()).orElse(chosen);
            }
            messages.info(doneKey);
            warnOfOverlaps(set);
            fillFrom(set);
        } catch (java.time.format.DateTimeParseException unreadable) {
            messages.error("interview.timeInvalid");
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
        load();
    }

    public void askToCancel(Interview shown) {
        cancelling = shown.getId();
        cancellingSequence = shown.getSequence();
    }

    public void keepInterview() {
        cancelling = null;
    }

    public void confirmCancel() {
        if (cancelling == null) {
            return;
        }
        try {
            applications.cancelInterview(cancelling, cancellingSequence);
            messages.info("interview.cancelled");
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
        cancelling = null;
        load();
    }

    /** The chosen application's interviews still planned, to move or cancel. */
    public List<Interview> getChosenInterviews() {
        return chosen == null ? List.of() : getPipeline().interviewsOf(chosen.id());
    }

    public Long getCancelling() { return cancelling; }

    /** "9:30", "09:30" and "9h30" are all read as half past nine. */
    private java.time.LocalDateTime startTyped() {
        LocalTime at = LocalTime.parse(time == null ? "" : time.strip().replace('h', ':'),
                java.time.format.DateTimeFormatter.ofPattern("H:mm"));
        return date == null ? null : date.atTime(at);
    }

    private void warnOfOverlaps(Interview interview) {
        List<Interview> others = applications.overlapping(interview);
        if (!others.isEmpty()) {
            messages.error("interview.overlap", others.stream().map(this::when)
                    .collect(java.util.stream.Collectors.joining(" ; ")));
        }
    }

    /**
     * When, as staff read it: in the zone it was set in, and in Québec's time beside it when that zone is another
     * ("15 déc. 2026, 14 h 00, Dakar (UTC+00:00) — 09 h 00 à Montréal"), so that a recruiter in Saguenay sees their own
     * hour; written in the page's language, as the candidate's invitation is in theirs.
     */
    public String when(Interview interview) {
        return when(interview, messages.locale());
    }

    static String when(Interview interview, java.util.Locale locale) {
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT).withLocale(locale);
        java.time.ZonedDateTime start = interview.start();
        String set = ca.tremplin.kernel.FrenchDates.withOrdinal(format.format(start), start, locale) + ", "
                + ca.tremplin.event.EventTimes.zoneName(start.getZone(), start.toInstant(), locale);
        java.time.ZonedDateTime quebec = interview.getStartsAt().atZone(ca.tremplin.kernel.QuebecTime.ZONE);
        if (quebec.getOffset().equals(start.getOffset())) {
            return set;
        }
        String quebecTime = quebec.toLocalDate().equals(start.toLocalDate())
                ? java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                        .withLocale(locale).format(quebec)
                : ca.tremplin.kernel.FrenchDates.withOrdinal(format.format(quebec), quebec, locale);
        return set + " — " + ca.tremplin.kernel.Messages.get(locale, "interview.quebecTime", quebecTime);
    }

    public OfferPipeline getPipeline() {
        if (pipeline == null) {
            load();
        }
        return pipeline;
    }

    /**
     * The earlier versions of an application, oldest first: a person who had withdrawn their consent sent it again,
     * and what it held before is kept beside the CV, unread (one query for the whole offer, at the first row asking).
     */
    public List<EarlierSendings.EarlierSending> earlier(long applicationId) {
        if (earlier == null) {
            EarlierSendings sendings = earlierSendings != null ? earlierSendings
                    : jakarta.enterprise.inject.spi.CDI.current().select(EarlierSendings.class).get();
            earlier = new java.util.HashMap<>(sendings.ofOffer(offer == null ? 0 : offer));
        }
        return earlier.getOrDefault(applicationId, List.of());
    }

    /** The services are not kept with a view that was written out and read back: found again then. */
    private OfferPipelineService service() {
        return pipelines != null ? pipelines
                : jakarta.enterprise.inject.spi.CDI.current().select(OfferPipelineService.class).get();
    }

    /** The list: one page at a time, sorted in SQL. */
    private final class ApplicationList extends LazyDataModel<ApplicationRow> {

        private static final long serialVersionUID = 1L;
        private final Long offerId;

        ApplicationList(Long offerId) {
            this.offerId = offerId;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) service().count(offerId);
        }

        @Override
        public List<ApplicationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            TableSort sort = TableSort.of(sortBy);
            return service().page(offerId, first, pageSize, sort.field() == null ? LATEST_FIRST : sort);
        }

        @Override
        public String getRowKey(ApplicationRow row) {
            return String.valueOf(row.id());
        }
    }

    public LazyDataModel<ApplicationRow> getList() { return list; }
    public List<ApplicationStatus> getStatuses() { return ApplicationStatus.board(); }
    /**
     * Québec's time first, then by name, each with its offset today: where candidates most often are, the zones the
     * chosen candidate's browsers reported ("Manille (UTC+08:00)" for one who applied from Manila, which no short
     * list holds), and the zone chosen now (an interview's, planned in any zone). The chosen zone is listed before
     * another of the same name and time ("UTC" and "Etc/UTC"), so that the menu shows it chosen.
     */
    public List<ca.tremplin.event.EventZones.Choice> getZones() {
        Locale locale = messages.locale();
        java.time.Instant now = java.time.Instant.now();
        java.util.LinkedHashSet<String> others = new java.util.LinkedHashSet<>();
        ca.tremplin.event.EventTimes.zone(zone).ifPresent(shown -> others.add(zone));
        others.addAll(candidateZones);
        others.addAll(COMMON_ZONES);
        others.remove(QUEBEC_ZONE);
        List<ca.tremplin.event.EventZones.Choice> zones = new java.util.ArrayList<>(
                ca.tremplin.event.EventZones.choices(List.of(QUEBEC_ZONE), locale, now));
        zones.addAll(ca.tremplin.event.EventZones.choices(List.copyOf(others), locale, now));
        return zones;
    }
    public Long getOffer() { return offer; }
    public void setOffer(Long offer) { this.offer = offer; }
    public ApplicationRow getChosen() { return chosen; }
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
