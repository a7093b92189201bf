package ca.tremplin.showcase;

/** Where a showcase profile stands. Only {@link #APPROVED} is ever public. */
public enum ProfileStatus {
    /** Posted by a person under 14: waits for the parent's or guardian's confirmation before moderation. */
    AWAITING_GUARDIAN,
    /** Posted, edited, or reported: waits for a moderator of the centre. */
    AWAITING_MODERATION,
    /** The moderator asked the person for a change; the person edits it from their link. */
    CHANGES_REQUESTED,
    APPROVED,
    REFUSED,
    /** Withdrawn by the person: its content and photos are gone. */
    WITHDRAWN;

    public String messageKey() {
        return "showcase.status." + name();
    }
}
