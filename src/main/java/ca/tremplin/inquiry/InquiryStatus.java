package ca.tremplin.inquiry;

/** Where a centre stands with a request: not yet looked at, being worked, person reached, done. */
public enum InquiryStatus {
    NEW, OPEN, CONTACTED, CLOSED;

    public boolean awaitsAnswer() {
        return this == NEW || this == OPEN;
    }
}
