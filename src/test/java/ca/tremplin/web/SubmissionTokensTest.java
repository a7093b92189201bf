package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A form's showing is saved once whatever the delay; the form shown after it is another submission. */
class SubmissionTokensTest {

    @Test
    void theSameShowingSentAgainIsKnownAsSavedAndTheNextShowingIsAnother() {
        SubmissionTokens note = new SubmissionTokens();
        String shown = note.getCurrent();
        assertFalse(note.alreadySaved(shown), "sent the first time");

        note.saved(shown);

        assertTrue(note.alreadySaved(shown), "sent again, however long after: saved already");
        assertNotEquals(shown, note.getCurrent(), "the form shown after the saving is a new showing");
        assertFalse(note.alreadySaved(note.getCurrent()), "what is typed into it, even the same words, is saved");
    }

    @Test
    void aShowingRefusedIsSavedWhenSentAgainCorrected() {
        SubmissionTokens note = new SubmissionTokens();
        String shown = note.getCurrent();
        // The first sending was refused (an empty note): the action did not call saved.
        assertFalse(note.alreadySaved(shown), "the corrected sending of the same showing is saved");
        note.saved(shown);
        assertTrue(note.alreadySaved(shown));
    }

    @Test
    void aPostWithoutATokenIsNeverTakenForOneSentAgain() {
        SubmissionTokens note = new SubmissionTokens();
        note.saved(null);
        assertFalse(note.alreadySaved(null));
        note.saved("");
        assertFalse(note.alreadySaved(""));
    }

    @Test
    void theOldestTokensAreForgottenBeyondWhatAPageSends() {
        SubmissionTokens note = new SubmissionTokens();
        String first = note.getCurrent();
        note.saved(first);
        for (int i = 0; i < SubmissionTokens.REMEMBERED - 1; i++) {
            note.saved(note.getCurrent());
        }
        assertTrue(note.alreadySaved(first), "remembered while fewer than the limit were saved since");
        note.saved(note.getCurrent());
        assertFalse(note.alreadySaved(first), "a view keeps a bounded memory");
    }
}
