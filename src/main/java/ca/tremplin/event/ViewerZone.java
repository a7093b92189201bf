package ca.tremplin.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The visitor's time zone: the one they chose ({@code ?tz=}), else the one their browser reported (the
 * {@code tremplin_tz} cookie that {@code js/viewer-zone.js} writes with the Intl API), else Montréal's. A zone in
 * the address that is none is not silently replaced: the zone chooser says it was ignored.
 */
@Named
@RequestScoped
public class ViewerZone {

    public static final String COOKIE = "tremplin_tz";
    static final ZoneId DEFAULT = ZoneId.of("America/Montreal");

    @Inject
    HttpServletRequest request;

    @Inject
    ca.tremplin.web.LanguagePreference language;

    private ZoneId zone;

    public ZoneId get() {
        if (zone == null) {
            zone = EventTimes.zone(request.getParameter("tz")).or(this::fromCookie).orElse(DEFAULT);
        }
        return zone;
    }

    /** The zone the visitor chose in the address ({@code ?tz=}), when it is one. */
    public Optional<ZoneId> chosen() {
        return EventTimes.zone(request.getParameter("tz"));
    }

    /**
     * The chosen zone as a query ({@code ?tz=Africa%2FDakar}), or "" when none was: what the other language's address
     * of the page keeps, so that switching language does not switch zone.
     */
    public String chosenQuery() {
        return chosen().map(chosenZone -> "?tz=" + java.net.URLEncoder.encode(chosenZone.getId(),
                java.nio.charset.StandardCharsets.UTF_8)).orElse("");
    }

    /** What the zone chooser says when the address names a zone that is none, or null. */
    public String getIgnoredMessage() {
        String asked = request.getParameter("tz");
        if (asked == null || asked.isBlank() || EventTimes.zone(asked).isPresent()) {
            return null;
        }
        return ca.tremplin.kernel.Messages.get(language.getLocale(), "catalog.ignoredParameters",
                "tz=" + shortened(asked));
    }

    /** At most 60 characters of what was asked, cut between characters (never inside a surrogate pair). */
    static String shortened(String asked) {
        return asked.codePointCount(0, asked.length()) > 60
                ? asked.substring(0, asked.offsetByCodePoints(0, 60)) + "…" : asked;
    }

    private Optional<ZoneId> fromCookie() {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return EventTimes.zone(java.net.URLDecoder.decode(cookie.getValue(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
