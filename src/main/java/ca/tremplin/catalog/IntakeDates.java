package ca.tremplin.catalog;

import ca.tremplin.kernel.BusinessRuleException;
import java.time.LocalDate;

/**
 * The order an intake's dates keep, for one added and one corrected alike: a start day, and a deadline to apply that
 * is not after it. A new intake starts and closes its applications today or later; a correction may keep a day already
 * past (an intake under way whose seats or deadline change), but may not move a date into the past, where the
 * catalogue would never show it.
 */
final class IntakeDates {

    private IntakeDates() {
    }

    /** Refuses a new intake's dates, with the message the admin reads; nothing when they hold. */
    static void checkNew(LocalDate start, LocalDate deadline, LocalDate today) {
        checkOrder(start, deadline);
        if (start.isBefore(today)) {
            throw new BusinessRuleException("intake.startPast");
        }
        // An intake whose deadline to apply is past would be saved "open" and never shown to anyone (the catalogue
        // leaves such intakes out): said here rather than kept out of sight.
        if (deadline != null && deadline.isBefore(today)) {
            throw new BusinessRuleException("intake.deadlinePast");
        }
    }

    /** Refuses dates corrected from {@code oldStart} and {@code oldDeadline}; a date left as it was is not judged again. */
    static void checkCorrected(LocalDate oldStart, LocalDate oldDeadline, LocalDate start, LocalDate deadline,
                               LocalDate today) {
        checkOrder(start, deadline);
        if (!start.equals(oldStart) && start.isBefore(today)) {
            throw new BusinessRuleException("intake.startPast");
        }
        if (deadline != null && !deadline.equals(oldDeadline) && deadline.isBefore(today)) {
            throw new BusinessRuleException("intake.deadlinePast");
        }
    }

    /**
     * Why an open intake is offered to no visitor on {@code today}, as the catalogue, the program's page and the
     * information form leave it out: it started ("intake.notOfferedStarted"), or its deadline to apply is past
     * ("intake.notOfferedDeadlinePast"); null while it is offered.
     */
    static String notOfferedReason(LocalDate start, LocalDate deadline, LocalDate today) {
        if (start.isBefore(today)) {
            return "intake.notOfferedStarted";
        }
        return deadline != null && deadline.isBefore(today) ? "intake.notOfferedDeadlinePast" : null;
    }

    private static void checkOrder(LocalDate start, LocalDate deadline) {
        if (start == null) {
            throw new BusinessRuleException("intake.startRequired");
        }
        if (deadline != null && deadline.isAfter(start)) {
            throw new BusinessRuleException("intake.deadlineAfterStart");
        }
    }
}
