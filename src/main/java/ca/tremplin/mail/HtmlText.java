package ca.tremplin.mail;

/** Escapes text for HTML e-mail bodies: names and messages are shown as written, never interpreted. */
public final class HtmlText {

    /**
     * A web address in escaped text, without the punctuation that ends a sentence after it, nor what encloses it: the
     * angle brackets of RFC 3986's advice, escaped ("&lt;", "&gt;"), or French quotation marks and the non-breaking
     * spaces typed inside them.
     */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "https?://[^\\s\\u00a0\\u202f<>\"«»]+?"
                    + "(?=[.,;:!?)\\]]*(?:[\\s\\u00a0\\u202f«»]|$|&lt;|&gt;|&quot;))");

    private HtmlText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * The HTML with the address, as {@link #paragraphs} wrote it, made a link; unchanged when {@link #paragraphs}
     * already made it one.
     */
    public static String linking(String html, String address) {
        String written = escape(address);
        if (html.contains("href=\"" + written + "\"")) {
            return html;
        }
        return html.replace(written, "<a href=\"" + written + "\">" + written + "</a>");
    }

    /**
     * Escaped text whose web addresses are links: a meeting's link, an event's page, a profile's, clickable in every
     * mail program, not only in those that find addresses in text by themselves.
     */
    public static String withLinks(String escaped) {
        return ADDRESS.matcher(escaped).replaceAll(found -> java.util.regex.Matcher.quoteReplacement(
                "<a href=\"" + found.group() + "\">" + found.group() + "</a>"));
    }

    /**
     * A plain-text body as a simple HTML e-mail in the given language: one paragraph per non-blank line, its web
     * addresses links.
     */
    public static String paragraphs(String language, String body) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language)
                .append("\"><body style=\"font-family:sans-serif;line-height:1.5\">");
        for (String paragraph : body.split("\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(withLinks(escape(paragraph))).append("</p>");
            }
        }
        return html.append("</body></html>").toString();
    }
}
