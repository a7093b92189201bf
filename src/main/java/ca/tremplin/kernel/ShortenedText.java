package ca.tremplin.kernel;

/**
 * A text cut to a number of characters as people count them, between characters and never inside one: a letter
 * outside the BMP or an emoji is two Java chars, and half of one shows as "?" (a link's preview, a mail's subject).
 */
public final class ShortenedText {

    private ShortenedText() {
    }

    /** The text itself when it holds at most {@code most} characters, else its first {@code most - 1} and "…". */
    public static String of(String text, int most) {
        if (text == null || text.codePointCount(0, text.length()) <= most) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, most - 1)).strip() + "…";
    }
}
