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

/** A centre's reasons for losing a lead: one per label as the database compares them, a withdrawn one restorable. */
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

    @Inject
    ca.tremplin.security.StaffChanges changes;

    private static LostReason only(List<LostReason> reasons, String label) {
        List<LostReason> found = reasons.stream().filter(r -> r.getLabel().equals(label)).toList();
        assertEquals(1, found.size(), reasons.toString());
        return found.get(0);
    }
}
