package ca.tremplin.applicant;

/** Where an uploaded document stands: waiting for staff, accepted, or refused with a reason. */
public enum DocumentStatus {
    SUBMITTED, ACCEPTED, REJECTED;

    public String messageKey() {
        return "document.status." + name();
    }
}
