package ca.tremplin.catalog;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.security.StaffChange.What;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a school service centre's admin does with its catalogue: centres, programs, intakes, publication.
 * Every read and write is tenant-filtered, so an id of another centre's program is not found.
 */
@ApplicationScoped
public class CatalogService {

    private static final ca.tremplin.security.StaffChange.Subject PROGRAM = ca.tremplin.security.StaffChange.Subject.PROGRAM;
    private static final ca.tremplin.security.StaffChange.Subject CENTRE = ca.tremplin.security.StaffChange.Subject.CENTRE;

    @Inject
    CatalogRepository catalog;

    @Inject
    SignedInUser signedInUser;

    @Inject
    ca.tremplin.security.StaffChanges changes;

    /**
     * Creates or updates a campus. The campuses' history keeps the line, filed under the centre: a campus created with
     * the values it was given, each field edited with its value before and after, under the name it had.
     */
    @Transactional
    public Centre saveCentre(Centre centre) {
        requireCatalogueAdmin();
        if (centre.getId() == null) {
            catalog.persist(centre);
            changes.record(CENTRE, signedInUser.getTenantId(), What.CAMPUS_CREATED, centre.createdDetail());
            return centre;
        }
        Centre current = catalog.findCentre(centre.getId())
                .orElseThrow(() -> new NotFoundException("centre " + centre.getId()));
        checkVersion(current.getVersion(), centre.getVersion());
        // Read before the merge, which copies the edit onto the stored campus.
        List<String> fields = current.changedFields(centre).stream().map(current::about).toList();
        Centre merged = mergeChecked(centre);
        changes.recordEach(CENTRE, signedInUser.getTenantId(), What.CAMPUS_EDITED, fields);
        return merged;
    }

    /**
     * Who created, edited or deleted the centre's campuses, when, from what to what, newest first: at most {@code most}
     * lines, the centre's own (the tenant filter).
     */
    @Transactional
    public ca.tremplin.security.ChangeLines campusHistory(int most) {
        requireCatalogueAdmin();
        return changes.ofCampuses(most);
    }

    @Transactional
    public Program findProgram(long id) {
        requireCatalogueAdmin();
        Program program = catalog.findProgram(id).orElseThrow(() -> new NotFoundException("program " + id));
        program.getCentres().size();
        program.getSector().getCode();
        return program;
    }

    /**
     * Creates or updates a program with the centres where it is given. The edit carries the version it
     * started from; if someone saved in between, the person gets a conflict message, never an overwrite.
     */
    @Transactional
    public Program saveProgram(Program edited, String sectorCode, Set<Long> centreIds) {
        return saveProgram(edited, sectorCode, centreIds, null);
    }

    /** As {@link #saveProgram(Program, String, Set)}, for a program that will then have {@code statusAfter}. */
    private Program saveProgram(Program edited, String sectorCode, Set<Long> centreIds, ProgramStatus statusAfter) {
        requireCatalogueAdmin();
        edited.setSector(catalog.findSector(sectorCode)
                .orElseThrow(() -> new BusinessRuleException("program.sectorUnknown")));
        if (catalog.codeTaken(edited.getType(), edited.getCode(), edited.getId())) {
            throw new BusinessRuleException("program.codeTaken", edited.getType(), edited.getCode());
        }
        Set<Centre> centres = new HashSet<>();
        for (Long centreId : centreIds) {
            centres.add(catalog.findCentre(centreId).orElseThrow(() -> new NotFoundException("centre " + centreId)));
        }
        edited.setCentres(centres);
        if (edited.getId() == null) {
            try {
                catalog.persist(edited);
            } catch (jakarta.persistence.PersistenceException raced) {
                // The same program saved twice at once (a double click): the other one wrote it first.
                if (ca.tremplin.kernel.DuplicateKeys.refused(raced)) {
                    throw new BusinessRuleException("program.codeTaken", edited.getType(), edited.getCode());
                }
                throw raced;
            }
            changes.record(PROGRAM, edited.getId(), What.PROGRAM_CREATED, null);
            return edited;
        }
        Program current = catalog.findProgram(edited.getId())
                .orElseThrow(() -> new NotFoundException("program " + edited.getId()));
        checkVersion(current.getVersion(), edited.getVersion());
        if ((statusAfter == null ? current.getStatus() : statusAfter) == ProgramStatus.PUBLISHED) {
            requireCentresForItsIntakes(current, centres);
        }
        // Read before the merge, which copies the edit onto the stored program.
        List<String> fields = current.changedFields(edited);
        edited.setStatusFrom(current);
        Program merged = mergeChecked(edited);
        changes.recordEach(PROGRAM, merged.getId(), What.PROGRAM_EDITED, fields);
        return merged;
    }

    /** A program saved with its new status, and how many of its intakes its archiving closed. */
    public record SavedWithStatus(Program program, int intakesClosed) {
    }

