package ca.tremplin.event;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * One event as the back office's list of events shows it and keeps it with its view: what the line shows, read in the
 * transaction that found it, never the event itself — a view travels with the session, replicated between servers,
 * and an entity would carry its lazy collections (the programs, centres and staff it names) there.
 */
public record EventRow(long id, Instant startsAt, String titleFr, String titleEn, EventType type, boolean virtual,
                       String city, EventStatus status) implements Serializable {

    static EventRow of(Event event) {
        return new EventRow(event.getId(), event.getStartsAt(), event.getTitleFr(), event.getTitleEn(),
                event.getType(), event.isVirtual(), event.getCity(), event.getStatus());
    }

    /** The title in the reader's language, as {@link Event#title} says it. */
    public String title(Locale locale) {
        return Event.title(titleFr, titleEn, locale);
    }
}
