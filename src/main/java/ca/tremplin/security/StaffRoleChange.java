package ca.tremplin.security;

/**
 * A member of staff's role changed, fired in the change's transaction for the features that hold something by role:
 * a recruiter who becomes an admin leaves the round of recruiters, and the routing lines that name them go (a line
 * naming someone who is no recruiter would never be followed, and the settings page would refuse every save).
 *
 * @param tenantId the centre
 * @param userId   whose role changed
 * @param from     the role they had
 * @param to       the role they have now
 */
public record StaffRoleChange(long tenantId, long userId, Role from, Role to) {

    /** Whether they were a recruiter and are no longer one. */
    public boolean leavesRecruiting() {
        return from == Role.RECRUITER && to != Role.RECRUITER;
    }
}
