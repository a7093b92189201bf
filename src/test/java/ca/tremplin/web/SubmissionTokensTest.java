package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A form's showing is saved once whatever the delay, when sent again with what it saved; the form shown after it is
 * another submission, and other words typed into an older copy of it are new work.
 */
class SubmissionTokensTest {

    @Test
    void theSameShowingSentAgainIsKnownAsSavedAndTheNextShowingIsAnother() {
        SubmissionTokens note = new SubmissionTokens();
        String shown = note.getCurrent();
        assertFalse(note.alreadySaved(shown, "Rappeler lundi"), "sent the first time");

        note.saved(shown, "Rappeler lundi");

        assertTrue(note.alreadySaved(shown, "Rappeler lundi"), "sent again, however long after: saved already");
        assertNotEquals(shown, note.getCurrent(), "the form shown after the saving is a new showing");
        assertFalse(note.alreadySaved(note.getCurrent(), "Rappeler lundi"),
                "what is typed into it, even the same words, is saved");
    }

    @Test
    void anotherNoteTypedIntoAnOlderCopyOfTheFormIsSavedNotThrownAway() {
        SubmissionTokens note = new SubmissionTokens();
        String olderCopy = note.getCurrent();
        note.saved(olderCopy, "Rappeler lundi");

        // Back in the browser's history, the older copy still carries its token; a new note is typed into it.
        assertFalse(note.alreadySaved(olderCopy, "A envoyé son bulletin"), "new words: saved, not \"already saved\"");
        note.saved(olderCopy, "A envoyé son bulletin");

        assertTrue(note.alreadySaved(olderCopy, "A envoyé son bulletin"), "that sending resent is a repeat in turn");
        assertTrue(note.alreadySaved(olderCopy, "Rappeler lundi"), "and the first one's still is");
    }

    @Test
    void aTaskIsTheSameSendingOnlyWithTheSameTitleDueDateAndAssignee() {
        SubmissionTokens task = new SubmissionTokens();
        String shown = task.getCurrent();
        LocalDate friday = LocalDate.of(2026, 3, 6);
        task.saved(shown, "Envoyer la liste", friday, 7L);

        assertTrue(task.alreadySaved(shown, "Envoyer la liste", friday, 7L));
        assertFalse(task.alreadySaved(shown, "Envoyer la liste", friday.plusDays(3), 7L), "another due date");
        assertFalse(task.alreadySaved(shown, "Envoyer la liste", friday, 8L), "someone else's task");
        assertFalse(task.alreadySaved(shown, "Envoyer la liste", friday, null), "nobody's task");
        assertFalse(task.alreadySaved(shown, "Envoyer la", " liste", friday, 7L), "parts are told apart");
    }

    @Test
    void aShowingRefusedIsSavedWhenSentAgainCorrected() {
        SubmissionTokens note = new SubmissionTokens();
        String shown = note.getCurrent();
        // The first sending was refused (an empty note): the action did not call saved.
        assertFalse(note.alreadySaved(shown, "Corrigé"), "the corrected sending of the same showing is saved");
        note.saved(shown, "Corrigé");
        assertTrue(note.alreadySaved(shown, "Corrigé"));
    }

    @Test
    void aPostWithoutATokenIsNeverTakenForOneSentAgain() {
        SubmissionTokens note = new SubmissionTokens();
        note.saved(null, "Rappeler");
        assertFalse(note.alreadySaved(null, "Rappeler"));
        note.saved("", "Rappeler");
        assertFalse(note.alreadySaved("", "Rappeler"));
    }

    @Test
    void theOldestSavingsAreForgottenBeyondWhatAPageSends() {
        SubmissionTokens note = new SubmissionTokens();
        String first = note.getCurrent();
        note.saved(first, "Premier");
        for (int i = 0; i < SubmissionTokens.REMEMBERED - 1; i++) {
            note.saved(note.getCurrent(), "Note " + i);
        }
        assertTrue(note.alreadySaved(first, "Premier"), "remembered while fewer than the limit were saved since");
        note.saved(note.getCurrent(), "Dernière");
        assertFalse(note.alreadySaved(first, "Premier"), "a view keeps a bounded memory");
    }
}
