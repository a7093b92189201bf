package ca.tremplin.inquiry;

import ca.tremplin.person.Country;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public forms' country menu ({@code <t:countryMenu>}): a {@code <select>} of every country in the page's
 * language, its value an ISO 3166 code. The 250 options are written from HTML made once per language, where a
 * standard menu builds, converts and compares each option for every page and every submission: on a campaign's
 * request form, with two such menus, that was a quarter of the page's work. A code that is not a country is
 * refused by {@link InquiryValidator}, like any other field, with a message next to the menu.
 *
 * <p>Attributes: {@code value}, {@code prompt} (the first, empty choice); pass-through attributes (such as
 * {@code aria-describedby}) are written on the {@code <select>}, and {@code aria-invalid} with the error's style when
 * a message was given for the menu.
 */
@FacesComponent(value = CountryMenu.COMPONENT_TYPE, createTag = true, tagName = "countryMenu",
        namespace = "tremplin")
public class CountryMenu extends UIInput {

    static final String COMPONENT_TYPE = "ca.tremplin.CountryMenu";
    private static final Map<Locale, List<String[]>> OPTIONS = new ConcurrentHashMap<>();

    public CountryMenu() {
        setRendererType(null);
    }

    @Override
    public String getFamily() {
        return "ca.tremplin";
    }

    @Override
    public void decode(FacesContext context) {
        String submitted = context.getExternalContext().getRequestParameterMap().get(getClientId(context));
        if (submitted != null) {
            setSubmittedValue(submitted);
        }
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        String clientId = getClientId(context);
        writer.startElement("select", this);
        writer.writeAttribute("id", clientId, null);
        writer.writeAttribute("name", clientId, null);
        // A menu the submission was refused for is marked as the form's other fields are, for the eye and for a
        // screen reader, beside its message.
        boolean refused = !context.getMessageList(clientId).isEmpty();
        writer.writeAttribute("aria-invalid", String.valueOf(refused), null);
        if (refused) {
            writer.writeAttribute("class", "ui-state-error", null);
        }
        for (Map.Entry<String, Object> attribute : getPassThroughAttributes().entrySet()) {
            Object value = attribute.getValue() instanceof jakarta.el.ValueExpression expression
                    ? expression.getValue(context.getELContext()) : attribute.getValue();
            if (value != null) {
                writer.writeAttribute(attribute.getKey(), value, null);
            }
        }
        String chosen = chosenCode();
        writer.startElement("option", null);
        writer.writeAttribute("value", "", null);
        if (chosen == null || chosen.isEmpty()) {
            writer.writeAttribute("selected", "selected", null);
        }
        Object prompt = getAttributes().get("prompt");
        writer.writeText(prompt == null ? "" : prompt, null);
        writer.endElement("option");
        for (String[] option : OPTIONS.computeIfAbsent(context.getViewRoot().getLocale(), CountryMenu::options)) {
            writer.write(option[0].equals(chosen) ? option[2] : option[1]);
        }
        writer.endElement("select");
    }

    /** What the visitor sent back (shown again after a refused submission), else the value. */
    private String chosenCode() {
        Object submitted = getSubmittedValue();
        Object value = submitted != null ? submitted : getValue();
        return value == null ? null : value.toString();
    }

    /** Per country: its code, its option, and its option chosen. */
    private static List<String[]> options(Locale language) {
        return Country.all(language).stream().map(country -> {
            String value = " value=\"" + escaped(country.code()) + "\"";
            String label = ">" + escaped(country.name()) + "</option>";
            return new String[] {country.code(), "<option" + value + label,
                "<option" + value + " selected=\"selected\"" + label};
        }).toList();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
