package ca.tremplin.campaign;

/** Where an activity of the weekly plan stands. */
public enum ActivityStatus {
    PLANNED, READY, DONE, CANCELLED
}
