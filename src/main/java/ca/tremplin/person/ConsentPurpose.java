package ca.tremplin.person;

/** What a person consents to, purpose by purpose (Law 25; CASL for news). */
public enum ConsentPurpose {
    /** Being contacted about this request: required to send one. */
    CONTACT,
    /** News and event invitations: optional, asked separately. */
    NEWS,
    /** Processing an application to an apprenticeship offer, by the centre and the employer: required to apply. */
    APPLICATION,
    /** A parent's or guardian's consent for a person under 14 (Law 25), with who they are; asked on the forms. */
    GUARDIAN,
    /** Publishing an apprentice's profile on the public showcase, asked on its form. */
    PUBLICATION,
    /** The right to show the photo of the person at work, asked apart from publication. */
    IMAGE_RIGHTS;

    /** The purposes a person can withdraw, or give again, after the form (the guardian's stands with its form). */
    public static final java.util.List<ConsentPurpose> CHANGEABLE = java.util.List.of(CONTACT, NEWS, APPLICATION);

    public String messageKey() {
        return "consent.purpose." + name();
    }

    /** The purpose as the person's own consent page names it to them ("your requests"), where staff read "their". */
    public String yourMessageKey() {
        return "consent.purpose.yours." + name();
    }
}
