package ca.tremplin.event;

/** Draft (only staff see it), published (open for registration), cancelled (registrants told), done. */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED, DONE
}
