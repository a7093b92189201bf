package ca.tremplin.incident;

/** An incident still being handled, or closed once assessed and answered; a closed incident may be reopened. */
public enum IncidentStatus {
    OPEN,
    CLOSED;

    public String messageKey() {
        return "incident.status." + name();
    }
}
