package ca.tremplin.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import org.primefaces.component.inputnumber.InputNumber;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * PrimeFaces' number field, whose page script sends the number in a hidden field: a value there that is no number
 * (a post made by hand, a script gone wrong) made PrimeFaces throw a server error while reading the form. Refused
 * here as a field's conversion is, with "Enter a number" beside the field, and nothing saved.
 */
public class ReadableNumberRenderer extends InputNumberRenderer {

    static final String MESSAGE = "jakarta.faces.converter.BigDecimalConverter.DECIMAL";

    @Override
    public void decode(FacesContext context, UIComponent component) {
        InputNumber field = (InputNumber) component;
        String sent = context.getExternalContext().getRequestParameterMap().get(field.getClientId(context) + "_hinput");
        if (sent != null && !sent.isBlank() && !isNumber(sent)) {
            // Kept as sent: the conversion below refuses it with its message.
            field.setSubmittedValue(sent);
            return;
        }
        super.decode(context, component);
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submittedValue) {
        if (submittedValue instanceof String sent && !sent.isBlank() && !isNumber(sent)) {
            throw ConversionRefusal.of(context, MESSAGE, sent);
        }
        return super.getConvertedValue(context, component, submittedValue);
    }

    /** The form shown again after the refusal: PrimeFaces would read what was sent as a number to write it. */
    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws java.io.IOException {
        InputNumber field = (InputNumber) component;
        Object sent = field.getSubmittedValue();
        if (sent instanceof String text && !text.isBlank() && !isNumber(text)) {
            field.setSubmittedValue(null);
            try {
                super.encodeEnd(context, component);
            } finally {
                field.setSubmittedValue(sent);
            }
            return;
        }
        super.encodeEnd(context, component);
    }

    static boolean isNumber(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException notOne) {
            return false;
        }
    }
}
