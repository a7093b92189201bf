package ca.tremplin.leadimport;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which column holds which field, by column index. Guessed from the headers of the known exports, corrected on
 * the mapping screen, kept with the import and, under a name, for the next file with the same headers. Stored as
 * text: {@code EMAIL=4;FIRST_NAME=2}.
 */
public final class ColumnMapping implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumMap<ImportField, Integer> columns = new EnumMap<>(ImportField.class);

    public static ColumnMapping guess(List<String> headers) {
        ColumnMapping mapping = new ColumnMapping();
        for (int i = 0; i < headers.size(); i++) {
            for (ImportField field : ImportField.values()) {
                if (field.isNamedBy(headers.get(i)) && !mapping.columns.containsKey(field)) {
                    mapping.columns.put(field, i);
                    break;
                }
            }
        }
        return mapping;
    }

    public static ColumnMapping parse(String stored) {
        ColumnMapping mapping = new ColumnMapping();
        if (stored == null || stored.isBlank()) {
            return mapping;
        }
        for (String pair : stored.split(";")) {
            String[] parts = pair.split("=", 2);
            try {
                mapping.columns.put(ImportField.valueOf(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException unreadable) {
                // A field that no longer exists is left out; the screen shows what remains.
            }
        }
        return mapping;
    }

    public String format() {
        return columns.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    public Optional<Integer> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** Sets (or, with null, clears) the column of a field. */
    public void set(ImportField field, Integer column) {
        if (column == null || column < 0) {
            columns.remove(field);
        } else {
            columns.put(field, column);
        }
    }

    /** An import needs the e-mail and some name. */
    public boolean isComplete() {
        return columns.containsKey(ImportField.EMAIL) && (columns.containsKey(ImportField.FULL_NAME)
                || (columns.containsKey(ImportField.FIRST_NAME) && columns.containsKey(ImportField.LAST_NAME)));
    }

    public Map<ImportField, Integer> asMap() {
        return Map.copyOf(columns);
    }
}
