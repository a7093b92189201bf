package ca.tremplin.pipeline;

import ca.tremplin.kernel.MissingValue;
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

    @Inject
    ca.tremplin.security.StaffChanges changes;

    private String label;

    private transient List<ca.tremplin.security.StaffChange> history;
    private transient java.util.Map<Long, String> actors;

    /** Who added, withdrew or restored which reason, and when: the reports count lost leads by them. */
    public List<ca.tremplin.security.StaffChange> getHistory() {
        if (history == null) {
            history = changes.ofLostReasons();
            actors = changes.actorNames(history);
        }
        return history;
    }

    /** The name of who made a change; "—" for an account since removed. */
    public String actorName(Long actorId) {
        getHistory();
        return actorId == null ? MissingValue.MARK : actors.getOrDefault(actorId, MissingValue.MARK);
    }

    public List<LostReason> getReasons() {
        return leads.lostReasons();
    }

    public void add() {
        try {
            // A reason restored is named as it was kept, not as typed this time ("etudiant…" for "Étudiant…").
            LeadService.AddedReason added = leads.addLostReason(label);
            history = null;
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
            history = null;
        } catch (ca.tremplin.kernel.NotFoundException gone) {
            // Withdrawn meanwhile (another tab, another admin): nothing left to do.
        }
    }

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}
