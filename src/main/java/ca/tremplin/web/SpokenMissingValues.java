package ca.tremplin.web;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.MissingValue;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKitFactory;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A missing value's dash, {@link MissingValue#MARK}, said in the page's language: a text written on its own that is
 * the mark — {@code #{x eq null ? '—' : …}} in a page, a bean's {@code "—"} for nobody, a table's empty message — is
 * written {@code <span aria-hidden="true">—</span><span class="visually-hidden">non précisé</span>}, looking the same.
 * A dash between two texts (" — ") is a separator and stays as it is; so does the mark where no element may hold
 * another — a list's option, a title, a text area. A response writer, as {@link NamedDataTables}; registered in
 * faces-config.xml after it.
 */
public class SpokenMissingValues extends WriterDecoratingFactory {

    /** Elements whose text cannot hold a {@code span}. */
    private static final Set<String> PLAIN_TEXT = Set.of("option", "optgroup", "title", "textarea", "script",
            "style", "update", "eval", "extension", "error-message", "error-name");

    public SpokenMissingValues(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    ResponseWriter decorate(ResponseWriter created) {
        return new SpeakingWriter(created, SpokenMissingValues::spokenOnThisPage);
    }

    private static String spokenOnThisPage() {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context == null || context.getViewRoot() == null ? Languages.FRENCH
                : context.getViewRoot().getLocale();
        return MissingValue.spoken(locale);
    }

    /** Writes the mark, written alone inside an element that may hold a {@code span}, as seen and as heard. */
    static final class SpeakingWriter extends ResponseWriterWrapper {

        private final Supplier<String> spoken;
        private final Deque<String> open = new ArrayDeque<>();

        SpeakingWriter(ResponseWriter wrapped, Supplier<String> spoken) {
            super(wrapped);
            this.spoken = spoken;
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new SpeakingWriter(getWrapped().cloneWithWriter(writer), spoken);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            open.push(name.toLowerCase(Locale.ROOT));
            super.startElement(name, component);
        }

        @Override
        public void endElement(String name) throws IOException {
            String closed = name.toLowerCase(Locale.ROOT);
            if (open.contains(closed)) {
                while (!closed.equals(open.pop())) {
                    // elements a renderer left open inside it
                }
            }
            super.endElement(name);
        }

        @Override
        public void writeText(Object text, String property) throws IOException {
            if (speakable(text)) {
                writeSpoken();
            } else {
                super.writeText(text, property);
            }
        }

        @Override
        public void writeText(Object text, UIComponent component, String property) throws IOException {
            if (speakable(text)) {
                writeSpoken();
            } else {
                super.writeText(text, component, property);
            }
        }

        @Override
        public void writeText(char[] text, int offset, int length) throws IOException {
            if (text != null && speakable(new String(text, offset, length))) {
                writeSpoken();
            } else {
                super.writeText(text, offset, length);
            }
        }

        private boolean speakable(Object text) {
            return MissingValue.isMark(text) && !open.isEmpty() && !PLAIN_TEXT.contains(open.peek());
        }

        private void writeSpoken() throws IOException {
            ResponseWriter writer = getWrapped();
            writer.startElement("span", null);
            writer.writeAttribute("aria-hidden", "true", null);
            writer.writeText(MissingValue.MARK, null);
            writer.endElement("span");
            writer.startElement("span", null);
            writer.writeAttribute("class", "visually-hidden", null);
            writer.writeText(spoken.get(), null);
            writer.endElement("span");
        }
    }
}
