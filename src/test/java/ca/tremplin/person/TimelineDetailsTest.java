package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import org.junit.jupiter.api.Test;

/** A move's line says its stages and its reason in the reader's language, with the reader's punctuation. */
class TimelineDetailsTest {

    @Test
    void aMoveWithItsReasonReadsInFrenchAndInEnglish() {
        String kept = "CONTACTED → APPLIED : a déjà postulé en ligne";

        assertEquals("Contacté → Dossier déposé : a déjà postulé en ligne",
                TimelineDetails.detail(LeadEventKind.STAGE_CHANGED, kept, Languages.FRENCH));
        assertEquals("Contacted → Applied: a déjà postulé en ligne",
                TimelineDetails.detail(LeadEventKind.STAGE_CHANGED, kept, Languages.ENGLISH),
                "no French blank before the colon in English");
        assertEquals("New → Contacted", TimelineDetails.detail(LeadEventKind.STAGE_CHANGED, "NEW → CONTACTED",
                Languages.ENGLISH));
    }

    /** A consent given again by a person who speaks English is read in French by French-speaking staff. */
    @Test
    void aConsentLineNamesItsPurposeInTheReadersLanguage() {
        assertEquals("Traitement d’une candidature",
                TimelineDetails.detail(LeadEventKind.CONSENT_GIVEN, "APPLICATION", Languages.FRENCH));
        assertEquals("News and invitations to events",
                TimelineDetails.detail(LeadEventKind.CONSENT_WITHDRAWN, "NEWS", Languages.ENGLISH));
        assertEquals("Processing of an application", TimelineDetails.detail(LeadEventKind.CONSENT_GIVEN,
                "Processing of an application", Languages.FRENCH), "an older line as it was written");
    }
}
