package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import org.junit.jupiter.api.Test;

class EarlyRequestLimitsTest {

    @Test
    void anAnonymousBackOfficeRequestMaySendLittleWhateverItsAddress() {
        assertEquals(EarlyRequestLimits.ANONYMOUS_BACK_OFFICE_LIMIT, EarlyRequestLimits.limitFor("/admin/leads.xhtml", false));
        assertEquals(EarlyRequestLimits.ANONYMOUS_BACK_OFFICE_LIMIT, EarlyRequestLimits.limitFor("/admin/import.xhtml", false));
        assertEquals(EarlyRequestLimits.ANONYMOUS_BACK_OFFICE_LIMIT,
                EarlyRequestLimits.limitFor("/api/staff/events/12/imports", false));
    }

    @Test
    void withASessionOrOnAPublicAddressTheAddresssOwnLimitHolds() {
        assertEquals(RequestSizeFilter.IMPORT_PAGE_LIMIT, EarlyRequestLimits.limitFor("/admin/import.xhtml", true));
        assertEquals(Long.MAX_VALUE, EarlyRequestLimits.limitFor("/api/staff/events/12/imports", true));
        assertEquals(RequestSizeFilter.USUAL_LIMIT, EarlyRequestLimits.limitFor("/fr/postuler", false));
        assertTrue(EarlyRequestLimits.refusedEarly("/api/staff/events/12/captures"));
        assertFalse(EarlyRequestLimits.refusedEarly("/api/inquiries"), "RequestSizeFilter answers with a problem");
        assertFalse(EarlyRequestLimits.refusedEarly("/fr/information"), "a page answers with its error page");
    }

    @Test
    void theRefusalSpeaksTheCallersLanguage() {
        assertEquals(Languages.ENGLISH, RequestSizeFilter.languageOf("en-CA,fr;q=0.5"));
        assertEquals(Languages.FRENCH, RequestSizeFilter.languageOf("fr-CA,en;q=0.5"));
        assertEquals(Languages.FRENCH, RequestSizeFilter.languageOf("de;;;"));
        assertTrue(RequestSizeFilter.tooLargeProblem(Languages.ENGLISH, 64 * 1024, -1).contains("larger than 64 KB"));
    }

    /** A body that announced its length is said with its size, rounded up, beside the limit: API and page alike. */
    @Test
    void theRefusalSaysHowMuchWasSentWhenTheLengthWasAnnounced() {
        assertTrue(RequestSizeFilter.tooLargeProblem(Languages.ENGLISH, RequestSizeFilter.USUAL_LIMIT,
                11L * 1024 * 1024).contains("The request is 11.6 MB, larger than the 10 MB allowed at this address."));
        assertTrue(RequestSizeFilter.tooLargeProblem(Languages.FRENCH, 64 * 1024, 70_001)
                .contains("La requête pèse 71 Ko, plus que les 64 Ko permis"));
        assertEquals("The request is larger than 10 MB, the size allowed at this address.",
                RequestSizeFilter.tooLargeDetail(Languages.ENGLISH, RequestSizeFilter.USUAL_LIMIT, -1),
                "cut off while read, the size is not known");
        assertTrue(RequestSizeFilter.tooLargePageText(Languages.FRENCH, 64 * 1024, 300_000)
                .startsWith("Ce que vous avez envoyé pèse 300 Ko, plus que les 64 Ko que cette adresse reçoit"));
        assertEquals(ca.tremplin.kernel.Messages.get(Languages.ENGLISH, "error.tooLarge.text"),
                RequestSizeFilter.tooLargePageText(Languages.ENGLISH, 64 * 1024, -1));
    }
}
