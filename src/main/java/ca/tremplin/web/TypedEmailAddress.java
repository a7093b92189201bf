package ca.tremplin.web;

import ca.tremplin.kernel.EmailAddresses;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * An e-mail address as the person meant it ({@link EmailAddresses#asMeant}), applied before validation: "Awa Diop
 * &lt;awa@exemple.ca&gt;" copied from a mail program, "mailto:awa@exemple.ca" from a web page, or the address pasted
 * with a zero-width space inside is the address, not "this is no e-mail address" — nor, for a space that shows
 * nothing, an account nobody can sign in to. An empty result is null, as an empty field is.
 */
@FacesConverter("typedEmail")
public class TypedEmailAddress implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        String meant = EmailAddresses.asMeant(value);
        return meant == null || meant.isEmpty() ? null : meant;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
