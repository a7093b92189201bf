package ca.tremplin.platform;

import ca.tremplin.kernel.TableSort;
import ca.tremplin.tenant.TenantRow;
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

/**
 * The platform admin's directory of tenants, paged in SQL. The table keeps the page it shows with the view, in the
 * session: rows, not centres ({@link TenantRow}).
 */
@Named
@ViewScoped
public class TenantListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantService tenantService;

    private String filter;
    private LazyDataModel<TenantRow> tenants;

    @PostConstruct
    void init() {
        tenants = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) tenantService.count(filter);
            }

            @Override
            public List<TenantRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
                return tenantService.page(filter, first, pageSize, TableSort.of(sortBy));
            }

            @Override
            public String getRowKey(TenantRow tenant) {
                return String.valueOf(tenant.id());
            }

            @Override
            public TenantRow getRowData(String rowKey) {
                return null;
            }
        };
    }

    public LazyDataModel<TenantRow> getTenants() {
        return tenants;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
