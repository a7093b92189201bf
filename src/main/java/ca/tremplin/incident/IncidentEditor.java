package ca.tremplin.incident;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.web.PageMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One incident of the register ({@code /admin/incident.xhtml}, {@code ?id=} to edit): the fields the regulation asks
 * for, and below them the history of every change. A broken rule is shown beside its field and nothing is saved; an
 * edit someone else overtook keeps what was typed and says who, so that nothing is written over silently. Another
 * centre's id answers 404.
 */
@Named
@ViewScoped
public class IncidentEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentRegister register;

    @Inject
    PageMessages messages;

    private Long id;
    private IncidentDetails details;
    private ConfidentialityIncident incident;
    private List<IncidentChange> history = List.of();
    private Map<Long, String> staff;

    public void load() {
        if (details != null) {
            return;
        }
        staff = register.staffNames();
        if (id == null) {
            details = new IncidentDetails();
            return;
        }
        show(register.find(id));
    }

    public void save() throws IOException {
        try {
            if (incident == null) {
                ConfidentialityIncident recorded = register.record(details);
                messages.info("incident.recorded", recorded.getId());
                messages.keepForNextPage();
                ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
                context.redirect(context.getRequestContextPath() + "/admin/incident.xhtml?id=" + recorded.getId());
                return;
            }
            IncidentRegister.Saved saved = register.save(incident.getId(), details);
            if (saved.changes() == 0) {
                messages.info("incident.unchanged");
            } else {
                messages.info("incident.saved", saved.changes());
            }
            show(saved.incident());
        } catch (IncidentRuleException broken) {
            messages.explain(broken, "incident:" + broken.field().controlId());
            messages.error("incident.notSaved");
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    private void show(ConfidentialityIncident loaded) {
        incident = loaded;
        id = loaded.getId();
        details = loaded.details();
        history = register.history(loaded.getId());
    }

    /** A value of the history in the reader's language. */
    public String shown(IncidentChange change, String stored) {
        return change.getField().shown(stored, messages.locale());
    }

    /** A member of staff by name; by their number, as the reader's language writes it, once their account is gone. */
    public String staffName(Long userId) {
        return staff.getOrDefault(userId, ca.tremplin.kernel.Messages.numbered(messages.locale(), userId));
    }

    public boolean isCreating() { return incident == null; }
    public ConfidentialityIncident getIncident() { return incident; }
    public List<IncidentChange> getHistory() { return history; }
    public RiskAssessment[] getRisks() { return RiskAssessment.values(); }
    public IncidentStatus[] getStatuses() { return IncidentStatus.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public IncidentDetails getDetails() { return details; }
}
