package ca.tremplin.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Text as it was meant, without the blanks that a paste brings around it (spaces, no-break and zero-width spaces, a
 * byte-order mark): applied before validation, so that an address pasted with a space is not refused as malformed.
 * An empty result is null, as an empty field is.
 */
@FacesConverter("trimmedText")
public class TrimmedText implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        String trimmed = trim(value);
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }

    static String trim(String value) {
        if (value == null) {
            return null;
        }
        int start = 0;
        int end = value.length();
        while (start < end && blank(value.charAt(start))) {
            start++;
        }
        while (end > start && blank(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }
}
