package ca.tremplin.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sums of money as reports show them. */
public final class Amounts {

    private Amounts() {
    }

    /**
     * An amount shared among {@code count} (a cost per lead, a budget per enrolment), to the cent, half up; null when
     * there is no amount or nobody to share it among, so that a page shows a dash rather than zero or infinity.
     */
    public static BigDecimal per(BigDecimal amount, long count) {
        return amount == null || count <= 0 ? null : amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
