package ca.tremplin.security;

/**
 * A back-office list that a new centre meets empty, with the page that shows it whole (where "clear the filters"
 * leads) and whether the reader can narrow it: a list without filters is never empty "for the filters".
 */
public enum StaffList {
    LEADS("/admin/leads.xhtml", true),
    BOARD("/admin/board.xhtml", true),
    PROGRAMS("/admin/programs.xhtml", true),
    OFFERS("/admin/offers.xhtml", true),
    EVENTS("/admin/events.xhtml", true),
    /** An event's registrations (its page's check-in list): a list of participants imported fills it too. */
    EVENT_REGISTRATIONS("/admin/event.xhtml", true),
    CAMPAIGNS("/admin/campaigns.xhtml", false),
    INQUIRIES("/admin/inquiries.xhtml", true),
    ACCESS_REQUESTS("/admin/privacy.xhtml", false),
    REPORT_SCHEDULES("/admin/report-schedules.xhtml", false),
    USERS("/admin/users.xhtml", true),
    /** A program's intakes, on its own page: the form that adds one is below the list. */
    INTAKES("/admin/program.xhtml", false),
    /** The centre's campuses, where its programs are given: the form that adds one is below the list. */
    CENTRES("/admin/centres.xhtml", false),
    /** The showcase's invitations sent lately: the forms that send one are above the list. */
    SHOWCASE_INVITATIONS("/admin/showcase-invitations.xhtml", false);

    private final String address;
    private final boolean filterable;

    StaffList(String address, boolean filterable) {
        this.address = address;
        this.filterable = filterable;
    }

    /** The list's page, unfiltered. */
    public String address() {
        return address;
    }

    public boolean filterable() {
        return filterable;
    }
}
