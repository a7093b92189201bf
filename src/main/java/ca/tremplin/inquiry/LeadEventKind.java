package ca.tremplin.inquiry;

/** What a lead's timeline records. */
public enum LeadEventKind {
    REQUEST_RECEIVED, ASSIGNED, REPLY_SENT, CALL_LOGGED, MARKED_CONTACTED, ROUTED,
    /** Registered for an event (on the public page, or captured by a recruiter); the detail names the event. */
    EVENT_REGISTERED,
    /** Came to an event (checked in, or walked in). */
    EVENT_ATTENDED
}
