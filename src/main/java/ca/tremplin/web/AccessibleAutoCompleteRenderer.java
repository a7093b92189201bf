package ca.tremplin.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.autocomplete.AutoComplete;
import org.primefaces.component.autocomplete.AutoCompleteRenderer;

/**
 * PrimeFaces draws a multiple choice auto-complete (the information form's program chooser) as a list box of the
 * chosen items that also holds the text field, which ARIA forbids (a list box holds options only) and which has no
 * name. This renderer draws the same markup as a plain list: each chosen program an item named by its label, the
 * text field (a combo box, named by the field's label) the last item. Registered in faces-config.xml.
 */
public class AccessibleAutoCompleteRenderer extends AutoCompleteRenderer {

    @Override
    protected void encodeMultipleMarkup(FacesContext context, AutoComplete autoComplete) throws IOException {
        AttributeRewritingWriter.rendering(context, AccessibleAutoCompleteRenderer::asList,
                () -> super.encodeMultipleMarkup(context, autoComplete));
    }

    private static Object asList(String element, String attribute, Object value) {
        if ("ul".equals(element) && "role".equals(attribute)) {
            return "list";
        }
        if ("ul".equals(element) && "aria-orientation".equals(attribute)) {
            return null;
        }
        if ("li".equals(element) && ("role".equals(attribute) || "aria-selected".equals(attribute))) {
            return null;
        }
        return value;
    }
}
