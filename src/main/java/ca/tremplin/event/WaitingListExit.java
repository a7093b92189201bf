package ca.tremplin.event;

/**
 * Why a person left an event's waiting list without a seat, as their timeline says it (its line's detail ends with
 * the name in brackets, shown in the reader's language by {@code event.waitlistExit.<name>}).
 */
public enum WaitingListExit {
    /** From the link of their e-mail. */
    PERSON,
    /** Staff took them off (the line names who). */
    STAFF,
    /** The event was cancelled: they were told. */
    EVENT_CANCELLED,
    /** The event ended before a seat was freed: nothing to tell them. */
    EVENT_OVER;

    public String messageKey() {
        return "event.waitlistExit." + name();
    }
}
