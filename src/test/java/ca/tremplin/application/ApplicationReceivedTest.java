package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What the application form says once sent. A first application: received. One sent again by a person who had
 * withdrawn their consent to its processing: that it resumes where it stood, with the CV sent now, and that what was
 * sent before — named, with the day it was sent in Québec — stays with it as an earlier version the centre does not
 * read; in the person's language. Nothing they gave is dropped without a word.
 */
class ApplicationReceivedTest {

    /** Sent on 3 March 2027 at 02:30 UTC: still the 2nd in Québec, the day the person read on their confirmation. */
    private static final EarlierSendings.EarlierSending FIRST = new EarlierSendings.EarlierSending(9, 41,
            Instant.parse("2027-03-03T02:30:00Z"), Instant.parse("2027-04-10T14:00:00Z"), "cv-2026.pdf");

    @Test
    void aFirstApplicationIsSaidReceived() {
        ApplicationService.Received first = new ApplicationService.Received(41, ApplicationStatus.APPLIED,
                "cv.pdf", null);
        assertFalse(first.sentAgain());
        assertEquals(Messages.get(Languages.FRENCH, "application.received"), first.told(Languages.FRENCH));
    }

    @Test
    void anApplicationSentAgainSaysItResumesAndThatTheEarlierCvStaysUnreadInFrench() {
        ApplicationService.Received again = new ApplicationService.Received(41, ApplicationStatus.INTERVIEW,
                "cv-2027.pdf", FIRST);
        assertTrue(again.sentAgain());
        String said = again.told(Languages.FRENCH);
        assertTrue(said.contains("elle reprend où elle en était (entrevue)"), said);
        assertTrue(said.contains("votre nouveau CV « cv-2027.pdf »"), said);
        assertTrue(said.contains("Ce que vous aviez envoyé le 2 mars 2027 (le CV « cv-2026.pdf » et son message)"
                + " n’est pas remplacé"), said);
        assertTrue(said.contains("version antérieure, que le centre ne consulte pas"), said);
        assertFalse(said.contains("{"), "every argument given: " + said);
    }

    @Test
    void andInEnglish() {
        String said = new ApplicationService.Received(41, ApplicationStatus.SCREENED, "cv-2027.pdf", FIRST)
                .told(Languages.ENGLISH);
        assertTrue(said.contains("it resumes where it stood (being reviewed), with your new CV “cv-2027.pdf”"), said);
        assertTrue(said.contains("What you had sent on March 2, 2027 (the CV “cv-2026.pdf” and its message) is not"
                + " replaced"), said);
        assertTrue(said.contains("the centre’s retention period"), said);
    }
}
