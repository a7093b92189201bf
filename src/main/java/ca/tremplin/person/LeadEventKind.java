package ca.tremplin.person;

/** What a lead's timeline records. */
public enum LeadEventKind {
    REQUEST_RECEIVED, ASSIGNED, REPLY_SENT, CALL_LOGGED, MARKED_CONTACTED, ROUTED,
    /**
     * The coordinating organisation took back a request it had handed to a centre that had not touched it; the detail
     * names the centre as {@link #ROUTED}'s does.
     */
    TAKEN_BACK,
    /**
     * What a request taken back from the centre had set on the record, given back as if it had never come there; the
     * detail names what, a {@link GivenBack}.
     */
    GIVEN_BACK,
    // the pipeline's
    STAGE_CHANGED, NOTE_ADDED, DETAILS_CHANGED, OWNER_CHANGED, TAGGED, UNTAGGED, TASK_CREATED, TASK_DONE, EMAIL_SENT,
    MERGED, LINK_SENT, DOCUMENT_UPLOADED, DOCUMENT_ACCEPTED, DOCUMENT_REJECTED,
    APPLIED_TO_OFFER, APPLICATION_STATUS, INTERVIEW_SCHEDULED,
    /** An interview moved to another time or place; the detail says when and where now. */
    INTERVIEW_MOVED,
    /** An interview cancelled; the detail says when it was to be. */
    INTERVIEW_CANCELLED,
    /**
     * The candidate answered an interview's invitation from its link: the detail is the answer's name, the
     * interview's time as the other interview lines keep it, and the candidate's note after " — ".
     */
    INTERVIEW_ANSWERED,
    /**
     * A mail telling the candidate where their application stands was put in the outbox: the detail is the offer's
     * number and the step told ("#12 HIRED"), then, for a mail held a few minutes, their number ("#12 SCREENED 15").
     */
    APPLICATION_NEWS_QUEUED,
    /** A held mail of a step taken back before it left, the application having moved meanwhile ("#12 SCREENED"). */
    APPLICATION_NEWS_WITHDRAWN,
    /**
     * The candidate withdrew their application themselves, from their file's page: the detail is the move, as an
     * application's move by staff is written ("#12 INTERVIEW → WITHDRAWN"), by no member of staff.
     */
    CANDIDATE_WITHDREW,
    /** Registered for an event (on the public page, or captured by a recruiter); the detail names the event. */
    EVENT_REGISTERED,
    /** Came to an event (checked in, or walked in). */
    EVENT_ATTENDED,
    /** Gave up their seat at an event (from their e-mail's link, or staff for them); the detail names the event. */
    EVENT_UNREGISTERED,
    /** Found an event full and joined its waiting list; the detail names the event and the channel. */
    EVENT_WAITLISTED,
    /**
     * Left an event's waiting list without a seat; the detail names the event and why, a {@code
     * event.WaitingListExit} (from their link, staff, the event cancelled or over).
     */
    EVENT_WAITLIST_LEFT,
    /** Given a seat freed at an event, the first on its waiting list; the detail names the event. */
    EVENT_WAITLIST_SEATED,
    /** Asked the centre for no more bulk e-mail; the detail says how (its page, or the mail program's button). */
    UNSUBSCRIBED,
    /** Subscribed again to the centre's bulk e-mail, giving their news consent again from their own page. */
    RESUBSCRIBED,
    /**
     * Staff corrected the person's address: their unsubscription from the centre's bulk e-mail at the former one holds
     * at the new one, as of when they said it.
     */
    UNSUBSCRIPTION_CARRIED,
    /**
     * A source that may not rewrite the record gave another value for a field; the detail is {@link
     * LeadDetails#proposalDetail}: field, source and value, shown in the reader's language.
     */
    VALUE_PROPOSED,
    /** Staff accepted a value another source gave; the detail is in the same form as the proposal's. */
    PROPOSAL_ACCEPTED,
    /** Staff set aside a value another source gave. */
    PROPOSAL_DISMISSED,
    /** The person's personal information was erased (on request, or anonymised at the end of its retention). */
    ERASED,
    /** A consent withdrawn, on the preferences page or as recorded by staff; the detail names the purpose. */
    CONSENT_WITHDRAWN,
    /** A consent given again on the preferences page; the detail names the purpose. */
    CONSENT_GIVEN,
    /**
     * Another record of the centre has the same address, its domain written the other way ("école.ca",
     * "xn--cole-9oa.ca"): found when V76 gave every key the domain in Unicode, and kept apart rather than merged
     * without anyone; the detail is the other record's number, for staff to compare and merge.
     */
    SAME_ADDRESS_KEPT_APART,
    /**
     * A message to the person's address bounced for good: the detail is the address, then " — " and what the mail
     * server that refused it said. Mail to it is held until staff correct or confirm it.
     */
    ADDRESS_UNDELIVERABLE,
    /** Staff confirmed an address held undeliverable: the mail held for it leaves. The detail is the address. */
    ADDRESS_CONFIRMED
}
