package ca.tremplin.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A field's value refused as Faces refuses a conversion, in the words of the application's faces bundle
 * ({@code ca.tremplin.i18n.faces}) and the page's language: for the converters and renderers of this package that
 * read what Faces' own would have let through or failed on.
 */
final class ConversionRefusal {

    private ConversionRefusal() {
    }

    static ConverterException of(FacesContext context, String key, Object... arguments) {
        Locale locale = context.getViewRoot() == null ? Locale.FRENCH : context.getViewRoot().getLocale();
        String pattern = ResourceBundle.getBundle(context.getApplication().getMessageBundle(), locale).getString(key);
        String summary = new MessageFormat(pattern, locale).format(arguments);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary));
    }
}
