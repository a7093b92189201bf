package ca.tremplin.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' file upload in simple mode is the browser's own file field, which keyboards and screen readers know,
 * but PrimeFaces marks it {@code aria-hidden="true"} although it stays visible and focusable: a screen reader would
 * reach a field it is told is not there, and its label would name nothing. This renderer writes the same field
 * without that attribute (registered for PrimeFaces' file uploads in faces-config.xml).
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload fileUpload, String clientId, String style,
                                          String styleClass) throws IOException {
        AttributeRewritingWriter.rendering(context,
                (element, attribute, value) -> "aria-hidden".equals(attribute) ? null : value,
                () -> super.encodeSimpleInputField(context, fileUpload, clientId, style, styleClass));
    }
}
