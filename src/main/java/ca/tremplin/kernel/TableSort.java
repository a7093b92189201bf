package ca.tremplin.kernel;

import java.util.Map;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The column a back-office table is sorted by, turned into an {@code order by} from a fixed list of the
 * columns a repository allows: what arrives from the page names a column, never SQL.
 */
public record TableSort(String field, boolean ascending) implements java.io.Serializable {

    public static final TableSort DEFAULT = new TableSort(null, true);

    /** The first column a PrimeFaces lazy table asks to sort by, or {@link #DEFAULT}. */
    public static TableSort of(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream().findFirst()
                .map(sort -> new TableSort(sort.getField(), sort.getOrder() != SortOrder.DESCENDING))
                .orElse(DEFAULT);
    }

    /** "{@code p.titleFr asc, <tie-breaker>}", or the default column when the field is not an allowed one. */
    public String orderBy(Map<String, String> allowedColumns, String defaultColumn, String tieBreaker) {
        String column = field == null ? defaultColumn : allowedColumns.getOrDefault(field, defaultColumn);
        return " order by " + column + (ascending ? " asc" : " desc") + ", " + tieBreaker;
    }
}
