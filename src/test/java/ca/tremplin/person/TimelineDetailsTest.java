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

    /** A request's line names its number as the reader's language writes it, "n° 57" in French, never "#57". */
    @Test
    void aRequestsNumberIsWrittenInTheReadersTypography() {
        assertEquals("n° 57", TimelineDetails.detail(LeadEventKind.REQUEST_RECEIVED, "#57", Languages.FRENCH));
        assertEquals("#57", TimelineDetails.detail(LeadEventKind.REQUEST_RECEIVED, "#57", Languages.ENGLISH));
        assertEquals("n° 12345", TimelineDetails.detail(LeadEventKind.REQUEST_RECEIVED, "#12345", Languages.FRENCH),
                "the number to look up, its digits not grouped");
        assertEquals("Site partenaire", TimelineDetails.detail(LeadEventKind.REQUEST_RECEIVED, "Site partenaire",
                Languages.FRENCH), "a line of another shape as written");
    }

    /** A move past "admitted" confirmed for a lead never admitted says so on its line, before its reason. */
    @Test
    void aMoveMadeWithoutAnAdmissionSaysTheAdmissionWasNotRecorded() {
        String kept = "APPLIED → CAQ_OBTAINED " + TimelineDetails.ADMISSION_NOT_RECORDED + " : lettre reçue par courriel";

        assertEquals("Dossier déposé → CAQ obtenu (admission non enregistrée) : lettre reçue par courriel",
                TimelineDetails.detail(LeadEventKind.STAGE_CHANGED, kept, Languages.FRENCH));
        assertEquals("Applied → CAQ obtained (admission not recorded): lettre reçue par courriel",
                TimelineDetails.detail(LeadEventKind.STAGE_CHANGED, kept, Languages.ENGLISH));
        assertEquals("CAQ obtained → Study permit obtained (admission not recorded)",
                TimelineDetails.detail(LeadEventKind.STAGE_CHANGED, "CAQ_OBTAINED → STUDY_PERMIT_OBTAINED "
                        + TimelineDetails.ADMISSION_NOT_RECORDED, Languages.ENGLISH), "a move without a reason");
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

    /**
     * A line a merge moved to the record that stays says, in words, the record it was written on: its number, and its
     * name and address as they were, so that a request made under the other address is not read as the kept
     * record's own; its number alone once nothing else of it is kept; nothing for a line of the record's own.
     */
    @Test
    void aLineAMergeMovedNamesTheMergedRecordItWasWrittenOn() {
        java.util.function.LongFunction<String> records = id -> id == 1234 ? "Mei Zhang <mei.z@exemple.cn>"
                : id == 77 ? "" : null;
        assertEquals("De la fiche fusionnée n° 1234 : Mei Zhang <mei.z@exemple.cn>",
                TimelineDetails.mergedFrom(1234L, records, Languages.FRENCH),
                "the number as it is looked up, not 1 234");
        assertEquals("From the merged record no. 1234: Mei Zhang <mei.z@exemple.cn>",
                TimelineDetails.mergedFrom(1234L, records, Languages.ENGLISH));
        assertEquals("De la fiche fusionnée n° 77", TimelineDetails.mergedFrom(77L, records, Languages.FRENCH),
                "a person erased since: the number is what is kept");
        assertEquals("From the merged record no. 9", TimelineDetails.mergedFrom(9L, records, Languages.ENGLISH));
        assertEquals(null, TimelineDetails.mergedFrom(null, records, Languages.FRENCH), "a line of the record's own");
        assertEquals("De la fiche fusionnée n° 5 : O’Brien-D'Arcy <x@y.ca>", TimelineDetails.mergedFrom(5L,
                id -> "O’Brien-D'Arcy <x@y.ca>", Languages.FRENCH), "a name's apostrophe kept as it is");
    }

    /**
     * The lead's page and the request's page read each merged record once, however many of its lines they list, and
     * say its number alone once nothing else of it is kept.
     */
    @Test
    void aPageReadsEachMergedRecordOnce() {
        java.util.List<Long> read = new java.util.ArrayList<>();
        MergedOrigins origins = new MergedOrigins(id -> {
            read.add(id);
            return id == 12 ? java.util.Optional.of("Awa Diop <awa@exemple.sn>") : java.util.Optional.empty();
        });
        assertEquals("De la fiche fusionnée n° 12 : Awa Diop <awa@exemple.sn>", origins.of(12L, Languages.FRENCH));
        assertEquals("From the merged record no. 12: Awa Diop <awa@exemple.sn>",
                origins.of(12L, Languages.ENGLISH));
        assertEquals("From the merged record no. 30", origins.of(30L, Languages.ENGLISH));
        assertEquals("De la fiche fusionnée n° 30", origins.of(30L, Languages.FRENCH));
        assertEquals(null, origins.of(null, Languages.FRENCH), "a line of the lead's own");
        assertEquals(java.util.List.of(12L, 30L), read);
    }

    /** Two records kept apart by V76 name each other in the reader's words, the number as it is written on the page. */
    @Test
    void twoRecordsOfTheSameAddressKeptApartNameEachOther() {
        assertEquals(true, TimelineDetails.detail(LeadEventKind.SAME_ADDRESS_KEPT_APART, "1234", Languages.FRENCH)
                .startsWith("La fiche n° 1234 a la même adresse courriel"));
        assertEquals(true, TimelineDetails.detail(LeadEventKind.SAME_ADDRESS_KEPT_APART, "1234", Languages.ENGLISH)
                .startsWith("Record no. 1234 has the same e-mail address"));
    }

    /**
     * A request handed to a centre names it by its number: an English reader reads the centre's English name, and a
     * centre renamed since is read by its name of today; a centre that cannot be named, and a line written before the
     * number was kept, read the French name they were written with.
     */
    @Test
    void aHandOverNamesTheCentreByItsNameOfTodayInTheReadersLanguage() {
        String kept = TimelineDetails.centre(12, "CSS des Laurentides");
        java.util.function.LongFunction<String> english = id -> id == 12 ? "Laurentians SSC" : null;
        java.util.function.LongFunction<String> renamed = id -> id == 12 ? "CSS des Hautes-Laurentides" : null;

        assertEquals("Laurentians SSC", TimelineDetails.detail(LeadEventKind.ROUTED, kept, Languages.ENGLISH,
                english));
        assertEquals("CSS des Hautes-Laurentides", TimelineDetails.detail(LeadEventKind.ROUTED, kept,
                Languages.FRENCH, renamed));
        assertEquals("CSS des Laurentides", TimelineDetails.detail(LeadEventKind.ROUTED, kept, Languages.ENGLISH,
                id -> null), "no name to give: the one it was written with, without its number");
        assertEquals("CSS des Laurentides", TimelineDetails.detail(LeadEventKind.ROUTED, "CSS des Laurentides",
                Languages.ENGLISH, english), "a line written before, as it was written");
    }

    /** A request taken back from a centre names that centre as its hand-over did: by its name of today. */
    @Test
    void aTakenBackLineNamesTheCentreByItsNameOfToday() {
        String kept = TimelineDetails.centre(12, "CSS des Laurentides");

        assertEquals("Laurentians SSC", TimelineDetails.detail(LeadEventKind.TAKEN_BACK, kept, Languages.ENGLISH,
                id -> id == 12 ? "Laurentians SSC" : null));
        assertEquals("CSS des Laurentides", TimelineDetails.detail(LeadEventKind.TAKEN_BACK, kept, Languages.FRENCH,
                id -> null), "no name to give: the one it was written with, without its number");
    }
}
