package ca.tremplin.person;

/**
 * What a request taken back from a centre had set on the person's record there and was given back, as a
 * {@link LeadEventKind#GIVEN_BACK} line names it.
 */
public enum GivenBack {
    /** The time of the record's last request, worked out again from what it still holds. */
    LAST_REQUEST,
    /** The owner routing gave the record the request created. */
    OWNER,
    /** The interests (programs, intake, how they heard of us) the request alone named. */
    INTERESTS,
    /** The first or last campaign touch the request brought. */
    CAMPAIGN_TOUCHES;

    public String messageKey() {
        return "timeline.givenBack." + name();
    }
}
