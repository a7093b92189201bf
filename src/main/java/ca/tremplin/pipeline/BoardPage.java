package ca.tremplin.pipeline;

import ca.tremplin.kernel.MissingValue;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.person.LeadStage;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.DragDropEvent;

/**
 * The pipeline board: a column per stage with its count and its first cards ("more" loads the next ones), the
 * list's filters, and moving a card — dragged onto a column, or with its "Move to" button from the keyboard. A move
 * the rules allow without a reason happens at once; otherwise the move waits for a reason (or a lost reason), and a
 * move past an admission never recorded for the answer to its question.
 */
@Named
@ViewScoped
public class BoardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PER_COLUMN = 20;
    /** "board:columns:3:cards:7:card": the column's and the card's places in the rendered board. */

    @Inject
    LeadListService list;

    @Inject
    LeadService leads;

    @Inject
    PageMessages messages;

    private final LeadFilterForm filterForm = new LeadFilterForm();
    private LeadListService.Board board;
    private Map<Long, String> staff;
    private List<ProgramInterest> programs;
    private List<LostReason> lostReasons;
    private LeadCard moving;
    private LeadStage target;
    private String reason;
    private Long lostReasonId;

    /** View action, after the filter parameters are read. */
    public void load() {
        if (staff == null) {
            staff = leads.staffNames();
            programs = list.programChoices();
            lostReasons = leads.lostReasons();
        }
        if (board == null) {
            board = list.board(filterForm.filter(), PER_COLUMN);
        }
    }

    public List<LeadStage> getStages() {
        return LeadStage.board();
    }

    public List<LeadCard> cards(LeadStage stage) {
        return board.cards().get(stage);
    }

    public long count(LeadStage stage) {
        return board.counts().get(stage);
    }

    /** Whether no column holds a card: the page then says why, nothing yet or nothing for these filters. */
    public boolean isWithoutCards() {
        return getStages().stream().allMatch(stage -> count(stage) == 0);
    }

    /** Whether the address's filters narrow the board (an empty one then offers to clear them). */
    public boolean isFiltered() {
        return !filterForm.filter().toQuery().isEmpty();
    }

    public boolean hasMore(LeadStage stage) {
        return cards(stage).size() < count(stage);
    }

    public void more(LeadStage stage) {
        List<LeadCard> shown = new ArrayList<>(cards(stage));
        shown.addAll(list.column(filterForm.filter(), stage, shown.size(), PER_COLUMN));
        board.cards().put(stage, shown);
    }

    /** A card dropped on a column. */
    public void onDrop(DragDropEvent event) {
        ca.tremplin.web.BoardDrop.of(event).ifPresent(drop -> {
            LeadStage from = getStages().get(drop.fromColumn());
            List<LeadCard> cards = cards(from);
            LeadStage to = getStages().get(drop.toColumn());
            if (drop.card() >= cards.size() || to == from) {
                return;
            }
            chooseMove(cards.get(drop.card()), to);
            if (!from.needsReasonToReach(to)) {
                confirmMove();
            }
        });
    }

    /** The keyboard's way: "Move to…" on a card opens the move form for it. */
    public void startMove(LeadCard card) {
        returnFocusTo = null;
        LeadStage stage = card.row().stage();
        chooseMove(card, stage == LeadStage.LOST || stage == LeadStage.ARRIVED ? LeadStage.LOST
                : LeadStage.values()[stage.ordinal() + 1]);
    }

    public void confirmMove() {
        move(false);
    }

    /** "Yes" to the question of a move past an admission never recorded: the move as it was asked. */
    public void confirmMoveWithoutAdmission() {
        if (admissionQuestion != null) {
            move(true);
        }
    }

    /** "No" to that question: nothing moves, the keyboard goes back to the card, and the page says so. */
    public void cancelMoveWithoutAdmission() {
        cancelMove();
        messages.info("pipeline.admissionSkipCancelled");
    }

    /** The question of a move past an admission never recorded, while it waits for an answer; else null. */
    private String admissionQuestion;

    public String getAdmissionQuestion() { return admissionQuestion; }

    private void move(boolean withoutAdmission) {
        if (moving == null) {
            return;
        }
        admissionQuestion = null;
        try {
            leads.changeStage(moving.row().id(), moving.row().stage(), target, reason, lostReasonId,
                    withoutAdmission);
            messages.info("pipeline.stageChanged");
            cancelMove();
            board = list.board(filterForm.filter(), PER_COLUMN);
        } catch (AdmissionNotRecordedException asked) {
            // Asked, not refused: the move waits, with its reason, for "Yes" or "No".
            admissionQuestion = asked.localizedMessage(messages.locale());
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
            // Moved meanwhile by someone else, or refused: the board shows where the leads are now.
            board = list.board(filterForm.filter(), PER_COLUMN);
        } catch (ca.tremplin.kernel.NotFoundException gone) {
            // Merged into another record or removed since the board was drawn: said, and the board drawn again
            // without the card, rather than a "page not found" in place of the whole board.
            messages.error("pipeline.cardGone", ShownNames.of(moving.row().firstName(), moving.row().lastName(),
                    moving.row().id(), messages.locale()));
            cancelMove();
            board = list.board(filterForm.filter(), PER_COLUMN);
        }
    }

    /** The lead whose card the keyboard goes back to after a move was cancelled. */
    private Long returnFocusTo;

    public Long getReturnFocusTo() { return returnFocusTo; }

    public void cancelMove() {
        // The keyboard goes back to the card whose move was cancelled, not to the top of the page.
        returnFocusTo = moving == null ? null : moving.row().id();
        moving = null;
        target = null;
        reason = null;
        lostReasonId = null;
        admissionQuestion = null;
    }

    private void chooseMove(LeadCard card, LeadStage to) {
        moving = card;
        target = to;
        reason = null;
        lostReasonId = null;
        admissionQuestion = null;
    }

    public String days(LeadCard card) {
        return ca.tremplin.kernel.Messages.get(messages.locale(), "pipeline.daysInStage", card.daysInStage());
    }

    public String staffName(Long userId) {
        return userId == null ? MissingValue.MARK : staff.getOrDefault(userId, MissingValue.MARK);
    }

    /** What the address narrows the list to beyond the filter fields (an event, campaigns), in words. */
    public String getNarrowing() {
        LeadFilter filter = filterForm.filter();
        return !filter.narrowsBeyondFields() ? ""
                : list.narrowing(filter, jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot()
                        .getLocale());
    }

    public LeadFilterForm getFilterForm() { return filterForm; }
    public Map<Long, String> getStaff() { return staff; }
    public List<jakarta.faces.model.SelectItem> getProgramMenu() {
        return ProgramInterest.menu(programs, jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot()
                .getLocale());
    }
    public List<LostReason> getLostReasons() { return lostReasons; }
    public LeadStage[] getAllStages() { return LeadStage.values(); }
    public LeadCard getMoving() { return moving; }
    public LeadStage getTarget() { return target; }
    public void setTarget(LeadStage target) { this.target = target; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getLostReasonId() { return lostReasonId; }
    public void setLostReasonId(Long lostReasonId) { this.lostReasonId = lostReasonId; }
}
