package ca.tremplin.catalog;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Messages;

/**
 * An intake's seats, dates or status changed from a page that showed it before a colleague changed it: nothing saved,
 * and the refusal says what the intake holds now — its start and campus, its seats, its deadline and its status — so
 * that the admin decides again on what is there rather than on what was.
 */
public class IntakeChangedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    IntakeChangedException(Intake current) {
        super("intake.changedMeanwhile", current.getStartDate(), current.getCentre().getName(),
                current.getInternationalSeats(), current.getSeats(),
                current.getApplicationDeadline() == null ? new Messages.Phrase("intake.noDeadline")
                        : current.getApplicationDeadline(),
                new Messages.Phrase("intakeStatus." + current.getStatus().name()));
    }
}
