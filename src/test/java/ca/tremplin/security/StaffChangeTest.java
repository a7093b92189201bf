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
}
