package ca.tremplin.inquiry;

/** What a lead's timeline records. */
public enum LeadEventKind {
    REQUEST_RECEIVED, ASSIGNED, REPLY_SENT, CALL_LOGGED, MARKED_CONTACTED, ROUTED,
    // the pipeline's
    STAGE_CHANGED, NOTE_ADDED, DETAILS_CHANGED, OWNER_CHANGED, TAGGED, UNTAGGED, TASK_CREATED, TASK_DONE, EMAIL_SENT,
    MERGED
}
