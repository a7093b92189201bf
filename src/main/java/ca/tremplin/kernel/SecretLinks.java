package ca.tremplin.kernel;

import java.util.regex.Pattern;

/**
 * The secret part of the links Tremplin mails to people — {@code ?token=…} of the applicant's file, the consent
 * preferences, an access request, a password, the unsubscribe page, a showcase invitation ({@code ?invitation=}),
 * and the token in the one-click unsubscribe
 * address ({@code /api/unsubscribe/…}) — replaced by an ellipsis wherever a text is shown or handed to someone else
 * than the person it was sent to: a log line, a copy of the person's data that staff download. Whoever holds such a
 * link acts as the person, at every centre that follows them.
 */
public final class SecretLinks {

    /** A token as a query parameter, in a text or in HTML (where {@code &} is written {@code &amp;}). */
    private static final Pattern TOKEN_PARAMETER = Pattern.compile(
            "([?&](?:amp;)?(?:token|invitation)=)[^&\\s\"'<>]+");
    /** The one-click unsubscribe address keeps its token in the path: mail programs post to it as written. */
    private static final Pattern TOKEN_IN_PATH = Pattern.compile("(/api/unsubscribe/)[^/?#\\s\"'<>]+");

    private SecretLinks() {
    }

    /** The text with every secret link's token replaced by "…"; null stays null. */
    public static String withoutSecrets(String text) {
        if (text == null || !(text.contains("token=") || text.contains("invitation=")
                || text.contains("/api/unsubscribe/"))) {
            return text;
        }
        return TOKEN_IN_PATH.matcher(TOKEN_PARAMETER.matcher(text).replaceAll("$1…")).replaceAll("$1…");
    }
}
