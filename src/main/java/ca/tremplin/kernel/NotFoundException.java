package ca.tremplin.kernel;

/**
 * Something the person asked for does not exist <em>for them</em>. Another tenant's record is reported the
 * same way as a missing one, so that a forged id reveals nothing. Mapped to a 404 page or problem+json.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
