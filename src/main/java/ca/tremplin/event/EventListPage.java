package ca.tremplin.event;

import ca.tremplin.web.LanguagePreference;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The back office's events: a list paged and sorted in SQL, and a calendar beside it that loads only the range
 * it shows. Times are shown in the staff member's zone (their browser's, else Montréal's).
 */
@Named
@ViewScoped
public class EventListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventService events;

    @Inject
    LanguagePreference language;

    @Inject
    ViewerZone viewerZone;

    private EventStatus status;
    private String zone;
    /** The page it shows, kept with the view (in the session): rows, not events ({@link EventRow}). */
    private LazyDataModel<EventRow> table;
    private ScheduleModel calendar;

    @PostConstruct
    void init() {
        zone = viewerZone.get().getId();
        table = new ca.tremplin.web.ServerPagedRows<>(() -> events.count(status),
                (first, size, sort) -> events.page(status, first, size, sort), EventRow::id);
        calendar = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                ZoneId shown = ZoneId.of(zone);
                for (Event event : events.between(start.atZone(shown).toInstant(), end.atZone(shown).toInstant())) {
                    addEvent(DefaultScheduleEvent.builder()
                            .title(event.title(language.getLocale()))
                            .startDate(LocalDateTime.ofInstant(event.getStartsAt(), shown))
                            .endDate(LocalDateTime.ofInstant(event.getEndsAt(), shown))
                            .url("event.xhtml?id=" + event.getId())
                            .styleClass("event-" + event.getStatus().name().toLowerCase())
                            .build());
                }
            }
        };
    }

    private java.util.List<EventRow> namingDepartedStaff;

    /** The events to come whose staff attending include someone who left: read once for the page. */
    public java.util.List<EventRow> getNamingDepartedStaff() {
        if (namingDepartedStaff == null) {
            namingDepartedStaff = events.toComeNamingDepartedStaff();
        }
        return namingDepartedStaff;
    }

    public String when(EventRow event) {
        return EventTimes.dateTime(event.startsAt(), ZoneId.of(zone), language.getLocale());
    }

    public LazyDataModel<EventRow> getEvents() {
        return table;
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }

    public String getZone() {
        return zone;
    }

    /**
     * The zone the list and the calendar are both in, said ("Dakar (UTC+00:00)"): on a first visit Montréal's, until
     * the browser has told its own (js/viewer-zone.js, read at the next page).
     */
    public String getZoneNote() {
        return ca.tremplin.kernel.Messages.get(language.getLocale(), "eventsAdmin.shownZone",
                EventTimes.zoneName(ZoneId.of(zone), java.time.Instant.now(), language.getLocale()));
    }

    public EventStatus[] getStatuses() {
        return EventStatus.values();
    }

    /** Whether a status narrows the list (an empty list then says that none has it, not that there is none). */
    public boolean isFiltered() {
        return status != null;
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }
}
