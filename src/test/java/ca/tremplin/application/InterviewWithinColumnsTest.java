package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.tremplin.kernel.BusinessRuleException;
import org.junit.jupiter.api.Test;

/**
 * An interview's place and link as a form sent otherwise than by its page could give them: longer than the interview
 * keeps, refused with the longest each may be, rather than by the database at commit (an error page).
 */
class InterviewWithinColumnsTest {

    @Test
    void aPlaceOrALinkAsLongAsTheInterviewKeepsIsTaken() {
        ApplicationService.requireWithinColumns("é".repeat(300), "https://" + "a".repeat(492));
        // Counted in characters, as the columns count them: an emoji is one.
        ApplicationService.requireWithinColumns("🏭".repeat(300), null);
        ApplicationService.requireWithinColumns(null, null);
    }

    @Test
    void aLongerPlaceOrLinkIsRefusedWithTheLongestItMayBe() {
        BusinessRuleException place = assertThrows(BusinessRuleException.class,
                () -> ApplicationService.requireWithinColumns("x".repeat(301), null));
        assertEquals("interview.placeTooLong", place.messageKey());
        assertEquals(300, place.arguments()[0]);
        BusinessRuleException link = assertThrows(BusinessRuleException.class,
                () -> ApplicationService.requireWithinColumns("Salle 2", "https://" + "a".repeat(493)));
        assertEquals("interview.linkTooLong", link.messageKey());
        assertEquals(500, link.arguments()[0]);
    }
}
