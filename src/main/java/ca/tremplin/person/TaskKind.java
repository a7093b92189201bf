package ca.tremplin.person;

/** How a follow-up task came to be: typed by a recruiter, or created by a new information request. */
public enum TaskKind {
    MANUAL, FIRST_RESPONSE
}
