package ca.tremplin.platform;

import ca.tremplin.kernel.TableSort;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The platform admin's directory of tenants, paged in SQL. */
@Named
@ViewScoped
public class TenantListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantService tenantService;

    private String filter;
    private LazyDataModel<Tenant> tenants;

    @PostConstruct
    void init() {
        tenants = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) tenantService.count(filter);
            }

            @Override
            public List<Tenant> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
                return tenantService.page(filter, first, pageSize, TableSort.of(sortBy));
            }

            @Override
            public String getRowKey(Tenant tenant) {
                return String.valueOf(tenant.getId());
            }

            @Override
            public Tenant getRowData(String rowKey) {
                return null;
            }
        };
    }

    public LazyDataModel<Tenant> getTenants() {
        return tenants;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
