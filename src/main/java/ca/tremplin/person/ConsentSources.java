package ca.tremplin.person;

import ca.tremplin.kernel.MissingValue;
import ca.tremplin.kernel.Messages;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a consent was given: the words a record keeps ("FORM /fr/information?css=...", "EVENT WEB #4", "IMPORT #9
 * line 2", "offer 9 application form"), a proof that is never rewritten, written by the builders below, and said
 * here in the reader's language, the form's address kept. Words no rule knows (older records) are shown as written.
 */
public final class ConsentSources {

    private static final Pattern FORM = Pattern.compile("FORM(?: (.+))?");
    private static final Pattern EVENT = Pattern.compile("EVENT ([A-Z_]+) #(\\d+)");
    private static final Pattern IMPORT = Pattern.compile("IMPORT #(\\d+) line (\\d+)");
    private static final Pattern OFFER = Pattern.compile("offer (\\d+) application form");

    private ConsentSources() {
    }

    /** A registration for an event, by the channel that recorded it (WEB, CAPTURE, WALK_IN, IMPORT). */
    public static String event(String channel, long eventId) {
        return "EVENT " + channel + " #" + eventId;
    }

    /**
     * A line of an imported attendee list. The consent register knows what a list said, rather than the person, by
     * these words ({@link ConsentRegister}): a list's "yes" never overrules a no of the person's own.
     */
    public static String importLine(long importId, long line) {
        return "IMPORT #" + importId + " line " + line;
    }

    /** An offer's application form. */
    public static String offerApplication(long offerId) {
        return "offer " + offerId + " application form";
    }

    public static String described(String source, Locale language) {
        if (source == null || source.isBlank()) {
            return MissingValue.MARK;
        }
        Matcher form = FORM.matcher(source);
        if (form.matches()) {
            return Messages.get(language, "consent.source.form")
                    + (form.group(1) == null ? "" : " (" + form.group(1) + ")");
        }
        if (source.equals("API")) {
            return Messages.get(language, "consent.source.api");
        }
        if (source.equals("showcase")) {
            return Messages.get(language, "consent.source.showcase");
        }
        Matcher event = EVENT.matcher(source);
        if (event.matches()) {
            String channel = Messages.get(language, "event.channel." + event.group(1));
            return Messages.get(language, "consent.source.event", event.group(2),
                    channel.startsWith("???") ? event.group(1) : channel);
        }
        Matcher imported = IMPORT.matcher(source);
        if (imported.matches()) {
            return Messages.get(language, "consent.source.import", imported.group(1), imported.group(2));
        }
        Matcher offer = OFFER.matcher(source);
        if (offer.matches()) {
            return Messages.get(language, "consent.source.offer", offer.group(1));
        }
        return source;
    }
}
