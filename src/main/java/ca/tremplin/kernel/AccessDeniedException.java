package ca.tremplin.kernel;

/** The signed-in person may not do this (wrong role). Mapped to a 403 page or problem+json. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String what) {
        super(what);
    }
}
