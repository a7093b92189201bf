package ca.tremplin.event;

/** How a person came to be registered: the public page, a recruiter's quick capture, at the door, a list. */
public enum RegistrationChannel {
    WEB, CAPTURE, WALK_IN, IMPORT
}
