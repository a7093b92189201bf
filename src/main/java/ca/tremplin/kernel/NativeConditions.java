package ca.tremplin.kernel;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The {@code and ...} conditions of a native query, made of constant SQL fragments and numbered parameters
 * ({@code ?1}, {@code ?2}...): what a visitor typed or chose is only ever a bound value, never SQL text.
 * Parameters added after the conditions (limit, offset) continue the numbering.
 */
public final class NativeConditions {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    /** Adds a value and returns its placeholder. */
    public String param(Object value) {
        values.add(value);
        return "?" + values.size();
    }

    /** Adds values and returns their placeholders, separated by commas, for an {@code in (...)} list. */
    public String params(Collection<?> many) {
        List<String> placeholders = new ArrayList<>(many.size());
        for (Object value : many) {
            placeholders.add(param(value));
        }
        return String.join(", ", placeholders);
    }

    public void and(String condition) {
        sql.append(" and ").append(condition);
    }

    public String sql() {
        return sql.toString();
    }

    public List<Object> values() {
        return List.copyOf(values);
    }

    /** The same conditions and values, to be extended without touching these (a query's page, its order). */
    public NativeConditions copy() {
        NativeConditions copy = new NativeConditions();
        copy.sql.append(sql);
        copy.values.addAll(values);
        return copy;
    }

    public <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}
