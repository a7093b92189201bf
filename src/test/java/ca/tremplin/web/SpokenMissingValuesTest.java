package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.MissingValue;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/**
 * A screen reader user reading a lead's requests, a report's medians or an offer's wage hears "non précisé" (or "not
 * given") where a sighted reader sees "—", rather than "dash" or nothing: the dash of a missing value is written as it
 * looks, hidden from screen readers, beside its words, hidden from the eye. A dash between two texts, and one in a
 * list's option, are written as they are.
 */
class SpokenMissingValuesTest {

    private final Recording written = new Recording();
    private final ResponseWriter writer = new SpokenMissingValues.SpeakingWriter(written,
            () -> MissingValue.spoken(Languages.FRENCH));

    @Test
    void aMissingValueInACellIsSeenAsADashAndHeardInWords() throws IOException {
        writer.startElement("td", null);
        writer.writeText("—", null);
        writer.endElement("td");

        assertEquals("<td><span aria-hidden=\"true\">—</span><span class=\"visually-hidden\">non précisé</span></td>",
                written.text.toString());
    }

    @Test
    void aMissingValueWrittenByAComponentOrAsCharactersIsSaidToo() throws IOException {
        writer.startElement("dd", null);
        writer.writeText("—", null, "value");
        writer.writeText("—".toCharArray(), 0, 1);
        writer.endElement("dd");

        assertEquals("<dd><span aria-hidden=\"true\">—</span><span class=\"visually-hidden\">non précisé</span>"
                + "<span aria-hidden=\"true\">—</span><span class=\"visually-hidden\">non précisé</span></dd>",
                written.text.toString());
    }

    @Test
    void inEnglishItIsNotGiven() throws IOException {
        ResponseWriter english = new SpokenMissingValues.SpeakingWriter(written,
                () -> MissingValue.spoken(Languages.ENGLISH));
        english.startElement("span", null);
        english.writeText("—", null);

        assertEquals("<span><span aria-hidden=\"true\">—</span><span class=\"visually-hidden\">not given</span>",
                written.text.toString());
    }

    @Test
    void aDashBetweenTwoTextsIsASeparatorAndStaysAsItIs() throws IOException {
        writer.startElement("li", null);
        writer.writeText("12 mars", null);
        writer.writeText(" — ", null);
        writer.writeText("Soudage-montage", null);
        writer.endElement("li");

        assertEquals("<li>12 mars — Soudage-montage</li>", written.text.toString());
    }

    @Test
    void aDashInAnOptionOrATitleCannotHoldElementsAndStaysAsItIs() throws IOException {
        writer.startElement("select", null);
        writer.startElement("option", null);
        writer.writeText("—", null);
        writer.endElement("option");
        writer.endElement("select");
        writer.startElement("title", null);
        writer.writeText("—", null);
        writer.endElement("title");

        assertEquals("<select><option>—</option></select><title>—</title>", written.text.toString());
    }

    @Test
    void aCellAfterAnOptionClosedIsSaidAgain() throws IOException {
        writer.startElement("td", null);
        writer.startElement("select", null);
        writer.startElement("option", null);
        writer.endElement("select"); // a renderer that leaves its option open
        writer.writeText("—", null);

        assertEquals("<td><select><option></select><span aria-hidden=\"true\">—</span>"
                + "<span class=\"visually-hidden\">non précisé</span>", written.text.toString());
    }

    /** Keeps the elements, attributes and text as they would be written, without a Faces implementation. */
    private static final class Recording extends ResponseWriter {

        final StringBuilder text = new StringBuilder();
        private boolean tagOpen;

        private void closeTag() {
            if (tagOpen) {
                text.append('>');
                tagOpen = false;
            }
        }

        @Override
        public void startElement(String name, UIComponent component) {
            closeTag();
            text.append('<').append(name);
            tagOpen = true;
        }

        @Override
        public void writeAttribute(String name, Object value, String property) {
            text.append(' ').append(name).append("=\"").append(value).append('"');
        }

        @Override
        public void endElement(String name) {
            closeTag();
            text.append("</").append(name).append('>');
        }

        @Override
        public void writeText(Object value, String property) {
            closeTag();
            text.append(value);
        }

        @Override
        public void writeText(Object value, UIComponent component, String property) {
            writeText(value, property);
        }

        @Override
        public void writeText(char[] value, int off, int len) {
            closeTag();
            text.append(value, off, len);
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
        public void writeURIAttribute(String name, Object value, String property) {
        }

        @Override
        public void writeComment(Object comment) {
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return this;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            closeTag();
            text.append(cbuf, off, len);
        }

        @Override
        public void close() {
        }
    }
}
