package ca.tremplin.pipeline;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A centre admin's list of the reasons a lead can be lost. */
@Named
@ViewScoped
public class LostReasonsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LeadService leads;

    @Inject
    PageMessages messages;

    private String label;

    public List<LostReason> getReasons() {
        return leads.lostReasons();
    }

    public void add() {
        try {
            leads.addLostReason(label);
            label = null;
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    public void withdraw(long id) {
        leads.withdrawLostReason(id);
    }

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}
