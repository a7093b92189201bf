package ca.tremplin.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlDataTable;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKitFactory;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.component.datatable.DataTable;

/**
 * A data table's name for screen readers, written on its {@code <table>} element: a screen reader lists a page's
 * tables by their names and says "table, 20 rows" with nothing else for one without. PrimeFaces' data table writes
 * no {@code <caption>} (its header facet is a {@code div} before the table) and no {@code aria-label}, and its
 * {@code summary} only describes. A page gives the name as the table's attribute,
 * {@code <f:attribute name="tableName" value="#{msg['…']}"/>}, or, when the page shows a title above it, that
 * title's id, {@code <f:attribute name="tableTitleId" value="…-title"/>}; either is written, as {@code aria-label} or
 * {@code aria-labelledby}, on the first {@code <table>} the component starts — its own, before the rows' cells start
 * theirs —, with no other change to PrimeFaces' markup: a response writer, not a renderer of its own. Registered in faces-config.xml as a render kit factory, beside {@link InvalidFieldsMarked}.
 */
public class NamedDataTables extends WriterDecoratingFactory {

    /** The attribute of a {@code p:dataTable} or {@code h:dataTable} that holds its name. */
    public static final String NAME_ATTRIBUTE = "tableName";

    /** The attribute that holds the id of the page's visible title of the table, written as {@code aria-labelledby}. */
    public static final String TITLE_ATTRIBUTE = "tableTitleId";

    public NamedDataTables(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    ResponseWriter decorate(ResponseWriter created) {
        return new NamingWriter(created, NamedDataTables::nameOf);
    }

    /**
     * The ARIA attribute and its value that name a data table as its page asks — the id of its visible title, else a
     * name of its own —, or {@code null} for any other component or a table without either.
     */
    static Map.Entry<String, String> nameOf(UIComponent component) {
        if (component instanceof DataTable || component instanceof HtmlDataTable) {
            Object title = component.getAttributes().get(TITLE_ATTRIBUTE);
            if (title != null && !title.toString().isBlank()) {
                return Map.entry("aria-labelledby", title.toString().strip());
            }
            Object name = component.getAttributes().get(NAME_ATTRIBUTE);
            if (name != null && !name.toString().isBlank()) {
                return Map.entry("aria-label", name.toString().strip());
            }
        }
        return null;
    }

    /** Writes a named data table's name on the next {@code <table>} started once the table's component has begun. */
    static final class NamingWriter extends ResponseWriterWrapper {

        private final Function<UIComponent, Map.Entry<String, String>> names;
        private Map.Entry<String, String> pendingName;

        NamingWriter(ResponseWriter wrapped, Function<UIComponent, Map.Entry<String, String>> names) {
            super(wrapped);
            this.names = names;
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new NamingWriter(getWrapped().cloneWithWriter(writer), names);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            // PrimeFaces starts its container div with the component, then its own table; h:dataTable, the table.
            if ("div".equals(name) || "table".equals(name)) {
                Map.Entry<String, String> tableName = names.apply(component);
                if (tableName != null) {
                    pendingName = tableName;
                }
            }
            super.startElement(name, component);
            if (pendingName != null && "table".equals(name)) {
                super.writeAttribute(pendingName.getKey(), pendingName.getValue(), null);
                pendingName = null;
            }
        }
    }
}
