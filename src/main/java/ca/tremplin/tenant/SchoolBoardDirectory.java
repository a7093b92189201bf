package ca.tremplin.tenant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The public list of participating school service centres. The tenant directory is public information and
 * not tenant-owned, so this needs no crossing of the tenant boundary.
 */
@Named
@RequestScoped
public class SchoolBoardDirectory {

    @Inject
    TenantRepository tenants;

    private List<Tenant> schoolBoards;

    @Transactional
    public List<Tenant> getSchoolBoards() {
        if (schoolBoards == null) {
            schoolBoards = tenants.activeSchoolBoards();
        }
        return schoolBoards;
    }
}
