package ca.tremplin.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.component.UIComponent;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Every field that a message is about is written with {@code aria-invalid="true"}, on every form (event
 * registration, application, showcase, access request, back office), not only where a page says so: a screen reader
 * announces the field as wrong when it is reached, beside the message its {@code aria-describedby} names. Done as
 * the page is written, element by element — a field's id is its message's client id, or that id and
 * {@code _input} for PrimeFaces' widgets — so that nothing is kept in the view, and a field of a repeated row is
 * marked in its row alone. Registered in faces-config.xml as a render kit factory.
 */
public class InvalidFieldsMarked extends WriterDecoratingFactory {

    public InvalidFieldsMarked(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    ResponseWriter decorate(ResponseWriter created) {
        return new MarkingWriter(created, invalidIds(FacesContext.getCurrentInstance()));
    }

    private static Set<String> invalidIds(FacesContext context) {
        Set<String> ids = new HashSet<>();
        if (context != null) {
            for (Iterator<String> withMessages = context.getClientIdsWithMessages(); withMessages.hasNext(); ) {
                String id = withMessages.next();
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static final class MarkingWriter extends ResponseWriterWrapper {

        private final Set<String> invalid;
        private boolean field;
        private boolean marked;

        MarkingWriter(ResponseWriter wrapped, Set<String> invalid) {
            super(wrapped);
            this.invalid = invalid;
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new MarkingWriter(getWrapped().cloneWithWriter(writer), invalid);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            field = !invalid.isEmpty() && ("input".equals(name) || "textarea".equals(name) || "select".equals(name));
            marked = false;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (field && "aria-invalid".equals(name)) {
                if (marked) {
                    return;
                }
                marked = true;
            }
            super.writeAttribute(name, value, property);
            if (field && !marked && "id".equals(name) && value != null && isInvalid(value.toString())) {
                marked = true;
                super.writeAttribute("aria-invalid", "true", null);
            }
        }

        private boolean isInvalid(String id) {
            return invalid.contains(id) || (id.endsWith("_input")
                    && invalid.contains(id.substring(0, id.length() - "_input".length())));
        }
    }
}
