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
    PageMessages messages;

    private List<Centre> centres;
    private Centre editing;

    @PostConstruct
    void init() {
        centres = catalog.centres();
        editing = new Centre();
    }

    /** A copy read again, not the list's row: a save that fails must not leave typed values in the list. */
    public void edit(long centreId) {
        editing = catalog.centre(centreId);
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
        }
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
