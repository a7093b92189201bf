package ca.tremplin.person;

/** Why a person's personal information was erased. */
public enum ErasureReason {
    /** The person asked; the centre's person in charge of personal information confirmed it on the lead page. */
    REQUEST,
    /** The centre's retention period for the person's situation ran out (see {@link RetentionRule}). */
    RETENTION;

    public String messageKey() {
        return "erasure.reason." + name();
    }
}
