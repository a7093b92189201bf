package ca.tremplin.catalog;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.GonePages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.security.StaffChange.Subject;
import ca.tremplin.security.StaffChange.What;
import ca.tremplin.security.StaffChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * An intake, a program or a campus created by mistake, taken away. What nothing names is deleted; what a request, an
 * event, an offer or a report names is withdrawn instead — an intake closed, a program archived: gone from the public
 * catalogue, kept for the history and the reports — and the answer says what names it. A campus has no withdrawn state:
 * one still named is kept, and the answer says which programs or intakes name it.
 */
@ApplicationScoped
public class CatalogRemovals {

    /** What became of the item: deleted, withdrawn in its stead, or kept; and why, in the bundle's words. */
    public record Outcome(Result result, String messageKey, Object... arguments) {
    }

    public enum Result { DELETED, WITHDRAWN, KEPT }

    @Inject
    CatalogRepository catalog;

    @Inject
    CatalogService service;

    @Inject
    SignedInUser signedInUser;

    @Inject
    StaffChanges changes;

    @Inject
    GonePages gonePages;

    /**
     * Deletes an intake no request asked for (its program at its month, or at a month it started in before its start
     * was corrected); one asked for is closed instead. The program's history keeps the line either way.
     * {@code shownVersion} is the intake's version the page showed: one a colleague changed since (its seats reopened,
     * its dates corrected) is not deleted, and the refusal says what it holds now ({@link IntakeChangedException}).
     * A deletion dates the program's page in the sitemap as changed, as an intake's change does.
     */
    @Transactional
    public Outcome removeIntake(long programId, long intakeId, long shownVersion) {
        signedInUser.require(Role.CSS_ADMIN);
        Intake intake = catalog.findIntake(programId, intakeId);
        CatalogService.requireShown(intake, shownVersion);
        if (catalog.requestsAskingFor(programId, intake.askedMonths()) > 0) {
            if (intake.getStatus() != IntakeStatus.CLOSED) {
                service.changeIntakeStatus(programId, intakeId, shownVersion, IntakeStatus.CLOSED);
                return new Outcome(Result.WITHDRAWN, "intake.closedInstead");
            }
            return new Outcome(Result.KEPT, "intake.keptClosed");
        }
        changes.record(Subject.PROGRAM, programId, What.INTAKE_DELETED, intake.addedDetail());
        catalog.remove(intake);
        try {
            // A colleague's change committed since the check: refused here, in words, rather than at the commit.
            catalog.flush();
        } catch (OptimisticLockException raced) {
            throw new BusinessRuleException("conflict.modifiedMeanwhile");
        }
        // The program's page no longer lists it, and no intake's time says so: the sitemap dates it by the program's.
        catalog.pageChanged(programId);
        return new Outcome(Result.DELETED, "intake.deleted");
    }

    /**
     * Deletes a program nothing names, with its intakes, campuses' ticks and photo, and files the line under the centre
     * (the program's own history goes with its page); one that is named is archived instead, if it is not already.
     */
    @Transactional
    public Outcome removeProgram(long programId, long expectedVersion) {
        signedInUser.require(Role.CSS_ADMIN);
        Program program = catalog.findProgram(programId)
                .orElseThrow(() -> new NotFoundException("program " + programId));
        catalog.lockForRemoval(program);
        List<ProgramUse> uses = catalog.usesOfProgram(signedInUser.getTenantId(), programId);
        Messages.Phrases named = new Messages.Phrases(uses.stream().map(ProgramUse::messageKey).toList());
        if (!uses.isEmpty()) {
            if (program.getStatus() != ProgramStatus.ARCHIVED) {
                int intakesClosed = service.changeStatus(programId, ProgramStatus.ARCHIVED, expectedVersion);
                return new Outcome(Result.WITHDRAWN, "program.archivedInstead", named, intakesClosed);
            }
            return new Outcome(Result.KEPT, "program.keptArchived", named);
        }
        if (program.getVersion() != expectedVersion) {
            throw new BusinessRuleException("conflict.modifiedMeanwhile");
        }
        changes.record(Subject.CENTRE, signedInUser.getTenantId(), What.PROGRAM_DELETED,
                program.getType() + " " + program.getCode() + " " + program.getTitleFr());
        if (program.wasPublic()) {
            // Its page was public (or archived, withdrawn from it): a link to it says it is no longer offered. A draft,
            // or a program archived straight from its draft, never had a page: its address stays unknown (404).
            gonePages.record(GonePages.Kind.PROGRAM, signedInUser.getTenantId(), program.addressKeys());
        }
        // A line of the request routing that sent this program's requests to a recruiter names nothing once it is
        // gone, and the settings page would show it as "null" and refuse to save until it is taken out by hand.
        int routingLines = catalog.removeRoutingLinesOf(signedInUser.getTenantId(), programId);
        if (routingLines > 0) {
            changes.record(Subject.SETTINGS, null, What.MAPPING, program.getCode() + " (" + program.getTitleFr()
                    + ") → —");
        }
        catalog.remove(program);
        return new Outcome(Result.DELETED, "program.deleted", program.getTitleFr());
    }

    /**
     * Deletes a campus no program names and no intake took place at, and files the line under the centre; one still
     * named is kept, the answer naming the programs to untick it from, or saying its intakes keep it.
     */
    @Transactional
    public Outcome removeCentre(long centreId) {
        signedInUser.require(Role.CSS_ADMIN);
        Centre centre = catalog.findCentre(centreId).orElseThrow(() -> new NotFoundException("centre " + centreId));
        catalog.lockForRemoval(centre);
        List<String> programs = catalog.programsAt(centreId);
        if (!programs.isEmpty()) {
            return new Outcome(Result.KEPT, "centre.keptForPrograms", centre.getName(), String.join(", ", programs));
        }
        if (catalog.hasIntakesAt(centreId)) {
            return new Outcome(Result.KEPT, "centre.keptForIntakes", centre.getName());
        }
        changes.record(Subject.CENTRE, signedInUser.getTenantId(), What.CAMPUS_DELETED, centre.getName());
        catalog.remove(centre);
        return new Outcome(Result.DELETED, "centre.deleted", centre.getName());
    }
}
