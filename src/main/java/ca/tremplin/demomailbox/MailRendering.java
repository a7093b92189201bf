package ca.tremplin.demomailbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the demo's mailbox shows a message without ever running it. The HTML body goes into an iframe's
 * {@code srcdoc} whose {@code sandbox} allows no script, no form and no access to the page around it; the document
 * itself starts with a policy that loads nothing from anywhere (inline styles and embedded images only) and a base
 * that opens links in the whole window, so a link followed from a message leaves the mailbox as it would leave a
 * mail program. The text body is shown as text, its web addresses made links.
 */
public final class MailRendering {

    /** No script, nothing fetched: a message's remote images and scripts stay where they are. */
    static final String FRAME_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /** Links open in the window (the visitor's click), or in a new one; nothing else is allowed. */
    public static final String FRAME_SANDBOX =
            "allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox";

    /** Up to a blank, non-breaking ones included, a bracket, a quotation mark, French ones included. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s\\u00a0\\u202f<>\"«»]+");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}'";

    private MailRendering() {
    }

    /**
     * The document the iframe shows: the policy and the base first (a browser uses the first base of a document,
     * whatever the message declares after it), then the message's HTML as it was sent.
     */
    public static String frameDocument(String html) {
        return "<!DOCTYPE html><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\""
                + FRAME_POLICY + "\"><base target=\"_top\">" + (html == null ? "" : html);
    }

    /** A piece of a text body: plain text, or a web address to show as a link. */
    public record TextPiece(String text, boolean link) {
    }

    /** The text cut into plain pieces and web addresses (http and https only; a sentence's final stop stays text). */
    public static List<TextPiece> pieces(String text) {
        List<TextPiece> pieces = new ArrayList<>();
        if (text == null) {
            return pieces;
        }
        Matcher address = WEB_ADDRESS.matcher(text);
        int plainFrom = 0;
        while (address.find()) {
            int end = address.end();
            while (end > address.start() && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (address.start() > plainFrom) {
                pieces.add(new TextPiece(text.substring(plainFrom, address.start()), false));
            }
            pieces.add(new TextPiece(text.substring(address.start(), end), true));
            plainFrom = end;
        }
        if (plainFrom < text.length()) {
            pieces.add(new TextPiece(text.substring(plainFrom), false));
        }
        return pieces;
    }
}
