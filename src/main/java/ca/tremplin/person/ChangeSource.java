package ca.tremplin.person;

/**
 * Where a value of a person's record came from. Staff (and what staff accept) may change a record; every other
 * source may only fill what the record lacks, and what it says otherwise becomes a {@link LeadProposal}.
 */
public enum ChangeSource {
    /** A member of staff correcting the record. */
    STAFF,
    /** The public information request form. */
    INQUIRY_FORM,
    /** A partner site's call to {@code POST /api/inquiries}. */
    INQUIRY_API,
    /** The public registration form of an event. */
    EVENT_REGISTRATION,
    /** A recruiter's quick capture at a fair, or a walk-in at the door: typed from what the person said. */
    EVENT_CAPTURE,
    /** The public application form of an offer. */
    APPLICATION,
    /** A list of attendees imported into an event. */
    IMPORT,
    /**
     * A record of the person merged by staff into the one that stays: it fills what that one lacks and proposes what
     * differs, the merge choosing no value over another for staff.
     */
    MERGE,
    /** A value another source gave, accepted by staff. */
    PROPOSAL_ACCEPTED,
    /**
     * An information request the coordinating organisation took back from the centre it had handed it to: what the
     * request filled on the centre's record is given back (see {@link LeadDetails#giveBack}).
     */
    TAKE_BACK,
    /** A mail server's report that a message to the person's address could not be delivered (a bounce). */
    DELIVERY_REPORT;

    /** Whether values from this source may be written over what the centre holds. */
    public boolean isTrusted() {
        return this == STAFF || this == PROPOSAL_ACCEPTED;
    }

    public String messageKey() {
        return "lead.source." + name();
    }
}
