package ca.tremplin.person;

/** What a person consents to, purpose by purpose (Law 25; CASL for news). */
public enum ConsentPurpose {
    /** Being contacted about this request: required to send one. */
    CONTACT,
    /** News and event invitations: optional, asked separately. */
    NEWS,
    /** Processing an application to an apprenticeship offer, by the centre and the employer: required to apply. */
    APPLICATION
}
