package ca.tremplin.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces writes each message as {@code <li role="alert">}: the role replaces the list item's, so the list holds
 * something that is not an item (axe's rule "list") and screen readers announce a broken list. The messages' box
 * already tells assistive technology to read what appears in it ({@code aria-live="polite"}), and the back office
 * moves the focus to a message an update brought (resources/js/focus-after-update.js), so the items are written as
 * plain list items (registered for PrimeFaces' messages in faces-config.xml).
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage msg,
                                 String severity, boolean escape) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        AttributeRewritingWriter.rendering(context,
                (element, attribute, value) -> "li".equals(element)
                        && ("role".equals(attribute) || "aria-atomic".equals(attribute)) ? null : value,
                () -> super.encodeMessage(context.getResponseWriter(), uiMessages, msg, severity, escape));
    }
}
