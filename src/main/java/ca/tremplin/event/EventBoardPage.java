package ca.tremplin.event;

import ca.tremplin.web.LanguageLinks;
import ca.tremplin.web.LanguagePreference;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** The public list of upcoming events, soonest first, times in the visitor's zone. */
@Named
@RequestScoped
public class EventBoardPage {

    static final int SHOWN = 100;

    @Inject
    PublicEvents events;

    @Inject
    ViewerZone viewerZone;

    @Inject
    LanguagePreference language;

    @Inject
    LanguageLinks languageLinks;

    @Inject
    HttpServletRequest request;

    private List<Event> upcoming;

    @PostConstruct
    void load() {
        upcoming = events.upcoming(0, SHOWN);
        languageLinks.twins(EventPaths.FRENCH_LIST + viewerZone.chosenQuery(),
                EventPaths.ENGLISH_LIST + viewerZone.chosenQuery());
    }

    public List<Event> getUpcoming() {
        return upcoming;
    }

    public String when(Event event) {
        return EventTimes.span(event, viewerZone.get(), language.getLocale());
    }

    public String path(Event event) {
        Locale locale = language.getLocale();
        // The zone chosen on the list follows the visitor to the event.
        return request.getContextPath() + EventPaths.page(event.getId(), event.title(locale), locale)
                + viewerZone.chosenQuery();
    }

    public String getViewerZone() {
        return viewerZone.get().getId();
    }

    /** The zones to show the times in, each named with its offset today. */
    public List<EventZones.Choice> getZones() {
        return EventZones.choices(language.getLocale(), java.time.Instant.now(), getViewerZone());
    }
}
