package ca.tremplin.report;

/** How a funnel counts the leads that reached a stage (both views are in use in admissions offices). */
public enum StageCounting {
    /** Only the stages recorded in a lead's history ("empirical"). */
    REACHED,
    /** Every stage up to the furthest one reached: a lead admitted counts as having applied, recorded or not. */
    FURTHEST;

    public String messageKey() {
        return "report.counting." + name();
    }
}
