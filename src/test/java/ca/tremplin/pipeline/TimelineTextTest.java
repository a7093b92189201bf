package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import ca.tremplin.person.LeadEventKind;
import org.junit.jupiter.api.Test;

class TimelineTextTest {

    @Test
    void theCodesALineWasWrittenWithAreNamedInTheReadersLanguage() {
        assertEquals("Prénom, Nom, Téléphone", TimelineText.detail(LeadEventKind.DETAILS_CHANGED,
                "FIRST_NAME, LAST_NAME, PHONE", Languages.FRENCH));
        assertEquals("First name, Last name, Phone", TimelineText.detail(LeadEventKind.DETAILS_CHANGED,
                "FIRST_NAME, LAST_NAME, PHONE", Languages.ENGLISH));
        assertEquals("Nouveau → Perdu : A choisi un autre établissement — admise au cégep",
                TimelineText.detail(LeadEventKind.STAGE_CHANGED,
                        "NEW → LOST : A choisi un autre établissement — admise au cégep", Languages.FRENCH));
        assertEquals("Offre n° 12 : Entrevue → Offre faite", TimelineText.detail(LeadEventKind.APPLICATION_STATUS,
                "#12 INTERVIEW → OFFER_MADE", Languages.FRENCH));
        assertEquals("Offer #12: Interview → Offer made", TimelineText.detail(LeadEventKind.APPLICATION_STATUS,
                "#12 INTERVIEW → OFFER_MADE", Languages.ENGLISH));
        assertEquals("Offer #12: Interview → Withdrawn", TimelineText.detail(LeadEventKind.CANDIDATE_WITHDREW,
                "#12 INTERVIEW → WITHDRAWN", Languages.ENGLISH), "withdrawn by the candidate from their file");
        assertEquals("Offre n° 12 : Entrevue → Refusée — Le poste exige\nun permis de conduire",
                TimelineText.detail(LeadEventKind.APPLICATION_STATUS,
                        "#12 INTERVIEW → REJECTED — Le poste exige\nun permis de conduire", Languages.FRENCH),
                "a refusal's reason told to the candidate, after the statuses named");
        assertEquals("Offre n° 12 : « Présélectionnée », envoi dans 15 minutes si la candidature reste à cette étape",
                TimelineText.detail(LeadEventKind.APPLICATION_NEWS_QUEUED, "#12 SCREENED 15", Languages.FRENCH),
                "a mail to the candidate, held a few minutes");
        assertEquals("Offer #12: “Hired”, queued for sending", TimelineText.detail(
                LeadEventKind.APPLICATION_NEWS_QUEUED, "#12 HIRED", Languages.ENGLISH));
        assertEquals("Offre n° 12 : « Présélectionnée », la candidature a changé d’étape avant l’envoi",
                TimelineText.detail(LeadEventKind.APPLICATION_NEWS_WITHDRAWN, "#12 SCREENED", Languages.FRENCH));
        assertEquals("Première réponse à la demande", TimelineText.detail(LeadEventKind.TASK_DONE, "first-response",
                Languages.FRENCH), "the task a request opens, by its name");
        assertEquals("First answer to the request", TimelineText.detail(LeadEventKind.TASK_CREATED, "first-response",
                Languages.ENGLISH));
        assertEquals("Rappeler Awa", TimelineText.detail(LeadEventKind.TASK_DONE, "Rappeler Awa", Languages.FRENCH));
        String interview = "2027-03-04T09:30:00Z Africa/Abidjan — https://meet.example.org/olumide";
        String french = TimelineText.detail(LeadEventKind.INTERVIEW_SCHEDULED, interview, Languages.FRENCH);
        String english = TimelineText.detail(LeadEventKind.INTERVIEW_MOVED, interview, Languages.ENGLISH);
        assertTrue(french.startsWith("jeudi 4 mars 2027") && french.contains("9 h 30")
                && french.endsWith(" — https://meet.example.org/olumide"), french);
        assertTrue(english.startsWith("Thursday, March 4, 2027") && english.contains("9:30"), english);
        assertEquals("mardi 15 décembre 2026 10 h 00, Montréal", TimelineText.detail(LeadEventKind.INTERVIEW_CANCELLED,
                "mardi 15 décembre 2026 10 h 00, Montréal", Languages.ENGLISH), "a line written before, as written");
        assertEquals("Passeport : passeport.pdf", TimelineText.detail(LeadEventKind.DOCUMENT_UPLOADED,
                "PASSPORT : passeport.pdf", Languages.FRENCH));
        String otherCountry = ca.tremplin.person.LeadDetails.proposalDetail(ca.tremplin.person.LeadField.COUNTRY,
                ca.tremplin.person.ChangeSource.INQUIRY_FORM, "NG");
        assertEquals("Country of residence: Nigeria — " + ca.tremplin.kernel.Messages.get(Languages.ENGLISH,
                ca.tremplin.person.ChangeSource.INQUIRY_FORM.messageKey()), TimelineText.detail(
                        LeadEventKind.VALUE_PROPOSED, otherCountry, Languages.ENGLISH));
        assertEquals("Country of residence: Nigeria — " + ca.tremplin.kernel.Messages.get(Languages.ENGLISH,
                ca.tremplin.person.ChangeSource.INQUIRY_FORM.messageKey()), ca.tremplin.person.TimelineDetails.detail(
                        LeadEventKind.VALUE_PROPOSED, otherCountry, Languages.ENGLISH), "the request's page too");
    }

