package ca.tremplin.person;

/** The situations for which a centre sets how long it keeps a person (see {@code RetentionPolicy}). */
public enum RetentionRule {
    /** Lost, or without any activity, for the centre's number of months. */
    LOST_OR_INACTIVE,
    /** Admitted (or further, short of enrolled) and the centre's number of months past the intake they asked for. */
    ADMITTED_NOT_ENROLLED,
    /** Enrolled (or arrived), the centre's number of months after enrolling. */
    ENROLLED;

    public String messageKey() {
        return "retention.rule." + name();
    }
}
