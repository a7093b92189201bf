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

    /**
     * The mapping the headers name: each field takes the first column named for it. "Nom" beside a "Prénom" column
     * is the last name (a French list's "Prénom;Nom"), not the whole name. The columns a failed-rows download adds
     * ("Ligne", "Raison") are never taken.
     */
    public static ColumnMapping guess(List<String> headers) {
        ColumnMapping mapping = new ColumnMapping();
        boolean firstNameColumn = headers.stream().anyMatch(ImportField.FIRST_NAME::isNamedBy);
        // "Nom" beside "Prénom" is the last name, unless the list has a column named so ("Nom de famille", as a
        // French Microsoft Forms export has beside the respondent's whole name in "Nom"): "Nom" is then that.
        boolean lastNameColumn = headers.stream().anyMatch(ImportField.LAST_NAME::isNamedBy);
        for (int i = 0; i < headers.size(); i++) {
            String header = ImportField.headerName(headers.get(i));
            if (ImportField.ADDED_BY_FAILED_ROWS.contains(header)) {
                continue;
            }
            if (firstNameColumn && !lastNameColumn && header.equals("nom")
                    && !mapping.columns.containsKey(ImportField.LAST_NAME)) {
                mapping.columns.put(ImportField.LAST_NAME, i);
                continue;
            }
            for (ImportField field : ImportField.values()) {
                if (field.isNamedBy(headers.get(i)) && !mapping.columns.containsKey(field)) {
                    mapping.columns.put(field, i);
                    break;
                }
            }
        }
        // Of several phone columns, the mobile one (Eventbrite's "Cell Phone" after its "Home Phone").
        for (int i = 0; i < headers.size(); i++) {
            if (ImportField.MOBILE_PHONES.contains(ImportField.headerName(headers.get(i)))) {
                mapping.columns.put(ImportField.PHONE, i);
                break;
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

    /** An import needs what identifies a person: the e-mail, or a name and a phone. */
    public boolean isComplete() {
        boolean name = columns.containsKey(ImportField.FULL_NAME)
                || (columns.containsKey(ImportField.FIRST_NAME) && columns.containsKey(ImportField.LAST_NAME));
        return columns.containsKey(ImportField.EMAIL) || (name && columns.containsKey(ImportField.PHONE));
    }

    /**
     * Whether this mapping takes the same column for every field as {@code other}, and leaves out the same ones: a
     * saved mapping shown as it was saved is not a new one to name.
     */
    public boolean sameAs(ColumnMapping other) {
        return other != null && columns.equals(other.columns);
    }

    public Map<ImportField, Integer> asMap() {
        return Map.copyOf(columns);
    }
}
