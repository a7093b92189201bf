package ca.tremplin.event;

public enum EventType {
    FAIR, WEBINAR, INFO_SESSION, SCHOOL_VISIT, MISSION
}
