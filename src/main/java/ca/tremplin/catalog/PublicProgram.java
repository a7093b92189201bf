package ca.tremplin.catalog;

import ca.tremplin.tenant.Tenant;
import java.util.List;

/**
 * A published program as its public page shows it: the program with its sector and centres, the school
 * service centre that gives it, and its upcoming open intakes (each with its centre). Detached and complete:
 * the page issues no further query.
 */
public record PublicProgram(Program program, Tenant tenant, List<Intake> upcomingIntakes,
                            java.time.Instant photoUpdatedAt) {

    public boolean hasPhoto() {
        return photoUpdatedAt != null;
    }
}
