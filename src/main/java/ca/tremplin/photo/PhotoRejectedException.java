package ca.tremplin.photo;

/** A photo refused, with the reason a person is told in their language. */
public class PhotoRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final PhotoRejection reason;

    public PhotoRejectedException(PhotoRejection reason) {
        super(reason.name());
        this.reason = reason;
    }

    public PhotoRejection reason() {
        return reason;
    }

    /** The bundle key of the message that explains the refusal. */
    public String messageKey() {
        return "photo.rejected." + reason.name();
    }
}