    /**
     * A registration's or an attendance's line keeps the event's French title and the channel's code: an English
     * reader sees the event's English title and the channel named, "Walk-in", not "WALK_IN".
     */
    @Test
    void anEventsLineNamesTheEventAndTheChannelInTheReadersLanguage() {
        java.util.function.LongFunction<String> english = id -> id == 4 ? "Information session — Dakar" : null;
        assertEquals("#4 Information session — Dakar (Walk-in)", TimelineText.detail(LeadEventKind.EVENT_REGISTERED,
                "#4 Séance d'information — Dakar (WALK_IN)", Languages.ENGLISH, english));
        assertEquals("#4 Information session — Dakar", TimelineText.detail(LeadEventKind.EVENT_ATTENDED,
                "#4 Séance d'information — Dakar", Languages.ENGLISH, english));
        assertEquals("n° 4 Séance d'information — Dakar (Site web)", TimelineText.detail(
                LeadEventKind.EVENT_REGISTERED, "#4 Séance d'information — Dakar (WEB)", Languages.FRENCH, id -> null),
                "an event no longer found keeps the title written; its number as French writes it");
        assertEquals("Séance d'information — Dakar", TimelineText.detail(LeadEventKind.EVENT_ATTENDED,
                "Séance d'information — Dakar", Languages.ENGLISH, english), "a line written before, as written");
    }

    /** The lead's page names the centre a request was handed to as the reader knows it, an event as before. */
    @Test
    void aHandOversLineOnTheLeadsPageNamesTheCentreInTheReadersLanguage() {
        String kept = ca.tremplin.person.TimelineDetails.centre(3, "CSS de la Capitale");
        assertEquals("Capital SSC", TimelineText.detail(LeadEventKind.ROUTED, kept, Languages.ENGLISH, id -> null,
                id -> id == 3 ? "Capital SSC" : null));
        assertEquals("CSS de la Capitale", TimelineText.detail(LeadEventKind.ROUTED, kept, Languages.ENGLISH),
                "no name to give: the French one it was written with");
    }

    /**
     * A waiting list's lines keep the event's French title and, in brackets, how the person joined or why they left:
     * each named in the reader's language, the event by its title in it.
     */
    @Test
    void aWaitingListsLinesNameTheEventAndWhyThePersonLeftInTheReadersLanguage() {
        java.util.function.LongFunction<String> english = id -> id == 7 ? "Student Fair" : null;
        assertEquals("#7 Student Fair (Website)", TimelineText.detail(LeadEventKind.EVENT_WAITLISTED,
                "#7 Salon de l'étudiant (WEB)", Languages.ENGLISH, english));
        assertEquals("#7 Student Fair (removed by staff)", TimelineText.detail(LeadEventKind.EVENT_WAITLIST_LEFT,
                "#7 Salon de l'étudiant (STAFF)", Languages.ENGLISH, english));
        assertEquals("n° 7 Salon de l'étudiant (événement annulé)", TimelineText.detail(
                LeadEventKind.EVENT_WAITLIST_LEFT, "#7 Salon de l'étudiant (EVENT_CANCELLED)", Languages.FRENCH,
                id -> null));
        assertEquals("n° 7 Salon de l'étudiant (depuis son lien)", TimelineText.detail(
                LeadEventKind.EVENT_WAITLIST_LEFT, "#7 Salon de l'étudiant (PERSON)", Languages.FRENCH, id -> null));
        assertEquals("#7 Student Fair", TimelineText.detail(LeadEventKind.EVENT_WAITLIST_SEATED,
                "#7 Salon de l'étudiant", Languages.ENGLISH, english));
    }

    @Test
    void anythingElseIsShownAsItWasWritten() {
        assertEquals("Appelé au salon de Dakar", TimelineText.detail(LeadEventKind.NOTE_ADDED,
                "Appelé au salon de Dakar", Languages.FRENCH));
        assertEquals("SOMETHING → ELSE", TimelineText.detail(LeadEventKind.STAGE_CHANGED, "SOMETHING → ELSE",
                Languages.FRENCH));
        assertEquals("NOT_A_FIELD", TimelineText.detail(LeadEventKind.DETAILS_CHANGED, "NOT_A_FIELD",
                Languages.FRENCH));
    }
}
