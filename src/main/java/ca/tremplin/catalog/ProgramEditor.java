package ca.tremplin.catalog;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates or edits one program of the signed-in admin's centre ({@code /admin/program.xhtml}, with
 * {@code ?id=} to edit), its publication and its intakes. Another centre's id answers 404.
 */
@Named
@ViewScoped
public class ProgramEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    @Inject
    CatalogRemovals removals;

    @Inject
    PageMessages messages;

    private Long id;
    private Program program;
    private String sectorCode;
    private List<Long> centreIds = new ArrayList<>();
    private List<Intake> intakes = List.of();
    private transient org.primefaces.model.file.UploadedFile photo;

    @NotNull
    private Long intakeCentreId;
    @NotNull
    private LocalDate intakeStart;
    private LocalDate intakeDeadline;
    @Min(0)
    private int intakeSeats = 24;
    /** The intake whose seats are being corrected, the version its row showed, and the numbers typed. */
    private Long seatsEdited;
    private long seatsEditedVersion;
    private int editedSeats;
    private int editedInternationalSeats;
    @Min(0)
    private int intakeInternationalSeats = 4;
    /** The intake whose dates are being corrected, the version its row showed, and the dates typed. */
    private Long datesEdited;
    private long datesEditedVersion;
    private LocalDate editedStart;
    private LocalDate editedDeadline;
    /** The question a start moved out of a month requests asked for was answered with, until "Yes" or "No". */
    private String monthQuestion;

    private final ca.tremplin.security.ShownHistory history = new ca.tremplin.security.ShownHistory();

    public void load() {
        if (id == null) {
            program = new Program();
            return;
        }
        program = catalog.findProgram(id);
        history.forget();
        sectorCode = program.getSector().getCode();
        centreIds = new ArrayList<>(program.getCentres().stream().map(Centre::getId).toList());
        intakes = catalog.intakesOf(id);
    }

    public void save() throws IOException {
        try {
            boolean creating = program.getId() == null;
            Set<Long> centres = new HashSet<>(centreIds);
            program = catalog.saveProgram(program, sectorCode, centres);
            messages.info("program.saved");
            if (creating) {
                reopen();
            } else {
                reload();
            }
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    /** A new program's own page, opened once it is saved (its message kept for it). */
    private void reopen() throws IOException {
        messages.keepForNextPage();
        FacesContext.getCurrentInstance().getExternalContext().redirect(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                        + "/admin/program.xhtml?id=" + program.getId());
    }

    /**
     * Publishes or archives the program with what the form holds, at once: a change typed beside the button is saved
     * with it, not dropped without a word; a refusal (no centre, a colleague's change in between) saves nothing and
     * leaves what was typed in the form, as Save does. Archived, the admin is told how many intakes were closed with it.
     */
    public void changeStatus(ProgramStatus status) throws IOException {
        try {
            CatalogService.SavedWithStatus saved = catalog.saveAndChangeStatus(program, sectorCode,
                    new HashSet<>(centreIds), status);
            program = saved.program();
            messages.info("program.status." + status.name());
            if (saved.intakesClosed() > 0) {
                messages.info("program.archivedIntakesClosed", saved.intakesClosed());
            }
            reload();
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    public void addIntake() {
        try {
            Intake intake = new Intake();
            intake.setStartDate(intakeStart);
            intake.setApplicationDeadline(intakeDeadline);
            intake.setSeats(intakeSeats);
            intake.setInternationalSeats(intakeInternationalSeats);
            catalog.addIntake(program.getId(), intakeCentreId, intake);
            messages.info("intake.added");
            intakeStart = null;
            intakeDeadline = null;
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
        intakes = catalog.intakesOf(program.getId());
        history.forget();
    }

    /**
     * Marks the intake the button names by its id ({@code #{param['intake']}}, not its row) open, full or closed, from
     * the version the list showed; a forged or stale value changes nothing.
     */
    public void changeIntakeStatus(String intake, String status) {
        if (status == null || java.util.Arrays.stream(IntakeStatus.values()).noneMatch(s -> s.name().equals(status))) {
            return;
        }
        intakeId(intake).flatMap(this::shown).ifPresent(shown -> actOnIntake(shown.getId(),
                () -> catalog.changeIntakeStatus(program.getId(), shown.getId(), shown.getVersion(),
                        IntakeStatus.valueOf(status)), "intake.statusChanged"));
    }

    /** The intake as the list shows it, by its id. */
    private java.util.Optional<Intake> shown(Long id) {
        return getIntakes().stream().filter(i -> id.equals(i.getId())).findFirst();
    }

    /** Opens the seats of the intake the button names ({@code #{param['intake']}}) for correction. */
    public void editSeats(String intake) {
        seatsEdited = null;
        intakeId(intake).flatMap(this::shown).ifPresent(this::showSeats);
    }

    private void showSeats(Intake shown) {
        seatsEdited = shown.getId();
        seatsEditedVersion = shown.getVersion();
        editedSeats = shown.getSeats();
        editedInternationalSeats = shown.getInternationalSeats();
    }

    public void saveSeats() {
        if (seatsEdited == null) {
            return;
        }
        if (actOnIntake(seatsEdited, () -> catalog.changeIntakeSeats(program.getId(), seatsEdited, seatsEditedVersion, editedSeats,
                editedInternationalSeats), "intake.seatsChanged")) {
            seatsEdited = null;
        }
    }

    /** Opens the dates of the intake the button names ({@code #{param['intake']}}) for correction. */
    public void editDates(String intake) {
        datesEdited = null;
        monthQuestion = null;
        intakeId(intake).flatMap(this::shown).ifPresent(this::showDates);
    }

    private void showDates(Intake shown) {
        datesEdited = shown.getId();
        datesEditedVersion = shown.getVersion();
        editedStart = shown.getStartDate();
        editedDeadline = shown.getApplicationDeadline();
    }

    /**
     * Saves the dates typed; a refusal keeps them in the row, with its reason above the list. A start moved into another
     * month that requests asked for is asked about instead ({@link #getMonthQuestion}).
     */
    public void saveDates() {
        saveDates(false);
    }

    /** "Move it anyway": the dates asked about, still in the row, saved. */
    public void confirmDatesMove() {
        if (monthQuestion != null) {
            saveDates(true);
        }
    }

    /** "No": nothing saved, the dates typed left in the row to correct or cancel. */
    public void cancelDatesMove() {
        monthQuestion = null;
        messages.info("intake.monthMoveCancelled");
    }

    private void saveDates(boolean monthMoveConfirmed) {
        if (datesEdited == null) {
            return;
        }
        if (actOnIntake(datesEdited, () -> catalog.changeIntakeDates(program.getId(), datesEdited, datesEditedVersion, editedStart,
                editedDeadline, monthMoveConfirmed), "intake.datesChanged")) {
            datesEdited = null;
        }
    }

    /** The question of a start moved out of a month requests asked for, while it waits for an answer; else null. */
    public String getMonthQuestion() {
        return monthQuestion;
    }

    /**
     * Makes one change to an intake and says its result: done, or refused with its reason (what was typed stays in
     * the row); an intake no longer this program's (a forged or stale post, one deleted meanwhile) changes nothing, is
     * said to be gone, and counts as done, its row gone. One a colleague changed meanwhile is said with what it holds
     * now, and a row being corrected shows those values, from which the admin may change it again. The list and the
     * history below are read again either way.
     */
    private boolean actOnIntake(long intakeId, Runnable change, String doneKey) {
        // Another action answers a question left waiting: it waits no more.
        monthQuestion = null;
        boolean done = true;
        boolean changedMeanwhile = false;
        try {
            change.run();
            messages.info(doneKey);
        } catch (IntakeMonthAskedException question) {
            // Not refused but asked: the page shows the question with "No" first, and nothing was saved meanwhile.
            monthQuestion = question.localizedMessage(messages.locale());
            done = false;
        } catch (IntakeChangedException changed) {
            messages.explain(changed);
            changedMeanwhile = true;
            done = false;
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
            done = false;
        } catch (ca.tremplin.kernel.NotFoundException gone) {
            // Not this program's intake any more (a colleague deleted it meanwhile): nothing to change, and said so,
            // rather than the row and what was typed in it vanishing without a word.
            messages.error("intake.goneMeanwhile");
        }
        intakes = catalog.intakesOf(program.getId());
        history.forget();
        // The row of an intake a colleague changed shows their values, and is saved from their version on; a row of
        // the intake this action changed (its status, while its seats were open) keeps what was typed in it, saved
        // from the version this change left; another row keeps its own.
        if (Long.valueOf(intakeId).equals(seatsEdited)) {
            shown(seatsEdited).ifPresent(changedMeanwhile ? this::showSeats
                    : now -> seatsEditedVersion = now.getVersion());
        }
        if (Long.valueOf(intakeId).equals(datesEdited)) {
            shown(datesEdited).ifPresent(changedMeanwhile ? this::showDates
                    : now -> datesEditedVersion = now.getVersion());
        }
        return done;
    }

    /**
     * Said beside an intake the list calls open but no visitor is offered any more, its start or its deadline to apply
     * past ("Applications closed on March 1, 2027: no longer shown to the public"); else null. Without it the list
     * said "Open" of an intake the public pages had left out.
     */
    public String notOfferedNote(Intake intake) {
        if (intake.getStatus() != IntakeStatus.OPEN) {
            return null;
        }
        String reason = IntakeDates.notOfferedReason(intake.getStartDate(), intake.getApplicationDeadline(),
                LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE));
        return reason == null ? null : ca.tremplin.kernel.Messages.get(messages.locale(), reason,
                reason.equals("intake.notOfferedStarted") ? intake.getStartDate() : intake.getApplicationDeadline());
    }

    public void cancelDates() {
        datesEdited = null;
        monthQuestion = null;
    }

    /**
     * Deletes the intake the button names, once confirmed, as the list showed it; one that requests asked for is closed
     * instead, and the message says so; one a colleague changed since is not deleted, and the message says what it
     * holds now.
     */
    public void removeIntake(String intake) {
        monthQuestion = null;
        intakeId(intake).flatMap(this::shown).ifPresent(shown -> {
            Long id = shown.getId();
            try {
                CatalogRemovals.Outcome outcome = removals.removeIntake(program.getId(), id, shown.getVersion());
                messages.info(outcome.messageKey(), outcome.arguments());
                if (id.equals(datesEdited)) {
                    datesEdited = null;
                }
                if (id.equals(seatsEdited)) {
                    seatsEdited = null;
                }
            } catch (BusinessRuleException broken) {
                messages.explain(broken);
            } catch (ca.tremplin.kernel.NotFoundException gone) {
                // Deleted already (a second click, another tab): the list below is read again.
            }
        });
        intakes = catalog.intakesOf(program.getId());
        history.forget();
    }

    /**
     * Deletes the program, once confirmed, and opens the list, which says so; a program that requests, events or offers
     * name is archived instead and stays open here, the message saying what names it.
     */
    public void removeProgram() throws IOException {
        try {
            CatalogRemovals.Outcome outcome = removals.removeProgram(program.getId(), program.getVersion());
            messages.info(outcome.messageKey(), outcome.arguments());
            if (outcome.result() == CatalogRemovals.Result.DELETED) {
                messages.keepForNextPage();
                FacesContext.getCurrentInstance().getExternalContext().redirect(
                        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                                + "/admin/programs.xhtml");
                return;
            }
            reload();
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    private static java.util.Optional<Long> intakeId(String intake) {
        return intake != null && intake.matches("\\d{1,18}") ? java.util.Optional.of(Long.parseLong(intake))
                : java.util.Optional.empty();
    }

    public Long getDatesEdited() { return datesEdited; }
    public LocalDate getEditedStart() { return editedStart; }
    public void setEditedStart(LocalDate editedStart) { this.editedStart = editedStart; }
    public LocalDate getEditedDeadline() { return editedDeadline; }
    public void setEditedDeadline(LocalDate editedDeadline) { this.editedDeadline = editedDeadline; }

    /** Who changed the program and its intakes, when, from what to what: the newest lines first. */
    public ca.tremplin.security.ChangeLines getHistory() {
        return isCreating() ? ca.tremplin.security.ChangeLines.NONE
                : history.lines(most -> catalog.history(program.getId(), most));
    }

    public void showMoreHistory() {
        history.showMore();
    }

    public void cancelSeats() {
        seatsEdited = null;
    }

    public Long getSeatsEdited() { return seatsEdited; }
    public int getEditedSeats() { return editedSeats; }
    public void setEditedSeats(int editedSeats) { this.editedSeats = editedSeats; }
    public int getEditedInternationalSeats() { return editedInternationalSeats; }
    public void setEditedInternationalSeats(int editedInternationalSeats) {
        this.editedInternationalSeats = editedInternationalSeats;
    }

    /** The key of the photo form's own messages (program.xhtml): shown there, left out of the page's main list. */
    static final String PHOTO_MESSAGES = "photo";

    /** Replaces the program's photo, then comes back to this program's address (the upload is a full post). */
    public void uploadPhoto() throws IOException {
        if (photo == null || photo.getSize() == 0) {
            messages.errorAt(PHOTO_MESSAGES, "photo.empty");
            return;
        }
        try {
            catalog.replaceProgramPhoto(program.getId(), photo.getContent());
            messages.infoAt(PHOTO_MESSAGES, "photo.saved");
            messages.keepForNextPage();
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/admin/program.xhtml?id=" + program.getId());
        } catch (BusinessRuleException broken) {
            messages.explain(broken, PHOTO_MESSAGES);
        }
    }

    /**
     * Whether this answer is to the form {@code formId} of the page ("program", "intakes-form", "intake"): only that
     * form's list of messages shows them ({@code admin/program.xhtml}). Every action updates the three lists, so that
     * the "saved" of an earlier save, or an intake added, no longer sits beside the result of the next action.
     */
    public boolean answers(String formId) {
        return ca.tremplin.web.AnsweredForm.isAnswerTo(formId, "program");
    }

    /** The largest photo the page lets go ({@code resources/js/file-limits.js}), and what it says of a larger one. */
    public long getMaxPhotoBytes() { return CatalogService.PHOTO.maxUploadBytes(); }

    public String getPhotoTooLarge() {
        return CatalogService.PHOTO.tooLargeWhenChosen(messages.locale());
    }

    public org.primefaces.model.file.UploadedFile getPhoto() {
        return photo;
    }

    public void setPhoto(org.primefaces.model.file.UploadedFile photo) {
        this.photo = photo;
    }

    private void reload() {
        id = program.getId();
        load();
    }

    public List<TrainingSector> getSectors() {
        return catalog.sectors();
    }

    public List<Centre> getCentres() {
        return catalog.centres();
    }

    public ProgramType[] getTypes() {
        return ProgramType.values();
    }

    public TuitionBasis[] getTuitionBases() {
        return TuitionBasis.values();
    }

    public boolean isCreating() {
        return program != null && program.getId() == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Program getProgram() {
        return program;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public void setSectorCode(String sectorCode) {
        this.sectorCode = sectorCode;
    }

    public List<Long> getCentreIds() {
        return centreIds;
    }

    public void setCentreIds(List<Long> centreIds) {
        this.centreIds = centreIds;
    }

    public List<Intake> getIntakes() {
        return intakes;
    }

    public Long getIntakeCentreId() {
        return intakeCentreId;
    }

    public void setIntakeCentreId(Long intakeCentreId) {
        this.intakeCentreId = intakeCentreId;
    }

    public LocalDate getIntakeStart() {
        return intakeStart;
    }

    public void setIntakeStart(LocalDate intakeStart) {
        this.intakeStart = intakeStart;
    }

    public LocalDate getIntakeDeadline() {
        return intakeDeadline;
    }

    public void setIntakeDeadline(LocalDate intakeDeadline) {
        this.intakeDeadline = intakeDeadline;
    }

    public int getIntakeSeats() {
        return intakeSeats;
    }

    public void setIntakeSeats(int intakeSeats) {
        this.intakeSeats = intakeSeats;
    }

    public int getIntakeInternationalSeats() {
        return intakeInternationalSeats;
    }

    public void setIntakeInternationalSeats(int intakeInternationalSeats) {
        this.intakeInternationalSeats = intakeInternationalSeats;
    }
}
