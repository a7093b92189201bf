package ca.tremplin.inquiry;

/**
 * What a public form other than the information request's (an event's registration, an offer's application) asks of
 * a person who may be under 14, as typed and not yet checked: their year of birth (optional) and, under 14, their
 * parent's or guardian's name, e-mail and consent (Law 25). {@link InquiryValidator#validateContact(String, String,
 * String, String, String, boolean, java.util.Locale, GuardianAnswers, java.time.Year)} checks them.
 */
public record GuardianAnswers(String birthYear, String name, String email, boolean consent)
        implements java.io.Serializable {

    /** A form that asked none of it (staff capture, an imported list, the demo). */
    public static final GuardianAnswers NONE = new GuardianAnswers(null, null, null, false);
}
