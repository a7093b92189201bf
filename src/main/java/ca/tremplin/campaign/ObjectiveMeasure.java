package ca.tremplin.campaign;

/** What a campaign's objective counts. */
public enum ObjectiveMeasure {
    REQUESTS, REGISTRATIONS, APPLICATIONS, LEADS
}
