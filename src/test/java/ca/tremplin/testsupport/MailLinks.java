package ca.tremplin.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The private links a mail carries, read from its text as the person would follow them. */
public final class MailLinks {

    private static final Pattern PREFERENCES = Pattern.compile("/consentements\\.xhtml\\?token=([^\\s&]+)");

    private MailLinks() {
    }

    /** The token of the person's consents link, at the foot of every mail to an address a centre follows. */
    public static String preferencesToken(String text) {
        Matcher link = PREFERENCES.matcher(text);
        assertTrue(link.find(), "every e-mail carries the consents link: " + text);
        return URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
    }
}
