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
    /** How long a touch is remembered: a person often asks months after first seeing a campaign. */
    public static final int MAX_AGE_SECONDS = 90 * 24 * 3600;
    public static final CampaignTouches NONE = new CampaignTouches(null, null);
    private static final String ATTRIBUTE = CampaignTouches.class.getName();
    private static final Pattern VALUE = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})\\.(\\d{1,12})"
            + "(?:_(\\d{1,18})\\.(\\d{1,18})\\.(\\d{1,12}))?");

    public boolean isEmpty() {
        return first == null && last == null;
    }

    /** A new visit through a tracked link: the first touch stays once set, the visit becomes the last. */
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

    /** Reads a cookie's value; a value changed by hand or cut short reads as no touch, never as an error. */
    public static CampaignTouches parse(String value) {
        if (value == null) {
            return NONE;
        }
        Matcher matcher = VALUE.matcher(value.strip());
        if (!matcher.matches()) {
            return NONE;
        }
        try {
            CampaignTouch first = touch(matcher.group(1), matcher.group(2), matcher.group(3));
            CampaignTouch last = matcher.group(4) == null ? first
                    : touch(matcher.group(4), matcher.group(5), matcher.group(6));
            return new CampaignTouches(first, last);
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
     * A touch as the cookie says it; a time the cookie cannot hold — in the future, or older than the cookie lives
     * (a value made up by hand: 999999999999 is the year 33658, which no database column takes) — is no touch.
     */
    private static CampaignTouch touch(String campaign, String activity, String seconds) {
        Instant at = Instant.ofEpochSecond(Long.parseLong(seconds));
        Instant now = Instant.now();
        if (at.isAfter(now.plus(java.time.Duration.ofDays(1)))
                || at.isBefore(now.minusSeconds(MAX_AGE_SECONDS).minus(java.time.Duration.ofDays(1)))) {
            throw new java.time.DateTimeException("not a time the cookie can hold: " + seconds);
        }
        return new CampaignTouch(Long.parseLong(campaign), Long.parseLong(activity), at);
    }
}
