package ca.tremplin.application;

/** What a candidate answers to an interview's invitation, from the link in its e-mail. */
public enum InterviewAnswer {
    /** They will be there. */
    COMING,
    /** The time does not suit them: they ask for another (their note says when would). */
    ANOTHER_TIME,
    /** They will not come (their note may say why). */
    NOT_COMING;

    public String messageKey() {
        return "interview.answer." + name();
    }
}