    /**
     * Saves the program as edited and publishes or archives it, in one transaction: a status change refused (no
     * centre, a colleague's change in between) saves nothing of the edit either.
     */
    @Transactional
    public SavedWithStatus saveAndChangeStatus(Program edited, String sectorCode, Set<Long> centreIds,
                                               ProgramStatus status) {
        Program saved = saveProgram(edited, sectorCode, centreIds, status);
        int intakesClosed = changeStatus(saved.getId(), status, saved.getVersion());
        return new SavedWithStatus(saved, intakesClosed);
    }

    /**
     * A published program stays given somewhere, and its open intakes where they take place: unticking every centre,
     * or the one an intake still open is at, would leave the public pages offering a program nowhere, or an intake at
     * a campus the program's page no longer names. The admin archives the program, or closes the intake, first.
     */
    private void requireCentresForItsIntakes(Program current, Set<Centre> centres) {
        if (centres.isEmpty()) {
            throw new BusinessRuleException(current.getStatus() == ProgramStatus.PUBLISHED
                    ? "program.publishedWithoutCentre" : "program.publishWithoutCentre");
        }
        // Only a centre this save takes away: an intake left at a centre the program no longer named (before this
        // rule) does not stop the program's other edits.
        Set<Long> removed = new HashSet<>();
        current.getCentres().forEach(centre -> removed.add(centre.getId()));
        centres.forEach(centre -> removed.remove(centre.getId()));
        java.time.LocalDate today = java.time.LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE);
        catalog.intakesOf(current.getId()).stream()
                .filter(intake -> intake.getStatus() != IntakeStatus.CLOSED && !intake.getStartDate().isBefore(today)
                        && removed.contains(intake.getCentre().getId()))
                .findFirst()
                .ifPresent(intake -> {
                    throw new BusinessRuleException("program.centreHasIntake", intake.getCentre().getName(),
                            intake.getStartDate());
                });
    }

    /**
     * Publishes, archives or drafts a program. Archived, its intakes still open or full are closed with it, each a line
     * of its history as if closed by hand: an archived program is offered nowhere, and an intake left open would
     * still be offered by the API, the information form or a report's choices. Published again, the admin reopens
     * those that should be. Returns how many intakes were closed.
     */
    @Transactional
    public int changeStatus(long programId, ProgramStatus status, long expectedVersion) {
        requireCatalogueAdmin();
        Program program = catalog.findProgram(programId)
                .orElseThrow(() -> new NotFoundException("program " + programId));
        checkVersion(program.getVersion(), expectedVersion);
        if (status == ProgramStatus.PUBLISHED && program.getCentres().isEmpty()) {
            throw new BusinessRuleException("program.publishWithoutCentre");
        }
        changes.recordMove(PROGRAM, programId, What.PROGRAM_STATUS, null, program.getStatus(), status);
        program.setStatus(status);
        if (status != ProgramStatus.ARCHIVED) {
            return 0;
        }
        int closed = closeIntakesOf(programId);
        flushIntake();
        return closed;
    }

    private int closeIntakesOf(long programId) {
        int closed = 0;
        for (Intake intake : catalog.intakesOf(programId)) {
            if (intake.getStatus() != IntakeStatus.CLOSED) {
                changes.recordMove(PROGRAM, programId, What.INTAKE_STATUS, intake.label(), intake.getStatus(),
                        IntakeStatus.CLOSED);
                intake.setStatus(IntakeStatus.CLOSED);
                closed++;
            }
        }
        return closed;
    }

    @Transactional
    public Intake addIntake(long programId, long centreId, Intake intake) {
        requireCatalogueAdmin();
        intake.setProgram(catalog.findProgram(programId).orElseThrow(() -> new NotFoundException("program")));
        intake.setCentre(catalog.findCentre(centreId).orElseThrow(() -> new NotFoundException("centre")));
        requireNotArchived(intake.getProgram());
        // At a campus the program names only, as the form offers: the public pages would list an intake at a campus the
        // program's page does not name.
        if (intake.getProgram().getCentres().stream().noneMatch(centre -> centre.getId().equals(centreId))) {
            throw new BusinessRuleException("intake.centreNotNamed", intake.getCentre().getName());
        }
        IntakeDates.checkNew(intake.getStartDate(), intake.getApplicationDeadline(),
                java.time.LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE));
        if (intake.getInternationalSeats() > intake.getSeats()) {
            throw new BusinessRuleException("intake.tooManyInternationalSeats");
        }
        if (intake.getSeats() < 1) {
            throw new BusinessRuleException("intake.noSeat");
        }
        // One intake per program, campus and start day: a second would be listed twice on the public pages.
        boolean twice = catalog.intakesOf(programId).stream().anyMatch(other -> other.getCentre().getId()
                .equals(centreId) && other.getStartDate().equals(intake.getStartDate()));
        if (twice) {
            throw new BusinessRuleException("intake.duplicate");
        }
        catalog.persist(intake);
        changes.record(PROGRAM, programId, What.INTAKE_ADDED, intake.addedDetail());
        return intake;
    }

    /**
     * An intake's start day or deadline corrected (a year typed wrong, a start moved by the centre): the order of
     * {@link IntakeDates}, and still one intake per program, campus and start day. Kept in the program's history with
     * the dates before and after. A start moved into another month while requests asked for the program at the month it
     * leaves is asked about first ({@link IntakeMonthAskedException}). {@code shownVersion} is the intake's version the
     * page showed: a colleague's change since is said ({@link IntakeChangedException}), never overwritten.
     */
    @Transactional
    public void changeIntakeDates(long programId, long intakeId, long shownVersion, java.time.LocalDate start,
                                  java.time.LocalDate deadline) {
        changeIntakeDates(programId, intakeId, shownVersion, start, deadline, false);
    }

    /**
     * As {@link #changeIntakeDates(long, long, long, java.time.LocalDate, java.time.LocalDate)}; {@code monthMoveConfirmed}
     * when the admin was told that requests named the month the start leaves, and moves it anyway. Either way the
     * intake keeps that month among the ones requests may name it by: those requests still keep it from deletion.
     */
    @Transactional
    public void changeIntakeDates(long programId, long intakeId, long shownVersion, java.time.LocalDate start,
                                  java.time.LocalDate deadline, boolean monthMoveConfirmed) {
        requireCatalogueAdmin();
        List<Intake> intakes = catalog.intakesOf(programId);
        Intake intake = intakes.stream().filter(i -> i.getId() == intakeId).findFirst()
                .orElseThrow(() -> new NotFoundException("intake " + intakeId));
        requireShown(intake, shownVersion);
        IntakeDates.checkCorrected(intake.getStartDate(), intake.getApplicationDeadline(), start, deadline,
                java.time.LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE));
        boolean twice = intakes.stream().anyMatch(other -> other.getId() != intakeId
                && other.getCentre().getId().equals(intake.getCentre().getId()) && other.getStartDate().equals(start));
        if (twice) {
            throw new BusinessRuleException("intake.duplicate");
        }
        java.time.YearMonth leaving = java.time.YearMonth.from(intake.getStartDate());
        if (!monthMoveConfirmed && !leaving.equals(java.time.YearMonth.from(start))) {
            long asked = catalog.requestsAskingFor(programId, List.of(leaving.toString()));
            if (asked > 0) {
                throw new IntakeMonthAskedException(asked, leaving, start);
            }
        }
        String change = intake.datesChange(start, deadline);
        if (change != null) {
            changes.record(PROGRAM, programId, What.INTAKE_DATES, change);
        }
        intake.moveStart(start);
        intake.setApplicationDeadline(deadline);
        flushIntake();
    }

    /**
     * An intake's seats corrected (the number a centre gave changes, or was typed wrong): the same rules as when it
     * was added — one seat at least, no more international seats than seats —, from the version the page showed.
     */
    @Transactional
    public void changeIntakeSeats(long programId, long intakeId, long shownVersion, int seats,
                                  int internationalSeats) {
        requireCatalogueAdmin();
        Intake intake = catalog.findIntake(programId, intakeId);
        requireShown(intake, shownVersion);
        if (seats < 1) {
            throw new BusinessRuleException("intake.noSeat");
        }
        if (internationalSeats < 0 || internationalSeats > seats) {
            throw new BusinessRuleException("intake.tooManyInternationalSeats");
        }
        String change = intake.seatsChange(seats, internationalSeats);
        if (change != null) {
            changes.record(PROGRAM, programId, What.INTAKE_SEATS, change);
        }
        intake.setSeats(seats);
        intake.setInternationalSeats(internationalSeats);
        flushIntake();
    }

    /**
     * An intake marked full or closed (no longer offered to visitors, nor asked for in the form), or open again. An
     * intake added by mistake is deleted instead ({@link CatalogRemovals}), unless requests name it. From the version
     * the page showed: a colleague's change since is said, never overwritten.
     */
    @Transactional
    public void changeIntakeStatus(long programId, long intakeId, long shownVersion, IntakeStatus status) {
        requireCatalogueAdmin();
        Intake intake = catalog.findIntake(programId, intakeId);
        requireShown(intake, shownVersion);
        // Opened again (or marked full, which the public pages show) only at a centre the program still names.
        boolean named = intake.getProgram().getCentres().stream()
                .anyMatch(centre -> centre.getId().equals(intake.getCentre().getId()));
        if (status != IntakeStatus.CLOSED && !named) {
            throw new BusinessRuleException("intake.centreNotNamed", intake.getCentre().getName());
        }
        if (status != IntakeStatus.CLOSED) {
            requireNotArchived(intake.getProgram());
        }
        changes.recordMove(PROGRAM, programId, What.INTAKE_STATUS, intake.label(), intake.getStatus(), status);
        intake.setStatus(status);
        flushIntake();
    }

    @Transactional
    public List<Program> programPage(String filter, ProgramStatus status, int first, int size) {
        requireCatalogueAdmin();
        return catalog.programPage(filter, status, first, size);
    }

    /** A page of the back office's list, in the table's order, as rows that hold what it shows ({@link ProgramRow}). */
    @Transactional
    public List<ProgramRow> programRows(String filter, ProgramStatus status, int first, int size,
                                        ca.tremplin.kernel.TableSort sort) {
        requireCatalogueAdmin();
        return catalog.programPage(filter, status, first, size, sort).stream().map(ProgramRow::of).toList();
    }

    @Transactional
    public long programCount(String filter, ProgramStatus status) {
        requireCatalogueAdmin();
        return catalog.programCount(filter, status);
    }

    @Transactional
    public List<Intake> intakesOf(long programId) {
        requireCatalogueAdmin();
        return catalog.intakesOf(programId);
    }

    @Transactional
    public List<TrainingSector> sectors() {
        return catalog.sectors();
    }

    @Transactional
    public List<Centre> centres() {
        requireCatalogueAdmin();
        return catalog.centres();
    }

    /** One of the centre's campuses, detached (another tenant's id is not found). */
    public Centre centre(long id) {
        requireCatalogueAdmin();
        return catalog.findCentre(id).orElseThrow(() -> new NotFoundException("centre " + id));
    }

    /** Photos: at most 5 MB uploaded, stored as a JPEG of at most 1200 x 800. */
    static final ca.tremplin.kernel.UploadedImages.Purpose PHOTO =
            new ca.tremplin.kernel.UploadedImages.Purpose("photo", 5 * 1024 * 1024, 1200, 800, "jpg");

    /** Replaces a program's photo; the program is looked up in the admin's own tenant first. */
    @Transactional
    public void replaceProgramPhoto(long programId, byte[] uploaded) {
        requireCatalogueAdmin();
        Program program = catalog.findProgram(programId)
                .orElseThrow(() -> new NotFoundException("program " + programId));
        byte[] jpeg = ca.tremplin.kernel.UploadedImages.normalise(uploaded, PHOTO);
        java.time.Instant now = java.time.Instant.now();
        ProgramPhoto photo = catalog.findPhotoOf(program);
        if (photo == null) {
            catalog.persist(new ProgramPhoto(program.getId(), jpeg, now));
        } else {
            photo.replace(jpeg, now);
        }
        changes.record(PROGRAM, programId, What.PROGRAM_PHOTO, null);
    }

    /**
     * Who changed the program, its intakes and its photo, when, from what to what, newest first: at most {@code most}
     * lines. Another centre's program is not found, and its lines are never read (the tenant filter).
     */
    @Transactional
    public ca.tremplin.security.ChangeLines history(long programId, int most) {
        requireCatalogueAdmin();
        catalog.findProgram(programId).orElseThrow(() -> new NotFoundException("program " + programId));
        return changes.ofRecord(PROGRAM, programId, most);
    }

    /**
     * An archived program is offered nowhere: its intakes were closed with it, and none is opened or added while it
     * stays archived, which the public would otherwise still be offered in the API or the information form.
     */
    private static void requireNotArchived(Program program) {
        if (program.getStatus() == ProgramStatus.ARCHIVED) {
            throw new BusinessRuleException("intake.programArchived");
        }
    }

    private void requireCatalogueAdmin() {
        signedInUser.require(Role.CSS_ADMIN);
    }

    private static void checkVersion(long current, long expected) {
        if (current != expected) {
            throw new BusinessRuleException("conflict.modifiedMeanwhile");
        }
    }

    /**
     * The intake as the page showed it, or a colleague changed it since: the refusal says what it holds now, and
     * nothing is saved over their change.
     */
    static void requireShown(Intake intake, long shownVersion) {
        if (intake.getVersion() != shownVersion) {
            throw new IntakeChangedException(intake);
        }
    }

    /**
     * Writes an intake's change now: a colleague's change committed between the check and this write is refused here,
     * in words, rather than at the commit, after the page was told it was saved.
     */
    private void flushIntake() {
        try {
            catalog.flush();
        } catch (OptimisticLockException raced) {
            throw new BusinessRuleException("conflict.modifiedMeanwhile");
        }
    }

    private <T> T mergeChecked(T entity) {
        try {
            T merged = catalog.merge(entity);
            catalog.flush();
            return merged;
        } catch (OptimisticLockException raced) {
            throw new BusinessRuleException("conflict.modifiedMeanwhile");
        }
    }
}
