package ca.tremplin.inquiry;

import ca.tremplin.kernel.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The form's program chooser sends program ids; only published programs come back as choices, and a chosen one no
 * longer published is refused with a message.
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
        // was sent: said, so that the visitor chooses another or sends without it, rather than dropped in silence
        // with the request going to the coordination instead of the centre.
        return service.publishedPrograms(List.of(id)).stream().findFirst().orElseThrow(() -> {
            String text = Messages.get(context.getViewRoot().getLocale(), "inquiry.invalid.programWithdrawn");
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object program) {
        // A choice refused above is shown again as the id it was sent as, for the visitor to take out.
        return program == null ? "" : program instanceof AskedProgram asked ? String.valueOf(asked.id())
                : program.toString();
    }
}
