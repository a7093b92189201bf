package ca.tremplin.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The register ({@code /admin/incidents.xhtml}): the tenant's incidents, the last learned of first, and its export. */
@Named
@RequestScoped
public class IncidentListPage {

    @Inject
    IncidentRegister register;

    @Inject
    ca.tremplin.web.LanguagePreference language;

    private List<ConfidentialityIncident> incidents;
    private Map<Long, String> staff;

    public List<ConfidentialityIncident> getIncidents() {
        if (incidents == null) {
            incidents = register.list();
        }
        return incidents;
    }

    /** A member of staff by name; by their number, as the reader's language writes it, once their account is gone. */
    public String staffName(Long userId) {
        if (staff == null) {
            staff = register.staffNames();
        }
        return staff.getOrDefault(userId, ca.tremplin.kernel.Messages.numbered(language.getLocale(), userId));
    }
}
