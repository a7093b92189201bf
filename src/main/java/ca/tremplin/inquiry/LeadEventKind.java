package ca.tremplin.inquiry;

/** What a lead's timeline records. */
public enum LeadEventKind {
    REQUEST_RECEIVED, ASSIGNED, REPLY_SENT, CALL_LOGGED, MARKED_CONTACTED, ROUTED
}
