package ca.tremplin.event;

/** How a person came to be registered: the public page, a recruiter's quick capture, at the door, a list. */
public enum RegistrationChannel {
    WEB, CAPTURE, WALK_IN, IMPORT;

    /** A person captured at the fair or added at the door was there. */
    public boolean meansPresent() {
        return this == CAPTURE || this == WALK_IN;
    }
}
