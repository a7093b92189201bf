package ca.tremplin.photo;

/** A photo that cannot be published as sent; {@link #messageKey()} says why in the person's language. */
public class PhotoRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final PhotoRejection reason;

    public PhotoRejectedException(PhotoRejection reason) {
        this(reason, null);
    }

    public PhotoRejectedException(PhotoRejection reason, Throwable cause) {
        super("Photo rejected: " + reason, cause);
        this.reason = reason;
    }

    public PhotoRejection reason() {
        return reason;
    }

    /** Message bundle key, e.g. "photo.rejected.NOT_AN_IMAGE". */
    public String messageKey() {
        return "photo.rejected." + reason.name();
    }
}
