package ca.tremplin.catalog;

import ca.tremplin.kernel.TableSort;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The back office's list of the centre's programs, paged and filtered in SQL. The table keeps the page it shows with
 * the view, in the session: rows, not programs ({@link ProgramRow}).
 */
@Named
@ViewScoped
public class ProgramListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ca.tremplin.web.LanguagePreference language;

    @Inject
    CatalogService catalog;

    private String filter;
    private ProgramStatus status;
    private LazyDataModel<ProgramRow> programs;

    @PostConstruct
    void init() {
        programs = new ca.tremplin.web.ServerPagedRows<>(() -> catalog.programCount(filter, status),
                (first, size, sort) -> catalog.programRows(filter, status, first, size, inReadersLanguage(sort)),
                ProgramRow::id);
    }

    public ProgramStatus[] getStatuses() {
        return ProgramStatus.values();
    }

    public LazyDataModel<ProgramRow> getPrograms() {
        return programs;
    }

    /**
     * Whether the search box or the status narrows the list: an empty list then says that nothing matches, where a
     * centre that has none yet is told how to make the first.
     */
    public boolean isFiltered() {
        return filter != null && !filter.isBlank() || status != null;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public ProgramStatus getStatus() {
        return status;
    }

    public void setStatus(ProgramStatus status) {
        this.status = status;
    }

    /** Names sort in the reader's language: the English list by its English titles, as it shows them. */
    private TableSort inReadersLanguage(TableSort sort) {
        boolean byName = sort.field() == null || sort.field().equals("title");
        return byName && ca.tremplin.kernel.Languages.isEnglish(language.getLocale())
                ? new TableSort("titleEn", sort.ascending()) : sort;
    }
}
