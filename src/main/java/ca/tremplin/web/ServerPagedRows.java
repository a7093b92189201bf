package ca.tremplin.web;

import ca.tremplin.kernel.TableSort;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table's rows read a page at a time on the server, in the order the table asks (a lazy PrimeFaces table): how many
 * there are, and one page of them, from the page's service. The parts are serializable, as the view-scoped page that
 * holds them is. Rows are told apart by their key; a selected row is never looked up again by it.
 */
public final class ServerPagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows the table holds in all. */
    public interface Count extends Serializable {
        long count();
    }

    /** One page of rows, from {@code first}, at most {@code size}, in the table's order. */
    public interface Page<T> extends Serializable {
        List<T> read(int first, int size, TableSort sort);
    }

    /** What tells a row from the others (its id). */
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;

    public ServerPagedRows(Count count, Page<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) count.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.read(first, pageSize, TableSort.of(sortBy));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
