package ca.tremplin.offer;

import ca.tremplin.kernel.TableSort;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The back office's list of the centre's offers, paged and filtered in SQL. The table keeps the page it shows with the
 * view, in the session: rows, not offers ({@link OfferRow}).
 */
@Named
@ViewScoped
public class OfferListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ca.tremplin.web.LanguagePreference language;

    @Inject
    OfferService offers;

    private String filter;
    private OfferStatus status;
    private LazyDataModel<OfferRow> model;

    @PostConstruct
    void init() {
        model = new ca.tremplin.web.ServerPagedRows<>(() -> offers.count(filter, status),
                (first, size, sort) -> offers.page(filter, status, first, size, inReadersLanguage(sort)),
                OfferRow::id);
    }

    public OfferStatus[] getStatuses() {
        return OfferStatus.values();
    }

    public LazyDataModel<OfferRow> getOffers() {
        return model;
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

    public OfferStatus getStatus() {
        return status;
    }

    public void setStatus(OfferStatus status) {
        this.status = status;
    }

    /** Names sort in the reader's language: the English list by its English trades, as it shows them. */
    private TableSort inReadersLanguage(TableSort sort) {
        boolean byName = sort.field() == null || sort.field().equals("trade");
        return byName && ca.tremplin.kernel.Languages.isEnglish(language.getLocale())
                ? new TableSort("tradeEn", sort.ascending()) : sort;
    }
}
