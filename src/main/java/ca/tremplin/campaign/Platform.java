package ca.tremplin.campaign;

/**
 * Where an activity reaches its audience. Each platform gives the activity's links their {@code utm_medium} (the
 * names analytics tools group by) and a default {@code utm_source} that staff may replace (facebook, bureau-dakar).
 */
public enum Platform {
    SOCIAL("social", "social"),
    WEBINAR("webinar", "webinar"),
    FAIR("event", "fair"),
    PARTNER_OFFICE("referral", "partner"),
    EMAIL("email", "newsletter"),
    ADVERTISEMENT("cpc", "ads"),
    PRESS("press", "press");

    private final String medium;
    private final String defaultSource;

    Platform(String medium, String defaultSource) {
        this.medium = medium;
        this.defaultSource = defaultSource;
    }

    public String medium() {
        return medium;
    }

    public String defaultSource() {
        return defaultSource;
    }
}
