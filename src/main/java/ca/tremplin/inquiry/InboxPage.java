package ca.tremplin.inquiry;

import ca.tremplin.kernel.TableSort;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The inbox: new and open requests, the signed-in recruiter's or the whole centre's (for the coordinating
 * organisation, its queue of unrouted requests), newest first, paged and sorted in SQL.
 */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A deadline within this time is "due soon". */
    static final Duration DUE_SOON = Duration.ofHours(4);
    private static final TableSort NEWEST_FIRST = new TableSort("receivedAt", false);

    @Inject
    InboxService inbox;


    @Inject
    ca.tremplin.security.SignedInUser signedInUser;

    private InboxScope scope;
    private LazyDataModel<InboxRow> rows;
    private Map<Long, String> staff;

    @PostConstruct
    void init() {
        // Recruiters start with their own requests; admins, and the coordination's queue (never assigned), with all.
        scope = signedInUser.hasRole(ca.tremplin.security.Role.RECRUITER) && !signedInUser.isCoordination()
                ? InboxScope.MINE : InboxScope.ALL;
        staff = inbox.staffNames();
        rows = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) inbox.count(scope);
            }

            @Override
            public List<InboxRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
                TableSort sort = TableSort.of(sortBy);
                return inbox.page(scope, first, pageSize, sort.field() == null ? NEWEST_FIRST : sort);
            }

            @Override
            public String getRowKey(InboxRow row) {
                return String.valueOf(row.id());
            }

            @Override
            public InboxRow getRowData(String rowKey) {
                return null;
            }
        };
    }

    /** "overdue", "due-soon" or "" — a CSS class and a label key, never colour alone. */
    public String urgency(InboxRow row) {
        Instant now = clock().instant();
        if (now.isAfter(row.responseDeadline())) {
            return "overdue";
        }
        return now.plus(DUE_SOON).isAfter(row.responseDeadline()) ? "due-soon" : "";
    }

    /**
     * The application's clock, looked up when needed rather than injected: it is not serializable, and this page
     * goes to another server with the session.
     */
    private static Clock clock() {
        return jakarta.enterprise.inject.spi.CDI.current().select(Clock.class).get();
    }

    public String assignee(InboxRow row) {
        return row.assignedTo() == null ? "—" : staff.getOrDefault(row.assignedTo(), "—");
    }

    public InboxScope getScope() {
        return scope;
    }

    public void setScope(InboxScope scope) {
        if (scope != null) {
            this.scope = scope;
        }
    }

    public InboxScope[] getScopes() {
        return InboxScope.values();
    }

    public LazyDataModel<InboxRow> getRows() {
        return rows;
    }
}
