package ca.tremplin.kernel;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts shown to people, from {@code ca/tremplin/i18n/messages*.properties} (French is the base bundle,
 * English beside it). Services use this for e-mails and messages composed outside a Faces request; pages
 * use the {@code msg} bundle variable declared in faces-config.xml, which reads the same files.
 */
public final class Messages {

    public static final String BUNDLE = "ca.tremplin.i18n.messages";

    private Messages() {
    }

    /**
     * A record's number as the reader's language writes it — "n° 57" in French, "#57" in English — its digits as
     * stored, never grouped ("n° 1234", the number to look up, not "1 234").
     */
    public static String numbered(Locale locale, long number) {
        return get(locale, "punct.numbered", String.valueOf(number));
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Languages.supported(locale));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            // A missing key is a bug, but a visible marker is better for the person than a failed page.
            return "???" + key + "???";
        }
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, bundle.getLocale()).format(written(arguments, bundle.getLocale()));
    }

    /**
     * An argument that is itself a message of the bundle (a field's name, "Source"), said in the reader's language
     * when the message is: a service that refuses does not know who will read the refusal.
     */
    public record Phrase(String key) {
    }

    /**
     * Several messages of the bundle (the stages a move skips), said one after the other in the reader's language,
     * separated by commas, in the order given.
     */
    public record Phrases(java.util.List<String> keys) {

        public Phrases {
            keys = java.util.List.copyOf(keys);
        }
    }

    /**
     * A name written in both languages (a centre's), said in the reader's: a service that refuses with a centre's name
     * does not know who will read the refusal. French when no English one was written.
     */
    public record Named(String french, String english) {
    }

    /**
     * A calendar day among the arguments is written out in the reader's language ("1er mars 2027", "March 1,
     * 2027"), so is a month ("août 2027", "August 2027"), a {@link Phrase}, {@link Phrases}, a {@link Named} and a {@link FileSize} ("12,3 Mo") in that language, since a service
     * that refuses with a date, a stage or a file's size does not know who will read the refusal.
     */
    private static Object[] written(Object[] arguments, Locale locale) {
        Object[] written = arguments.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof java.time.LocalDate day) {
                written[i] = FrenchDates.longDay(day, locale);
            } else if (written[i] instanceof java.time.YearMonth month) {
                written[i] = java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", locale).format(month);
            } else if (written[i] instanceof Phrase phrase) {
                written[i] = get(locale, phrase.key());
            } else if (written[i] instanceof Phrases phrases) {
                written[i] = String.join(", ", phrases.keys().stream().map(key -> get(locale, key)).toList());
            } else if (written[i] instanceof Named named) {
                written[i] = Languages.isEnglish(locale) && named.english() != null && !named.english().isBlank()
                        ? named.english() : named.french();
            } else if (written[i] instanceof FileSize size) {
                written[i] = size.written(locale);
            }
        }
        return written;
    }
}
