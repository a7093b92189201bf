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
            // A reason restored is named as it was kept, not as typed this time ("etudiant…" for "Étudiant…").
            LeadService.AddedReason added = leads.addLostReason(label);
            messages.info(added.restored() ? "pipeline.lostReasonRestored" : "pipeline.lostReasonAdded",
                    added.label());
            label = null;
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    /**
     * Withdraws the reason the button names by its id ({@code f:param}, read as {@code #{param['reason']}}), never by
     * the row it was on: the list is read again on every request, and a row could name another reason once it changed.
     */
    public void withdraw(String reasonId) {
        if (reasonId == null || !reasonId.matches("\\d{1,18}")) {
            return;
        }
        try {
            messages.info("pipeline.lostReasonWithdrawn", leads.withdrawLostReason(Long.parseLong(reasonId)));
        } catch (ca.tremplin.kernel.NotFoundException gone) {
            // Withdrawn meanwhile (another tab, another admin): nothing left to do.
        }
    }

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}
