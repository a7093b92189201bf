package ca.tremplin.offer;

import ca.tremplin.catalog.CatalogService;
import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramStatus;
import ca.tremplin.catalog.TrainingSector;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.tenant.QuebecRegion;
import ca.tremplin.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Creates or edits one offer of the signed-in admin's centre ({@code /admin/offer.xhtml}, {@code ?id=} to
 * edit): its texts, its programs, its status and the positions filled. Another centre's id answers 404.
 */
@Named
@ViewScoped
public class OfferEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfferService offers;

    @Inject
    CatalogService catalog;

    @Inject
    PageMessages messages;

    private Long id;
    private Offer offer;
    private String sectorCode;
    private List<Long> programIds = new ArrayList<>();
    private int filledPositions;
    private List<Program> programChoices;
    private final ca.tremplin.security.ShownHistory history = new ca.tremplin.security.ShownHistory();

    public void load() {
        if (id == null) {
            offer = new Offer();
            return;
        }
        offer = offers.find(id);
        history.forget();
        sectorCode = offer.getEmployerSector().getCode();
        programIds = new ArrayList<>(offer.getPrograms().stream().map(Program::getId).toList());
        filledPositions = offer.getPositionsFilled();
    }

    public void save() throws IOException {
        try {
            boolean creating = offer.getId() == null;
            offer = offers.save(offer, sectorCode, new HashSet<>(programIds));
            messages.info("offer.saved");
            if (creating) {
                reopen();
            } else {
                reload();
            }
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    /** A new offer's own page, opened once it is saved (its message kept for it). */
    private void reopen() throws IOException {
        messages.keepForNextPage();
        FacesContext.getCurrentInstance().getExternalContext().redirect(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                        + "/admin/offer.xhtml?id=" + offer.getId());
    }

    /**
     * Opens or closes the offer with what the form holds, at once: a change typed beside the button is saved with it,
     * not dropped without a word; a refusal (every position filled, a colleague's change in between) saves nothing,
     * its address included, and leaves what was typed in the form, as Save does.
     */
    public void changeStatus(OfferStatus status) throws IOException {
        try {
            offer = offers.saveAndChangeStatus(offer, sectorCode, new HashSet<>(programIds), status);
            messages.info("offer.statusChanged");
            reload();
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    /**
     * Deletes the offer, once confirmed, and opens the list, which says so; an offer someone applied to is closed
     * instead and stays open here, the message saying why.
     */
    public void remove() throws IOException {
        try {
            OfferStatus before = offer.getStatus();
            if (offers.remove(offer.getId(), offer.getVersion())) {
                messages.info("offer.deleted");
                messages.keepForNextPage();
                FacesContext.getCurrentInstance().getExternalContext().redirect(
                        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                                + "/admin/offers.xhtml");
                return;
            }
            messages.info(before == OfferStatus.FILLED ? "offer.keptFilled"
                    : before == OfferStatus.CLOSED ? "offer.keptClosed" : "offer.closedInstead");
            reload();
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    /** The key of the filled positions' own messages (offer.xhtml): shown there, left out of the page's main list. */
    static final String FILLED_MESSAGES = "filled";

    public void recordFilledPositions() {
        try {
            offers.recordFilledPositions(offer.getId(), filledPositions, offer.getVersion());
            messages.infoAt(FILLED_MESSAGES, "offer.filledRecorded");
        } catch (BusinessRuleException broken) {
            messages.explain(broken, FILLED_MESSAGES);
        }
        reload();
    }

    /** Who changed the offer, when, from what to what: the newest lines first. */
    public ca.tremplin.security.ChangeLines getHistory() {
        return isCreating() ? ca.tremplin.security.ChangeLines.NONE
                : history.lines(most -> offers.history(offer.getId(), most));
    }

    public void showMoreHistory() {
        history.showMore();
    }

    private void reload() {
        id = offer.getId();
        load();
    }

    /** The centre's published programs an offer may lead to: DEP, ASP, then AEP, each by title in the page's language. */
    public List<Program> getPrograms() {
        if (programChoices == null) {
            java.util.Locale locale = messages.locale();
            programChoices = ca.tremplin.catalog.ProgramOrder.sorted(
                    catalog.programPage(null, ProgramStatus.PUBLISHED, 0, 500), locale, Program::getType,
                    program -> program.title(locale));
        }
        return programChoices;
    }

    public List<TrainingSector> getSectors() {
        return catalog.sectors();
    }

    public QuebecRegion[] getRegions() {
        return QuebecRegion.values();
    }

    public OfferKind[] getKinds() {
        return OfferKind.values();
    }

    /** The offer's status as staff read it: "Open, deadline passed (not listed)" for one the public no longer sees. */
    public String getStatusKey() {
        return offers.statusKey(offer);
    }

    /** Open, and yet on no public page: its last day to apply passed. The page says what to do about it. */
    public boolean isOpenPastDeadline() {
        return offer != null && offer.getId() != null && offers.openPastDeadline(offer);
    }

    public boolean isCreating() {
        return offer != null && offer.getId() == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Offer getOffer() {
        return offer;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public void setSectorCode(String sectorCode) {
        this.sectorCode = sectorCode;
    }

    public List<Long> getProgramIds() {
        return programIds;
    }

    public void setProgramIds(List<Long> programIds) {
        this.programIds = programIds;
    }

    public int getFilledPositions() {
        return filledPositions;
    }

    public void setFilledPositions(int filledPositions) {
        this.filledPositions = filledPositions;
    }
}
