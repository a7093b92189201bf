package ca.tremplin.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first and the last campaign touch of a visitor, carried by the visitor's own browser in a first-party cookie
 * from the first page a tracked link opened to the request, registration or application they send. No script, no
 * third party, and nothing kept on the server until the visitor sends something: the cookie holds only campaign and
 * activity ids and the times of the touches ({@code 12.34.1767225600_12.40.1767312000}).
 *
 * <p>A page opened through a tracked link keeps the touches as a request attribute too, so that a form reached
 * directly through the link (the information form) sees them before the browser sends the cookie back.
 */
public record CampaignTouches(CampaignTouch first, CampaignTouch last) {

    public static final String COOKIE = "tremplin_touch";
    /**
     * How long a touch is remembered, each touch from its own time: a person often asks months after first seeing a
     * campaign. The cookie lives as long from its last touch.
     */
    public static final int MAX_AGE_SECONDS = 90 * 24 * 3600;
    public static final CampaignTouches NONE = new CampaignTouches(null, null);
    private static final String ATTRIBUTE = CampaignTouches.class.getName();
    private static final Pattern VALUE = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})\\.(\\d{1,12})"
            + "(?:_(\\d{1,18})\\.(\\d{1,18})\\.(\\d{1,12}))?");

    public boolean isEmpty() {
        return first == null && last == null;
    }

    /**
     * A new visit through a tracked link: the first touch stays once set (while it counts: {@link #parse} drops one
     * that has expired), the visit becomes the last.
     */
    public CampaignTouches after(CampaignTouch visit) {
        return new CampaignTouches(first == null ? visit : first, visit);
    }

    /** The cookie's value; the last touch is left out when it is the first. */
    public String cookieValue() {
        if (isEmpty()) {
            return "";
        }
        String value = text(first);
        return last == null || last.equals(first) ? value : value + "_" + text(last);
    }

    /**
     * Reads a cookie's value; a value changed by hand or cut short reads as no touch, never as an error. Each touch is
     * judged on its own, as an attribution window is: a touch older than the cookie lives ({@link #MAX_AGE_SECONDS})
     * has expired, and a first touch that has expired gives way to the last, which becomes the first too — the
     * cookie, renewed by every tracked visit, may carry a first touch long past while the last is recent, and that
     * recent touch must not be lost with it. A time no cookie of ours can hold (in the future, a first touch after the
     * last) makes the whole value one changed by hand.
     */
    public static CampaignTouches parse(String value) {
        return parse(value, Instant.now());
    }

    /** {@link #parse(String)} as read at {@code now}. */
    static CampaignTouches parse(String value, Instant now) {
        if (value == null) {
            return NONE;
        }
        Matcher matcher = VALUE.matcher(value.strip());
        if (!matcher.matches()) {
            return NONE;
        }
        try {
            CampaignTouch first = touch(matcher.group(1), matcher.group(2), matcher.group(3), now);
            CampaignTouch last = matcher.group(4) == null ? first
                    : touch(matcher.group(4), matcher.group(5), matcher.group(6), now);
            if (last.at().isBefore(first.at())) {
                throw new java.time.DateTimeException("a first touch after the last: " + value);
            }
            if (expired(last, now)) {
                return NONE;
            }
            return expired(first, now) ? new CampaignTouches(last, last) : new CampaignTouches(first, last);
        } catch (NumberFormatException | java.time.DateTimeException unreadable) {
            return NONE;
        }
    }

    /** The touches of this request: those a tracked link just added, else the browser's cookie. */
    public static CampaignTouches of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof CampaignTouches kept) {
            return kept;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return parse(cookie.getValue());
                }
            }
        }
        return NONE;
    }

    /** Keeps the touches for the rest of this request and in the visitor's browser. */
    public void keep(HttpServletRequest request, HttpServletResponse response) {
        request.setAttribute(ATTRIBUTE, this);
        Cookie cookie = new Cookie(COOKIE, cookieValue());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(MAX_AGE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static String text(CampaignTouch touch) {
        return touch.campaignId() + "." + touch.activityId() + "." + touch.at().getEpochSecond();
    }

    /**
     * A touch as the cookie says it; a time in the future (a value made up by hand: 999999999999 is the year 33658,
     * which no database column takes) is no time a cookie of ours holds.
     */
    private static CampaignTouch touch(String campaign, String activity, String seconds, Instant now) {
        Instant at = Instant.ofEpochSecond(Long.parseLong(seconds));
        if (at.isAfter(now.plus(CLOCK_LEEWAY))) {
            throw new java.time.DateTimeException("a touch in the future: " + seconds);
        }
        return new CampaignTouch(Long.parseLong(campaign), Long.parseLong(activity), at);
    }

    /** A touch older than the cookie lives: it no longer counts, whatever the cookie still carries. */
    private static boolean expired(CampaignTouch touch, Instant now) {
        return touch.at().isBefore(now.minusSeconds(MAX_AGE_SECONDS).minus(CLOCK_LEEWAY));
    }

    /** A day either way: the servers' clocks and the time a visitor keeps a page open before sending it. */
    private static final java.time.Duration CLOCK_LEEWAY = java.time.Duration.ofDays(1);
}
