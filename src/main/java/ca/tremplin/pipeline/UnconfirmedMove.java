package ca.tremplin.pipeline;

import ca.tremplin.web.PageMessages;
import java.io.Serializable;
import java.util.Optional;

/**
 * A move past an admission never recorded that a page asked about ({@link AdmissionNotRecordedException}) and that
 * waits for "Yes" or "No": the move as the person asked it, so that "Yes" makes that one whatever the form shows
 * meanwhile, and the question in their words. Kept by the page's view-scoped bean.
 *
 * @param <M> what the page needs to make the move again: the lead's stage shown, the target, the reasons
 */
final class UnconfirmedMove<M extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private M move;
    private String question;

    /** The move was asked about: it waits, with the question as the page shows it. */
    void ask(M asked, String inWords) {
        move = asked;
        question = inWords;
    }

    /** The question while a move waits for an answer; null otherwise. */
    String question() {
        return question;
    }

    /** "Yes": the move that waited, which waits no more; empty when none did (a post sent again). */
    Optional<M> confirmed() {
        Optional<M> asked = Optional.ofNullable(move);
        forget();
        return asked;
    }

    /** "No": nothing moves, and the page says so. */
    void decline(PageMessages messages) {
        forget();
        messages.info("pipeline.admissionSkipCancelled");
    }

    /** Another move is asked, or the page moved on: nothing waits any more. */
    void forget() {
        move = null;
        question = null;
    }
}
