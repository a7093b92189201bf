package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A centre's reasons for losing a lead: one per label, capitals, accents, emoji, punctuation and spaces aside, a
 * withdrawn one restorable.
 */
class LostReasonsIT extends InServerTest {

    @Inject
    LeadService leads;

    @Test
    void aReasonDifferingByCaseOrAccentsIsSaidToExistAndAWithdrawnOneAddedAgainIsRestored() {
        TestCentre centre = fixtures.newCentre("lost-reasons");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertEquals(LeadService.DEFAULT_LOST_REASONS.size(), leads.lostReasons().size(), "the defaults first");
            assertFalse(leads.addLostReason("Études reportées / Studies postponed").restored());
            BusinessRuleException same = assertThrows(BusinessRuleException.class,
                    () -> leads.addLostReason("etudes REPORTEES / studies postponed"));
            assertEquals("pipeline.lostReasonExists", same.messageKey(),
                    "what the table's key would refuse is said, not a failure of the page");
            assertEquals("pipeline.lostReasonExists", assertThrows(BusinessRuleException.class,
                    () -> leads.addLostReason("  Études  reportées /\u00a0Studies postponed ")).messageKey(),
                    "a space typed twice makes no second reason, which would split its leads in the reports");

            LostReason added = only(leads.lostReasons(), "Études reportées / Studies postponed");
            assertEquals("Études reportées / Studies postponed", leads.withdrawLostReason(added.getId()));
            assertTrue(leads.lostReasons().stream().noneMatch(r -> r.getId().equals(added.getId())));

            LeadService.AddedReason again = leads.addLostReason("etudes reportees / studies postponed");
            assertTrue(again.restored(), "added again: the withdrawn one comes back");
            assertEquals("Études reportées / Studies postponed", again.label(), "named as it was kept, not as typed");
            assertEquals(added.getId(), only(leads.lostReasons(), "Études reportées / Studies postponed").getId());
            assertEquals("pipeline.lostReasonTooLong", assertThrows(BusinessRuleException.class,
                    () -> leads.addLostReason("x".repeat(201))).messageKey());
            for (String nothing : List.of("\u200B", " \u00A0\uFEFF ")) {
                assertEquals("pipeline.lostReasonEmpty", assertThrows(BusinessRuleException.class,
                        () -> leads.addLostReason(nothing)).messageKey(), "an invisible character is no reason");
            }

            // The reports count lost leads by these reasons: who changed the list, and when, is kept.
            List<ca.tremplin.security.StaffChange> history = changes.ofLostReasons();
            assertEquals(List.of("REASON_RESTORED", "REASON_WITHDRAWN", "REASON_ADDED"),
                    history.stream().map(change -> change.getWhat().name()).toList(),
                    "newest first; refused additions leave no line");
            assertTrue(history.stream().allMatch(change -> centre.admin().getId().equals(change.getActorId())
                    && "Études reportées / Studies postponed".equals(change.getDetail())
                    && added.getId().equals(change.getSubjectId())), history.toString());
            assertTrue(changes.ofSettings().stream().noneMatch(change ->
                            ca.tremplin.security.StaffChange.What.LOST_REASONS.contains(change.getWhat())),
                    "the routing settings' history keeps to routing");
        }
    }

    /**
     * A reason that differs from one of the centre's only by an emoji, punctuation or its spaces is refused, naming the
     * one that exists in the reader's language; differing so from a withdrawn one, it brings that one back.
     */
    @Test
    void aReasonDifferingByAnEmojiPunctuationOrSpacesIsRefusedNamingTheOneThatExists() {
        TestCentre centre = fixtures.newCentre("lost-reasons-emoji");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            leads.lostReasons();
            assertFalse(leads.addLostReason("Visa refusé").restored());
            for (String alike : List.of("Visa refusé 🛂", "VISA-REFUSÉ !", "visa refuse.", "🛂 Visa  refusé ✈️")) {
                BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                        () -> leads.addLostReason(alike), alike);
                assertEquals("pipeline.lostReasonExists", refused.messageKey(), alike);
                assertEquals("Cette raison existe déjà : « Visa refusé » (les majuscules, les accents, les émojis,"
                        + " la ponctuation et les espaces ne comptent pas).",
                        refused.localizedMessage(java.util.Locale.CANADA_FRENCH));
                assertEquals("This reason already exists: “Visa refusé” (capitals, accents, emoji, punctuation and"
                        + " spaces do not count).", refused.localizedMessage(java.util.Locale.CANADA));
            }
            assertEquals(1, leads.lostReasons().stream().filter(r -> r.getLabel().startsWith("Visa")).count());
            assertFalse(leads.addLostReason("Visa refusé deux fois").restored(), "other words: another reason");

            LostReason visa = only(leads.lostReasons(), "Visa refusé");
            leads.withdrawLostReason(visa.getId());
            LeadService.AddedReason again = leads.addLostReason("Visa refusé 🛂");
            assertTrue(again.restored(), "the withdrawn one comes back rather than a second one");
            assertEquals("Visa refusé", again.label());
            assertEquals(visa.getId(), only(leads.lostReasons(), "Visa refusé").getId());
        }
    }

    @Inject
    ca.tremplin.security.StaffChanges changes;

    private static LostReason only(List<LostReason> reasons, String label) {
        List<LostReason> found = reasons.stream().filter(r -> r.getLabel().equals(label)).toList();
        assertEquals(1, found.size(), reasons.toString());
        return found.get(0);
    }
}
