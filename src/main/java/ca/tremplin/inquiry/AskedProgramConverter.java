package ca.tremplin.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The form's program chooser sends program ids; only published programs come back as choices, and a chosen one no
 * longer published comes back {@link AskedProgram#withdrawn(long) withdrawn}, for the form to refuse with the rest.
 */
@Named
@ApplicationScoped
public class AskedProgramConverter implements Converter<Object> {

    @Inject
    InquiryService service;

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(value.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
        // A program chosen (or named by the link the visitor came from) and archived or withdrawn before the form
        // was sent: kept as a choice no longer offered, which the form says with every other problem of the request
        // (a converter's refusal would be said alone, the service's check of the other fields never run), rather than
        // dropped in silence with the request going to the coordination instead of the centre.
        return service.publishedPrograms(List.of(id)).stream().findFirst()
                .orElseGet(() -> AskedProgram.withdrawn(id));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object program) {
        // A choice refused above is shown again as the id it was sent as, for the visitor to take out.
        return program == null ? "" : program instanceof AskedProgram asked ? String.valueOf(asked.id())
                : program.toString();
    }
}
