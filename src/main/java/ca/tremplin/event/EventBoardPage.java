package ca.tremplin.event;

import ca.tremplin.kernel.AddressParameters;
import ca.tremplin.kernel.Messages;
import ca.tremplin.web.LanguageLinks;
import ca.tremplin.web.LanguagePreference;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The public list of upcoming events, soonest first, times in the visitor's zone, a page of {@value #PAGE_SIZE} at a
 * time. A page is an address ({@code ?page=2}, with the zone chosen, {@code &tz=}), which links lead to without a
 * script and which names itself as its canonical address: every page's events are found by a search engine, and each
 * event has its own address in the sitemap besides.
 */
@Named
@RequestScoped
public class EventBoardPage {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE = 10_000;

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
    private int page;
    private int pageCount;
    private List<String> ignored;
    private List<String> repeated;

    @PostConstruct
    void load() {
        AddressParameters address = new AddressParameters(request.getParameterMap());
        page = address.page(MAX_PAGE);
        ignored = new ArrayList<>(address.ignored());
        repeated = address.repeated();
        PublicEvents.UpcomingPage shown = events.upcoming(page, PAGE_SIZE);
        pageCount = (int) Math.max(1, (shown.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page > pageCount) {
            // A page past the last (a bookmark from when there were more events): the last one, and said, as the
            // catalogue and the offers do, rather than an empty page.
            ignored.add("page=" + page);
            page = pageCount;
            shown = events.upcoming(page, PAGE_SIZE);
        }
        upcoming = shown.events();
        languageLinks.twins(address(Locale.FRENCH, page), address(Locale.ENGLISH, page));
    }

    /** The list's address on a page, in a language, with the zone the visitor chose. */
    private String address(Locale locale, int onPage) {
        String zone = viewerZone.chosenQuery();
        String pageQuery = onPage == 1 ? "" : (zone.isEmpty() ? "?" : "&") + "page=" + onPage;
        return EventPaths.list(locale) + zone + pageQuery;
    }

    public List<Event> getUpcoming() {
        return upcoming;
    }

    public String getPreviousPageLink() {
        return page > 1 ? request.getContextPath() + address(language.getLocale(), page - 1) : null;
    }

    public String getNextPageLink() {
        return page < pageCount ? request.getContextPath() + address(language.getLocale(), page + 1) : null;
    }

    /** "Page 2 of 5", between the links; nothing when every event fits on one page. */
    public String getPageText() {
        return pageCount > 1 ? Messages.get(language.getLocale(), "catalog.pageOf", page, pageCount) : null;
    }

    /** The page the zone chooser keeps when the visitor picks another zone; null on the first. */
    public Integer getKeptPage() {
        return page > 1 ? page : null;
    }

    /** Said above the list when the address asked for a page that cannot be read or is past the last. */
    public String getIgnoredMessage() {
        return AddressParameters.ignoredMessage(language.getLocale(), ignored, repeated);
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
