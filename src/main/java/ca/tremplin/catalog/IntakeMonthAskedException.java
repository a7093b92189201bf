package ca.tremplin.catalog;

import ca.tremplin.kernel.BusinessRuleException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An intake's start corrected into another month while requests asked for its program at the month it leaves: not
 * made, but asked. The people who asked for that month are not told of the new date by the correction, and the admin
 * may rather add a second intake; once confirmed, the dates are saved and the requests that named the former month
 * still keep the intake from deletion ({@link Intake#askedMonths}).
 */
public class IntakeMonthAskedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    IntakeMonthAskedException(long requests, YearMonth left, LocalDate newStart) {
        super("intake.monthAsked", requests, left, newStart);
    }
}
