package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A screen reader user listing the tables of the lead list hears "Personnes suivies, tableau" rather than an unnamed
 * table: the name a page gives a PrimeFaces data table is written on its {@code <table>} element, not on the
 * {@code div} around it nor on a table drawn inside one of its cells.
 */
class NamedDataTablesTest {

    @Test
    void aNamedDataTableHasItsNameOnItsOwnTableElementOnly() throws IOException {
        Recording written = new Recording();
        AtomicBoolean component = new AtomicBoolean(true);
        ResponseWriter writer = new NamedDataTables.NamingWriter(written,
                begun -> component.getAndSet(false) ? Map.entry("aria-label", "Personnes suivies") : null);

        writer.startElement("div", null); // the data table's own, which PrimeFaces starts with the component
        writer.writeAttribute("id", "table", null);
        writer.startElement("div", null);
        writer.startElement("table", null);
        writer.writeAttribute("role", "grid", null);
        writer.startElement("td", null);
        writer.startElement("table", null);

        assertEquals("<div id=\"table\"><div><table aria-label=\"Personnes suivies\" role=\"grid\"><td><table",
                written.text.toString());
    }

    @Test
    void aDataTableWithoutANameIsWrittenAsPrimeFacesWritesIt() throws IOException {
        Recording written = new Recording();
        ResponseWriter writer = new NamedDataTables.NamingWriter(written, NamedDataTables::nameOf);

        writer.startElement("div", null);
        writer.startElement("table", null);

        assertEquals("<div><table", written.text.toString());
    }

    /** Keeps the elements and attributes as they would be written, without a Faces implementation. */
    private static final class Recording extends ResponseWriter {

        final StringBuilder text = new StringBuilder();

        @Override
        public void startElement(String name, UIComponent component) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '>') {
                text.append('>');
            }
            text.append('<').append(name);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) {
            text.append(' ').append(name).append("=\"").append(value).append('"');
        }

        @Override
        public String getContentType() {
            return "text/html";
        }

        @Override
        public String getCharacterEncoding() {
            return "UTF-8";
        }

        @Override
        public void flush() {
        }

        @Override
        public void startDocument() {
        }

        @Override
        public void endDocument() {
        }

        @Override
        public void endElement(String name) {
        }

        @Override
        public void writeURIAttribute(String name, Object value, String property) {
        }

        @Override
        public void writeComment(Object comment) {
        }

        @Override
        public void writeText(Object text, String property) {
        }

        @Override
        public void writeText(char[] text, int off, int len) {
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return this;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
        }

        @Override
        public void close() {
        }
    }
}
