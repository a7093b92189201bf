package ca.tremplin.person;

import ca.tremplin.kernel.Messages;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a consent was given, as the register shows it to staff. The record keeps the words it was written with
 * ("FORM /fr/information?css=...", "EVENT WEB #4", "IMPORT #9 line 2", "offer 9 application form"), a proof that
 * is never rewritten; they are said here in the reader's language, the form's address kept. Words no rule knows
 * are shown as they were written.
 */
public final class ConsentSources {

    private static final Pattern FORM = Pattern.compile("FORM(?: (.+))?");
    private static final Pattern EVENT = Pattern.compile("EVENT ([A-Z_]+) #(\\d+)");
    private static final Pattern IMPORT = Pattern.compile("IMPORT #(\\d+) line (\\d+)");
    private static final Pattern OFFER = Pattern.compile("offer (\\d+) application form");

    private ConsentSources() {
    }

    public static String described(String source, Locale language) {
        if (source == null || source.isBlank()) {
            return "—";
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
