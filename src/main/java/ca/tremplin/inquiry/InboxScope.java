package ca.tremplin.inquiry;

/** Which requests the inbox lists: the signed-in recruiter's, or every open one of the centre. */
public enum InboxScope {
    MINE, ALL
}
