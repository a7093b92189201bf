package ca.tremplin.testsupport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a page's language switch leads, read from the page as a browser gets it. */
public final class LanguageSwitchLinks {

    private LanguageSwitchLinks() {
    }

    /** The address of the page's link to {@code language} ("fr", "en": {@code id="lang-fr"}), its "&amp;" read. */
    public static String to(String page, String language) {
        Matcher link = Pattern.compile("<a href=\"([^\"]*)\"[^>]*id=\"lang-" + language + "\"").matcher(page);
        if (!link.find()) {
            throw new AssertionError("No link to " + language + " on the page: " + page);
        }
        return link.group(1).replace("&amp;", "&");
    }

    /** The language the page says it is written in: its {@code <html lang="…">}. */
    public static String of(String page) {
        Matcher html = Pattern.compile("<html[^>]*\\slang=\"([a-z]+)\"").matcher(page);
        if (!html.find()) {
            throw new AssertionError("No language on the page: " + page);
        }
        return html.group(1);
    }
}
