package ca.tremplin.person;

/** How a requester heard of Tremplin. */
public enum HeardFrom {
    SEARCH_ENGINE, SOCIAL_MEDIA, FAIR, WEBINAR, FRIEND, SCHOOL, PARTNER, OTHER
}
