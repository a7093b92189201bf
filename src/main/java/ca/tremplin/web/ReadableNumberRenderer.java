package ca.tremplin.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import org.primefaces.component.inputnumber.InputNumber;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * PrimeFaces' number field, whose page script sends the number in a hidden field: a value there that is no number
 * (a post made by hand, a script gone wrong) made PrimeFaces throw a server error while reading the form. Refused
 * here as a field's conversion is, with "Enter a number" beside the field, and nothing saved. A number outside the
 * field's bounds, which the page's script never sends, PrimeFaces would bring to the nearest bound and save without
 * a word (600 positions saved as 500): refused too, with the bounds.
 */
public class ReadableNumberRenderer extends InputNumberRenderer {

    static final String MESSAGE = "jakarta.faces.converter.BigDecimalConverter.DECIMAL";
    static final String OUT_OF_BOUNDS = "jakarta.faces.validator.DoubleRangeValidator.NOT_IN_RANGE";

    @Override
    public void decode(FacesContext context, UIComponent component) {
        InputNumber field = (InputNumber) component;
        String sent = context.getExternalContext().getRequestParameterMap().get(field.getClientId(context) + "_hinput");
        if (sent != null && !sent.isBlank() && (!isNumber(sent) || outOfBounds(field, sent))) {
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
        if (submittedValue instanceof String sent && !sent.isBlank() && outOfBounds((InputNumber) component, sent)) {
            InputNumber field = (InputNumber) component;
            java.text.NumberFormat written = java.text.NumberFormat.getNumberInstance(
                    context.getViewRoot() == null ? java.util.Locale.FRENCH : context.getViewRoot().getLocale());
            throw ConversionRefusal.of(context, OUT_OF_BOUNDS, written.format(new BigDecimal(field.getMinValue())),
                    written.format(new BigDecimal(field.getMaxValue())), sent.strip());
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

    /** A number below the field's least or above its most, both given; blank bounds are PrimeFaces' own, vast. */
    static boolean outOfBounds(InputNumber field, String text) {
        if (!isNumber(text) || isBlank(field.getMinValue()) || isBlank(field.getMaxValue())) {
            return false;
        }
        BigDecimal number = new BigDecimal(text.strip());
        return number.compareTo(new BigDecimal(field.getMinValue())) < 0
                || number.compareTo(new BigDecimal(field.getMaxValue())) > 0;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
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
