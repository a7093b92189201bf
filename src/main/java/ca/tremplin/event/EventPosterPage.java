package ca.tremplin.event;

import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/** The printable poster of an event ({@code admin/event-poster.xhtml?id=}): title, time, place and QR code. */
@Named
@RequestScoped
public class EventPosterPage {

    @Inject
    EventService events;

    @Inject
    LanguagePreference language;

    private Long id;
    private Event event;

    public void load() {
        if (id == null) {
            throw new NotFoundException("event");
        }
        event = events.find(id);
    }

    /**
     * The time as people at the venue read it: the event's own zone; a webinar, seen from everywhere, names its zone
     * (the registration page then shows each visitor their own time).
     */
    public String getWhen() {
        Locale locale = language.getLocale();
        String when = EventTimes.dateTime(event.getStartsAt(), event.zone(), locale) + " – "
                + EventTimes.time(event.getEndsAt(), event.zone(), locale);
        return event.isVirtual() ? when + ", " + EventTimes.zoneName(event.zone(), event.getStartsAt(), locale)
                : when;
    }

    /** Where: the venue, its city and country; or "online". */
    public String getPlace() {
        return EventCalendarFile.place(event, language.getLocale());
    }

    public boolean isCancelled() {
        return event.getStatus() == EventStatus.CANCELLED;
    }

    public String getAddress() {
        return EventQrCode.registrationAddress(event, language.getLocale());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Event getEvent() { return event; }
}
