package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A trace of staff and settings changes reads in the reader's words, not in the codes it keeps. */
class StaffChangeTest {

    private static StaffChange change(StaffChange.What what, String detail) {
        return new StaffChange(1L, StaffChange.Subject.ACCOUNT, 2L, what, detail, Instant.EPOCH);
    }

    @Test
    void rolesAndRoutingRulesAreNamedInTheReadersLanguage() {
        assertEquals("Administration du centre → Recrutement", change(StaffChange.What.ROLE, "CSS_ADMIN → RECRUITER")
                .detailIn(Locale.CANADA_FRENCH));
        assertEquals("ana@exemple.test — Recrutement", change(StaffChange.What.INVITED, "ana@exemple.test — RECRUITER")
                .detailIn(Locale.CANADA_FRENCH));
        assertEquals("In turn among active recruiters → By country of residence (else in turn)",
                change(StaffChange.What.ROUTING_RULE, "ROUND_ROBIN → BY_COUNTRY").detailIn(Locale.ENGLISH));
    }

    @Test
    void otherDetailsAreShownAsKept() {
        assertEquals("8 → 10", change(StaffChange.What.RESPONSE_HOURS, "8 → 10").detailIn(Locale.ENGLISH));
        assertEquals("SN = ana@exemple.test", change(StaffChange.What.MAPPING, "SN = ana@exemple.test")
                .detailIn(Locale.ENGLISH));
    }

    @Test
    void aRecordsFieldsAndStatusesAreNamedInTheReadersLanguageTheirValuesAsKept() {
        assertEquals("places (20 → 25)", new StaffChange(1L, StaffChange.Subject.PROGRAM, 2L,
                StaffChange.What.INTAKE_SEATS, "SEATS (20 → 25)", Instant.EPOCH).detailIn(Locale.CANADA_FRENCH));
        assertEquals("2027-08-25 CFP Laval: seats (20 → 25), international seats (4 → 2)", new StaffChange(1L,
                StaffChange.Subject.PROGRAM, 2L, StaffChange.What.INTAKE_SEATS,
                "2027-08-25 CFP Laval: SEATS (20 → 25), INTERNATIONAL_SEATS (4 → 2)", Instant.EPOCH)
                .detailIn(Locale.ENGLISH));
        assertEquals("French description changed", new StaffChange(1L, StaffChange.Subject.OFFER, 2L,
                StaffChange.What.OFFER_EDITED, "DESCRIPTION_FR", Instant.EPOCH).detailIn(Locale.ENGLISH));
        assertEquals("Brouillon → Publié", new StaffChange(1L, StaffChange.Subject.PROGRAM, 2L,
                StaffChange.What.PROGRAM_STATUS, "DRAFT → PUBLISHED", Instant.EPOCH).detailIn(Locale.CANADA_FRENCH));
        assertEquals("2027-08-25 CFP Laval: Open → Full", new StaffChange(1L, StaffChange.Subject.PROGRAM, 2L,
                StaffChange.What.INTAKE_STATUS, "2027-08-25 CFP Laval: OPEN → FULL", Instant.EPOCH)
                .detailIn(Locale.ENGLISH), "a campus's capitals that name no status stay");
        assertEquals("Publié → Terminé", new StaffChange(null, StaffChange.Subject.EVENT, 2L,
                StaffChange.What.EVENT_STATUS, "PUBLISHED → DONE", Instant.EPOCH).detailIn(Locale.CANADA_FRENCH));
    }

    @Test
    void aLongTextsLengthsAreSaidInTheReadersWordsAndNumbers() {
        StaffChange description = new StaffChange(1L, StaffChange.Subject.PROGRAM, 2L, StaffChange.What.PROGRAM_EDITED,
                "DESCRIPTION_EN {1200 → 1350}", Instant.EPOCH);
        assertEquals("English description changed (1,200 → 1,350 characters)", description.detailIn(Locale.ENGLISH));
        assertEquals("description en anglais modifiée (1 200 → 1 350 caractères)",
                description.detailIn(Locale.CANADA_FRENCH).replaceAll("(?<=\\d)\\h(?=\\d)", " "),
                "thousands after a space, whichever no-break space the JDK writes");

        StaffChange firstWritten = new StaffChange(1L, StaffChange.Subject.EVENT, 2L, StaffChange.What.EVENT_EDITED,
                "DESCRIPTION_FR {0 → 1}", Instant.EPOCH);
        assertEquals("description en français modifiée (0 → 1 caractère)", firstWritten.detailIn(Locale.CANADA_FRENCH));
        assertEquals("French description changed (0 → 1 character)", firstWritten.detailIn(Locale.ENGLISH));
    }

    @Test
    void anOffersContactIsSaidChangedInTheReadersWords() {
        assertEquals("courriel de la personne-ressource modifié", new StaffChange(1L, StaffChange.Subject.OFFER, 2L,
                StaffChange.What.OFFER_EDITED, "CONTACT_EMAIL", Instant.EPOCH).detailIn(Locale.CANADA_FRENCH));
        assertEquals("contact person changed", new StaffChange(1L, StaffChange.Subject.OFFER, 2L,
                StaffChange.What.OFFER_EDITED, "CONTACT_NAME", Instant.EPOCH).detailIn(Locale.ENGLISH));
    }

    @Test
    void aValueThatLooksLikeLengthsIsShownAsTyped() {
        assertEquals("French title (Atelier {1 → 2} → Atelier)", new StaffChange(1L, StaffChange.Subject.PROGRAM, 2L,
                StaffChange.What.PROGRAM_EDITED, "TITLE_FR (Atelier {1 → 2} → Atelier)", Instant.EPOCH)
                .detailIn(Locale.ENGLISH));
    }

    @Test
    void aYesOrNoFieldsMarksAreSaidInWordsInTheReadersLanguage() {
        StaffChange exemption = new StaffChange(1L, StaffChange.Subject.PROGRAM, 2L, StaffChange.What.PROGRAM_EDITED,
                "TUITION_EXEMPTION (✗ → ✓)", Instant.EPOCH);
        assertEquals("exemption des droits de scolarité (non → oui)", exemption.detailIn(Locale.CANADA_FRENCH));
        assertEquals("tuition exemption (no → yes)", exemption.detailIn(Locale.ENGLISH));
        assertEquals("online (yes → no), city (— → Laval)", new StaffChange(1L, StaffChange.Subject.EVENT, 2L,
                StaffChange.What.EVENT_EDITED, "VIRTUAL (✓ → ✗), CITY (— → Laval)", Instant.EPOCH)
                .detailIn(Locale.ENGLISH));
    }

    @Test
    void aMarkTypedInsideAValueIsShownAsTyped() {
        assertEquals("French title (Atelier ✓ → Atelier ✗)", new StaffChange(1L, StaffChange.Subject.PROGRAM, 2L,
                StaffChange.What.PROGRAM_EDITED, "TITLE_FR (Atelier ✓ → Atelier ✗)", Instant.EPOCH)
                .detailIn(Locale.ENGLISH));
    }

    @Test
    void aDetailIsKeptUpToTwoWholeValuesOfTheLongestField() {
        String meeting = "https://meet.example/j/" + "9".repeat(477);
        String detail = "ONLINE_URL (" + meeting + "1 → " + meeting + "2)";
        assertEquals(detail, new StaffChange(1L, StaffChange.Subject.EVENT, 2L, StaffChange.What.EVENT_EDITED, detail,
                Instant.EPOCH).getDetail());
    }
}
