package ca.tremplin.web;

import java.io.IOException;

/** A request body read past its address's limit ({@link RequestSizeFilter#limitFor}). */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("The request's body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
