package ca.tremplin.person;

/** How a person changed a consent after giving it: on the preferences page, or by a means that staff recorded. */
public enum ConsentChannel {
    /** The preferences page that the link at the foot of every e-mail opens. */
    PREFERENCES,
    PHONE,
    LETTER,
    /** An e-mail written to the centre (not the preferences page). */
    EMAIL,
    IN_PERSON,
    /**
     * Given again by registering for an event a second time, on its page or to a recruiter at the door: the first
     * registration's own consents keep what was given then.
     */
    EVENT,
    /**
     * Given again by applying to an offer a second time while the first application stands (its processing having
     * been withdrawn): the application's own consent keeps what was given the first time.
     */
    APPLICATION;

    /** The channels staff may record; the preferences page records itself. */
    public static final java.util.List<ConsentChannel> STAFF = java.util.List.of(PHONE, LETTER, EMAIL, IN_PERSON);

    public String messageKey() {
        return "consent.channel." + name();
    }
}
