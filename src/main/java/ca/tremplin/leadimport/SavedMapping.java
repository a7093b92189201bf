package ca.tremplin.leadimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A centre's column mapping kept under a name, offered again for a file with the same headers. */
@Entity
@Table(name = "import_mapping")
public class SavedMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    private String name;

    /** The headers it was made for, joined by a unit separator. */
    private String headers;

    @Column(name = "column_mapping")
    private String columnMapping;

    @Version
    private long version;

    protected SavedMapping() {
    }

    SavedMapping(String name, List<String> headers, ColumnMapping mapping) {
        this.name = name;
        this.headers = signature(headers);
        this.columnMapping = mapping.format();
    }

    void replace(List<String> newHeaders, ColumnMapping mapping) {
        this.headers = signature(newHeaders);
        this.columnMapping = mapping.format();
    }

    /** A mapping to keep, for the demo or an administrator's set-up. */
    public static SavedMapping of(String name, List<String> headers, ColumnMapping mapping) {
        return new SavedMapping(name, headers, mapping);
    }

    static String signature(List<String> headers) {
        String joined = String.join("\u001f", headers);
        return joined.length() <= 2000 ? joined : joined.substring(0, 2000);
    }

    public ColumnMapping mapping() {
        return ColumnMapping.parse(columnMapping);
    }

    /**
     * The mapping as the centre's history keeps it: each field with the header of its column in the list it was
     * made for ("EMAIL=Courriel;PHONE=Cellulaire"), which reads without the list at hand; a column without a header
     * as the mapping's menus named it ("PHONE=Colonne C (sans en-tête)"), in the language of who saved it.
     */
    String described(java.util.Locale language) {
        List<String> named = List.of(headers.split("\u001f", -1));
        ColumnMapping mapping = mapping();
        List<String> fields = new java.util.ArrayList<>();
        for (ImportField field : ImportField.values()) {
            mapping.column(field).ifPresent(column -> fields.add(field.name() + "="
                    + (column < named.size() && !named.get(column).isBlank() ? named.get(column).strip()
                            : ImportTable.unheadedColumn(column, language))));
        }
        return String.join(";", fields);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getHeaders() { return headers; }
}
