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
}
