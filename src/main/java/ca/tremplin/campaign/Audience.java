package ca.tremplin.campaign;

/** The kinds of person a campaign speaks to: those who decide, and the messengers who influence them. */
public enum Audience {
    STUDENT, PARENT, PARTNER_OFFICE, EMPLOYER
}
