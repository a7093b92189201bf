package ca.tremplin.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What someone who finds a list empty can do to fill it, and who may: an empty list offers only the steps the reader's
 * role is allowed (a recruiter is never sent to a page that would refuse them). The roles are those the services and
 * the pages' security constraints require (web.xml: programs and offers are a centre admin's; users and the privacy
 * page an admin's).
 */
public enum NextStep {
    ADD_PROGRAM(EnumSet.of(Role.CSS_ADMIN)),
    SHARE_INFORMATION_FORM(EnumSet.allOf(Role.class)),
    CREATE_EVENT(EnumSet.allOf(Role.class)),
    /** A list of participants is imported from its event's page: the step opens the events to choose one. */
    IMPORT_LIST(EnumSet.allOf(Role.class)),
    CREATE_OFFER(EnumSet.of(Role.CSS_ADMIN)),
    CREATE_CAMPAIGN(EnumSet.allOf(Role.class)),
    SHARE_ACCESS_PAGE(EnumSet.of(Role.CSS_ADMIN, Role.PLATFORM_ADMIN)),
    OPEN_REPORTS(EnumSet.allOf(Role.class)),
    INVITE_USER(EnumSet.of(Role.CSS_ADMIN, Role.PLATFORM_ADMIN)),
    SHARE_EVENT_PAGE(EnumSet.allOf(Role.class)),
    ADD_WALK_IN(EnumSet.allOf(Role.class)),
    IMPORT_EVENT_LIST(EnumSet.allOf(Role.class)),
    ADD_INTAKE(EnumSet.of(Role.CSS_ADMIN)),
    ADD_CENTRE(EnumSet.of(Role.CSS_ADMIN)),
    /** A program's intakes take place at the campuses it names: one is ticked on the program before any intake. */
    TICK_CAMPUS(EnumSet.of(Role.CSS_ADMIN)),
    INVITE_APPRENTICE(EnumSet.of(Role.CSS_ADMIN, Role.RECRUITER)),
    CREATE_CLASS_LINK(EnumSet.of(Role.CSS_ADMIN, Role.RECRUITER));

    private final Set<Role> allowed;

    NextStep(Set<Role> allowed) {
        this.allowed = allowed;
    }

    public boolean allowedTo(Role role) {
        return role != null && allowed.contains(role);
    }

    /** The words of its link, in both bundles. */
    public String labelKey() {
        return "emptyList.step." + name();
    }

    /** Its link's id beside the list's ("leads-empty-create-event"): stable words a test or a stylesheet names. */
    public String idSuffix() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
