package ca.tremplin.catalog;

public enum IntakeStatus {
    OPEN,
    FULL,
    CLOSED
}
