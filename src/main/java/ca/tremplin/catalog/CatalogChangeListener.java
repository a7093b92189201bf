package ca.tremplin.catalog;

import ca.tremplin.tenant.Tenant;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells {@link CatalogChanges} which program or school service centre a write touched. Declared on Program,
 * Intake and Tenant in META-INF/orm.xml, so that the tenant package need not know the catalogue.
 */
public class CatalogChangeListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        CatalogChanges changes = CDI.current().select(CatalogChanges.class).get();
        if (entity instanceof Program program) {
            changes.programChanged(program.getId());
        } else if (entity instanceof Intake intake) {
            changes.programChanged(intake.getProgram().getId());
        } else if (entity instanceof Tenant tenant) {
            changes.tenantChanged(tenant.getId());
        }
    }
}
