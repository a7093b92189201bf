package ca.tremplin.catalog;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.tenant.QuebecRegion;
import ca.tremplin.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The centres (campuses) of the signed-in admin's school service centre: list, add, edit. */
@Named
@ViewScoped
public class CentresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    @Inject
    CatalogRemovals removals;

    @Inject
    PageMessages messages;

    private List<Centre> centres;
    private Centre editing;
    private final ca.tremplin.security.ShownHistory history = new ca.tremplin.security.ShownHistory();

    @PostConstruct
    void init() {
        centres = catalog.centres();
        editing = new Centre();
        history.forget();
    }

    /** A copy read again, not the list's row: a save that fails must not leave typed values in the list. */
    public void edit(long centreId) {
        try {
            editing = catalog.centre(centreId);
        } catch (ca.tremplin.kernel.NotFoundException gone) {
            messages.error("centre.gone");
            editing = new Centre();
            centres = catalog.centres();
        }
    }

    public void startNew() {
        editing = new Centre();
    }

    public void save() {
        try {
            catalog.saveCentre(editing);
            messages.info("centre.saved", editing.getName());
            init();
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        } catch (ca.tremplin.kernel.NotFoundException gone) {
            // Deleted from the list (or in another tab) while its form was open: said, and the form offers a new one.
            messages.error("centre.gone");
            editing = new Centre();
            centres = catalog.centres();
        }
    }

    /**
     * Deletes a campus created by mistake, once confirmed; one that programs or intakes name is kept, and the message
     * says which. The form beside the list is left as it is: saving a campus deleted meanwhile says so.
     */
    public void remove(long centreId) {
        try {
            CatalogRemovals.Outcome outcome = removals.removeCentre(centreId);
            if (outcome.result() == CatalogRemovals.Result.DELETED) {
                messages.info(outcome.messageKey(), outcome.arguments());
            } else {
                messages.error(outcome.messageKey(), outcome.arguments());
            }
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        } catch (ca.tremplin.kernel.NotFoundException gone) {
            // Deleted already (a second click, another tab): the list is read again.
        }
        centres = catalog.centres();
        history.forget();
    }

    /** Who created, edited or deleted which campus, when, from what to what: the newest lines first. */
    public ca.tremplin.security.ChangeLines getHistory() {
        return history.lines(catalog::campusHistory);
    }

    public void showMoreHistory() {
        history.showMore();
    }

    public QuebecRegion[] getRegions() {
        return QuebecRegion.values();
    }

    public List<Centre> getCentres() {
        return centres;
    }

    public Centre getEditing() {
        return editing;
    }
}
