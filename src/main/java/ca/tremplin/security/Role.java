package ca.tremplin.security;

/**
 * What a staff member may do. A platform admin belongs to the coordinating organisation; a CSS admin to one
 * school service centre; recruiters to either.
 */
public enum Role {
    PLATFORM_ADMIN,
    CSS_ADMIN,
    RECRUITER;

    public String messageKey() {
        return "role." + name();
    }
}
