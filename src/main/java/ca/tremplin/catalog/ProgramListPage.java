package ca.tremplin.catalog;

import ca.tremplin.kernel.TableSort;
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

/** The back office's list of the centre's programs, paged and filtered in SQL. */
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
    private LazyDataModel<Program> programs;

    @PostConstruct
    void init() {
        programs = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) catalog.programCount(filter, status);
            }

            @Override
            public List<Program> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
                return catalog.programPage(filter, status, first, pageSize, inReadersLanguage(TableSort.of(sortBy)));
            }

            @Override
            public String getRowKey(Program program) {
                return String.valueOf(program.getId());
            }

            @Override
            public Program getRowData(String rowKey) {
                return null;
            }
        };
    }

    public ProgramStatus[] getStatuses() {
        return ProgramStatus.values();
    }

    public LazyDataModel<Program> getPrograms() {
        return programs;
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
