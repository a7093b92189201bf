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

    private List<ConfidentialityIncident> incidents;
    private Map<Long, String> staff;

    public List<ConfidentialityIncident> getIncidents() {
        if (incidents == null) {
            incidents = register.list();
        }
        return incidents;
    }

    public String staffName(Long userId) {
        if (staff == null) {
            staff = register.staffNames();
        }
        return staff.getOrDefault(userId, "#" + userId);
    }
}
