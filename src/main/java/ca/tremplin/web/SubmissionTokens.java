package ca.tremplin.web;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.UUID;

/**
 * One showing of a form is saved once, however long apart its sendings: the button pressed again after a slow answer,
 * the browser sending the post again, a reload that resends it. A check on the text and the last few seconds does not
 * tell a form sent twice from the same words typed again on purpose; the showing does.
 *
 * <p>The page renders {@link #getCurrent()} in a hidden field of the form; its action asks {@link #alreadySaved} with
 * the value the post carried and what it carries (a note's text; a task's title, due date and assignee) before
 * saving, and calls {@link #saved} with the same once it has saved, after which the page shows a fresh token: what is
 * typed into the form shown then is another submission, saved again even word for word. A post without a token (a page
 * rendered before it had one) is never taken for one sent again.
 *
 * <p>A sending is a repeat only when it carries what was saved with its token: an older copy of the form (the browser's
 * Back button) holds the token of the note saved from it, and another note typed into it is new work, which the person
 * would lose if it were answered "already saved". Only a digest of what was saved is remembered, not the text.
 *
 * <p>Kept by the page's view-scoped bean: a post is answered only while its view lives, in the session (the balancer
 * keeps a session on one server), and the session's posts are handled one after the other ({@link OnePostAtATime}), so
 * the second sending finds the first one's token saved.
 */
public final class SubmissionTokens implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The savings a view remembers: far more than the forms anyone sends from one page. */
    static final int REMEMBERED = 50;

    private String current = fresh();
    /** Each saving: its token and the digest of what it saved, oldest first. */
    private final ArrayDeque<String> saved = new ArrayDeque<>();

    /** The token the form shows now, for its hidden field. */
    public String getCurrent() {
        return current;
    }

    /** Whether this showing of the form was saved already with these very contents: a sending again, not new work. */
    public boolean alreadySaved(String sent, Object... contents) {
        return sent != null && saved.contains(saving(sent, contents));
    }

    /** The form sent with this token and contents was saved: it will not be again, and the form shows another token. */
    public void saved(String sent, Object... contents) {
        if (sent != null && !sent.isBlank()) {
            String saving = saving(sent, contents);
            if (!saved.contains(saving)) {
                saved.addLast(saving);
                if (saved.size() > REMEMBERED) {
                    saved.removeFirst();
                }
            }
        }
        current = fresh();
    }

    private static String saving(String token, Object... contents) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException required) {
            throw new IllegalStateException("every Java platform has SHA-256", required);
        }
        for (Object part : contents) {
            // Each part's length first: ("ab", "c") and ("a", "bc") are other contents, and none is "null" typed.
            String text = part == null ? "-" : part.toString().length() + ":" + part;
            digest.update((text + ";").getBytes(StandardCharsets.UTF_8));
        }
        return token + " " + Base64.getEncoder().withoutPadding().encodeToString(digest.digest());
    }

    private static String fresh() {
        return UUID.randomUUID().toString();
    }
}
