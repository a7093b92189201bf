package ca.tremplin.event;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The public addresses of events, French first with an English twin: {@code /fr/evenements},
 * {@code /en/events}, and one page per event whose last segment starts with its id
 * ({@code /fr/evenements/42-salon-de-paris}); the title part is for people and search engines, and the page answers
 * at its own only: another after the id (an earlier title, words added) leads there for good ({@link #movedTo}).
 */
public final class EventPaths {

    public static final String FRENCH_LIST = "/fr/evenements";
    public static final String ENGLISH_LIST = "/en/events";

    private EventPaths() {
    }

    public static String list(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH_LIST : FRENCH_LIST;
    }

    public static String page(long id, String title, Locale locale) {
        return list(locale) + "/" + slug(id, title);
    }

    /**
     * Where an event page asked by {@code segment} (the address's last part, "42-salon-de-paris") moved for good: its
     * address of today in {@code locale}, when the segment is any other — words added or cut, an earlier title, the
     * other language's words, no words —; empty when it is the page's own address.
     */
    static Optional<String> movedTo(String segment, long id, String title, Locale locale) {
        return slug(id, title).equals(segment) ? Optional.empty() : Optional.of(page(id, title, locale));
    }

    /** The calendar file of an event, in the given language. */
    public static String calendarFile(long id, Locale locale) {
        return list(locale) + "/" + id + ".ics";
    }

    static String slug(Long id, String title) {
        String words = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (words.length() > 60) {
            words = words.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return words.isEmpty() ? String.valueOf(id) : id + "-" + words;
    }

    /** The id an event page's last segment starts with ("42-salon" → 42, "42.ics" → 42). */
    static Optional<Long> idOf(String segment) {
        int end = 0;
        while (end < segment.length() && Character.isDigit(segment.charAt(end)) && end < 18) {
            end++;
        }
        if (end == 0 || (end < segment.length() && segment.charAt(end) != '-' && segment.charAt(end) != '.')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(segment.substring(0, end)));
    }
}
