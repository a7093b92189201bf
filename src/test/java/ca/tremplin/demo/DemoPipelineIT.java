package ca.tremplin.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.tremplin.tenant.Tenancy;
import ca.tremplin.testsupport.InServerTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo's people stand where their history says: the board, the lead page and the reports agree on each of them,
 * including Ousmane Sow, whose later request through a partner site filled his phone after his stage was set.
 */
class DemoPipelineIT extends InServerTest {

    @Inject
    Tenancy tenancy;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Test
    void everyDemoLeadStandsWhereItsHistoryAndItsReportRowSayItStands() {
        @SuppressWarnings("unchecked")
        List<Object[]> disagreeing = tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select l.email_normalized, l.stage, f.standing_stage, s.to_stage from `lead` l"
                        + " join lead_funnel f on f.lead_id = l.id"
                        + " join lead_stage_change s on s.id = (select max(c.id) from lead_stage_change c"
                        + "     where c.lead_id = l.id)"
                        + " where l.email_normalized like '%@exemple.demo' and l.merged_into_id is null"
                        + " and (l.stage <> f.standing_stage or l.stage <> s.to_stage)").getResultList());
        assertEquals(List.of(), disagreeing.stream().map(List::of).toList(),
                "e-mail, stage on the record, stage in the report's row, last stage of the history");
        Object ousmane = tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select stage from `lead` where email_normalized = 'ousmane.sow@exemple.demo'").getSingleResult());
        assertFalse("NEW".equals(ousmane), "Ousmane Sow's later request did not take him back to new");
    }
}
