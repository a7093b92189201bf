package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Recipients that changed since a bulk e-mail's preview are said person by person, not by count: nothing is sent then. */
class RecipientChangeTest {

    @Test
    void theSamePeopleInAnotherOrderAreNoChange() {
        assertFalse(LeadListPage.RecipientChange.between(List.of(1L, 2L, 3L), List.of(3L, 1L, 2L)).any());
    }

    @Test
    void oneWhoWithdrewAndAnotherWhoConsentedMeanwhileAreSaidThoughTheCountIsTheSame() {
        LeadListPage.RecipientChange change = LeadListPage.RecipientChange.between(List.of(1L, 2L, 3L),
                List.of(1L, 2L, 4L));

        assertTrue(change.any(), "three previewed, three sent, yet not the same three");
        assertEquals(1, change.notReached());
        assertEquals(1, change.added());
    }

    @Test
    void aLeadMergedSinceThePreviewIsOneThePreviewCountedThatWasNotReached() {
        LeadListPage.RecipientChange change = LeadListPage.RecipientChange.between(List.of(1L, 2L), List.of(2L));

        assertEquals(new LeadListPage.RecipientChange(1, 0), change);
    }
}
