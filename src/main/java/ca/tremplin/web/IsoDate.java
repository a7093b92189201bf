package ca.tremplin.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A calendar date written yyyy-mm-dd, read strictly: "2026-02-30" is refused with a message instead of becoming
 * 28 February, as Faces' own date converter makes it (it resolves a day past the month's end to the last day). For
 * the dates of an address (a list's filters) and the fields typed as text; PrimeFaces' date pickers are made strict
 * by their {@code resolverStyle}.
 */
@FacesConverter("isoDate")
public class IsoDate implements Converter<LocalDate> {

    static final String MESSAGE = "jakarta.faces.converter.DateTimeConverter.DATE";

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        String text = TrimmedText.trim(value);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return parse(text);
        } catch (DateTimeParseException unreadable) {
            Object label = component.getAttributes().getOrDefault("label", component.getId());
            throw ConversionRefusal.of(context, MESSAGE, text, "2027-03-15", label);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }

    /** yyyy-mm-dd of a day that exists; anything else throws. */
    static LocalDate parse(String text) {
        // ISO_LOCAL_DATE resolves strictly: no 30 February, no month 13.
        return LocalDate.parse(text);
    }
}
