package ca.tremplin.inquiry;

import ca.tremplin.kernel.MissingValue;
import ca.tremplin.kernel.TableSort;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

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
    private String unreadableScope;
    /** What was typed in the search box (the address's {@code q}): a name, part of an e-mail or a phone's digits. */
    private String q;
    private LazyDataModel<InboxRow> rows;
    private Map<Long, String> staff;

    @PostConstruct
    void init() {
        // Recruiters start with their own requests; admins, and the coordination's queue (never assigned), with all.
        scope = signedInUser.hasRole(ca.tremplin.security.Role.RECRUITER) && !signedInUser.isCoordination()
                ? InboxScope.MINE : InboxScope.ALL;
        staff = inbox.staffNames();
        rows = new ca.tremplin.web.ServerPagedRows<>(() -> inbox.count(scope, q),
                (first, size, sort) -> inbox.page(scope, q, first, size, sort.field() == null ? NEWEST_FIRST : sort),
                InboxRow::id);
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
        return row.assignedTo() == null ? MissingValue.MARK : staff.getOrDefault(row.assignedTo(), MissingValue.MARK);
    }

    public InboxScope getScope() {
        return scope;
    }

    public void setScope(InboxScope scope) {
        if (scope != null) {
            this.scope = scope;
        }
    }

    /** The address's {@code scope}, read without regard to case; what is not a scope is said and left out. */
    public String getScopeText() {
        return scope == null ? null : scope.name();
    }

    public void setScopeText(String text) {
        unreadableScope = null;
        if (text == null || text.isBlank()) {
            return;
        }
        InboxScope named = ca.tremplin.kernel.AddressParameters.enumValue(InboxScope.class, text.strip());
        if (named == null) {
            unreadableScope = "scope=" + ca.tremplin.kernel.ShortenedText.of(text.strip(), 40);
        } else {
            scope = named;
        }
    }

    /** The address's scope as typed when it names none ("scope=tout"), or null. */
    public String getUnreadableScope() {
        return unreadableScope;
    }

    /** That scope quoted as the reader's language does. */
    public String unreadableScopeQuoted(java.util.Locale language) {
        return ca.tremplin.kernel.Languages.quoted(unreadableScope, language);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null
                : q.strip().substring(0, Math.min(q.strip().length(), ca.tremplin.kernel.PersonSearch.MOST_CHARACTERS));
    }

    /** Whether the list is narrowed by the search box. */
    public boolean isSearching() {
        return q != null;
    }

    /** The search's words, as an address parameter ("&amp;q=..."), for the scope links; empty without a search. */
    public String getSearchParameter() {
        return q == null ? "" : "&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The lead list searched for the same words: it finds the person whatever their requests' status. */
    public String getLeadListSearch() {
        return "leads.xhtml?q=" + java.net.URLEncoder.encode(q == null ? "" : q, java.nio.charset.StandardCharsets.UTF_8);
    }

    public InboxScope[] getScopes() {
        return InboxScope.values();
    }

    public LazyDataModel<InboxRow> getRows() {
        return rows;
    }
}
