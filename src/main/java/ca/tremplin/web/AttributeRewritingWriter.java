package ca.tremplin.web;

import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.component.UIComponent;
import java.io.IOException;

/**
 * A response writer that lets a renderer correct the attributes a library writes, element by element: for each
 * attribute it is asked for the value to write knowing the element it belongs to, and writes nothing for
 * {@code null}. The accessible renderers use it to fix PrimeFaces' ARIA without copying its renderers.
 */
final class AttributeRewritingWriter extends ResponseWriterWrapper {

    /** The value to write for an attribute of an element, or {@code null} to leave the attribute out. */
    @FunctionalInterface
    interface Rewrite {
        Object value(String element, String attribute, Object value);
    }

    private final Rewrite rewrite;
    private String element = "";

    AttributeRewritingWriter(ResponseWriter wrapped, Rewrite rewrite) {
        super(wrapped);
        this.rewrite = rewrite;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        element = name;
        super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        Object rewritten = rewrite.value(element, name, value);
        if (rewritten != null) {
            super.writeAttribute(name, rewritten, property);
        }
    }

    /** Renders with the rewriting writer in place of the context's, and puts the context's back. */
    static void rendering(jakarta.faces.context.FacesContext context, Rewrite rewrite, Encoding encoding)
            throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new AttributeRewritingWriter(original, rewrite));
        try {
            encoding.encode();
        } finally {
            context.setResponseWriter(original);
        }
    }

    @FunctionalInterface
    interface Encoding {
        void encode() throws IOException;
    }
}
