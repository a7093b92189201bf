package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.person.LeadStage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeadFilterFormTest {

    @Test
    void aReportsCohortThatCannotBeIsSaidToBeIgnoredRatherThanWideningTheListSilently() {
        LeadFilterForm lost = form(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LeadStage.LOST, null);
        assertEquals(null, lost.filter().cohort());
        assertTrue(lost.isCohortIgnored(), "LOST is not a stage reached on the way");
        assertTrue(form(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 1, 1), null, null).isCohortIgnored(),
                "a period that ends before it starts");
        assertTrue(form(LocalDate.of(2026, 1, 1), null, LeadStage.CONTACTED, null).isCohortIgnored(),
                "a period without its end");
        assertTrue(form(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null, "SOMETIMES").isCohortIgnored());

        assertFalse(form(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LeadStage.CONTACTED, "furthest")
                .isCohortIgnored());
        assertFalse(new LeadFilterForm().isCohortIgnored(), "no cohort asked, none ignored");
    }

    private static LeadFilterForm form(LocalDate from, LocalDate to, LeadStage reached, String counting) {
        LeadFilterForm form = new LeadFilterForm();
        form.setFrom(from);
        form.setTo(to);
        form.setReached(reached);
        form.setCounting(counting);
        return form;
    }
}
