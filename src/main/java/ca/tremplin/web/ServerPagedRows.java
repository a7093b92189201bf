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
    /** Whether each page of rows is read once and kept as shown (see {@link #keptAsShown}). */
    private final boolean keep;
    private final Map<String, List<T>> shown = new java.util.HashMap<>();
    private Long counted;

    public ServerPagedRows(Count count, Page<T> page, Key<T> key) {
        this(count, page, key, false);
    }

    private ServerPagedRows(Count count, Page<T> page, Key<T> key, boolean keep) {
        this.count = count;
        this.page = page;
        this.key = key;
        this.keep = keep;
    }

    /**
     * Rows whose every page is read once and then kept as it was shown, with the count, until {@link #readAgain()} or
     * the end of the view: for a table whose rows carry buttons. A table reads its page again each time it is drawn,
     * and a button is found again by its row's position: were the page read again after an answer (a row answered
     * leaving it, say), a second click sent before the first answer came back would reach the row that moved into its
     * place. Kept, the rows say what was shown; reloading the page brings them up to date.
     */
    public static <T> ServerPagedRows<T> keptAsShown(Count count, Page<T> page, Key<T> key) {
        return new ServerPagedRows<>(count, page, key, true);
    }

    /** The rows and their count are read again when next shown. */
    public void readAgain() {
        shown.clear();
        counted = null;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (!keep) {
            return (int) count.count();
        }
        if (counted == null) {
            counted = count.count();
        }
        return counted.intValue();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        TableSort sort = TableSort.of(sortBy);
        if (!keep) {
            return page.read(first, pageSize, sort);
        }
        return shown.computeIfAbsent(first + "/" + pageSize + "/" + sort,
                at -> new java.util.ArrayList<>(page.read(first, pageSize, sort)));
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
