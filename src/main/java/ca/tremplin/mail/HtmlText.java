package ca.tremplin.mail;

/** Escapes text for HTML e-mail bodies: names and messages are shown as written, never interpreted. */
public final class HtmlText {

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

    /** The HTML with the address, as {@link #paragraphs} wrote it, made a link. */
    public static String linking(String html, String address) {
        String written = escape(address);
        return html.replace(written, "<a href=\"" + written + "\">" + written + "</a>");
    }

    /** A plain-text body as a simple HTML e-mail in the given language: one paragraph per non-blank line. */
    public static String paragraphs(String language, String body) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language)
                .append("\"><body style=\"font-family:sans-serif;line-height:1.5\">");
        for (String paragraph : body.split("\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph)).append("</p>");
            }
        }
        return html.append("</body></html>").toString();
    }
}
