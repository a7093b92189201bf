package ca.tremplin.web;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.UUID;

/**
 * One showing of a form is saved once, however long apart its sendings: the button pressed again after a slow answer,
 * the browser sending the post again, a reload that resends it. A check on the text and the last few seconds does not
 * tell a form sent twice from the same words typed again on purpose; the showing does.
 *
 * <p>The page renders {@link #getCurrent()} in a hidden field of the form; its action asks {@link #alreadySaved} with
 * the value the post carried before saving, and calls {@link #saved} once it has saved, after which the page shows a
 * fresh token: what is typed into the form shown then is another submission, saved again even word for word. A post
 * without a token (a page rendered before it had one) is never taken for one sent again.
 *
 * <p>Kept by the page's view-scoped bean: a post is answered only while its view lives, in the session (the balancer
 * keeps a session on one server), and the session's posts are handled one after the other ({@link OnePostAtATime}), so
 * the second sending finds the first one's token saved.
 */
public final class SubmissionTokens implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The tokens saved that a view remembers: far more than the forms anyone sends from one page. */
    static final int REMEMBERED = 50;

    private String current = fresh();
    private final ArrayDeque<String> saved = new ArrayDeque<>();

    /** The token the form shows now, for its hidden field. */
    public String getCurrent() {
        return current;
    }

    /** Whether the showing of the form this token came with was saved already. */
    public boolean alreadySaved(String sent) {
        return sent != null && saved.contains(sent);
    }

    /** The form sent with this token was saved: it will not be again, and the form now shows another token. */
    public void saved(String sent) {
        if (sent != null && !sent.isBlank() && !saved.contains(sent)) {
            saved.addLast(sent);
            if (saved.size() > REMEMBERED) {
                saved.removeFirst();
            }
        }
        current = fresh();
    }

    private static String fresh() {
        return UUID.randomUUID().toString();
    }
}
