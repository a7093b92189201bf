package ca.tremplin.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The form's program chooser sends program ids; only published programs come back as choices. */
@Named
@ApplicationScoped
public class AskedProgramConverter implements Converter<AskedProgram> {

    @Inject
    InquiryService service;

    @Override
    public AskedProgram getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return service.publishedPrograms(List.of(Long.parseLong(value.strip()))).stream().findFirst().orElse(null);
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, AskedProgram program) {
        return program == null ? "" : String.valueOf(program.id());
    }
}
