package ca.tremplin.catalog;

/**
 * Something outside the catalogue that names a program so that deleting the program would leave it pointing at
 * nothing or change what a report counted: the program is archived instead. Each is said to the admin in the reader's
 * words ({@code programUse.<NAME>}).
 */
enum ProgramUse {
    REQUESTS("select count(*) from inquiry_program where program_id = ?1"),
    /** A lead's interest, kept by its centre with the program's id as text (and by the lead list's filter). */
    LEAD_INTERESTS("select count(*) from lead_interest where tenant_id = ?2 and kind = 'PROGRAM' and value = ?1"),
    EVENTS("select count(*) from event_program where program_id = ?1"),
    REGISTRATIONS("select count(*) from event_registration_program where program_id = ?1"),
    OFFERS("select count(*) from offer_program where program_id = ?1"),
    SHOWCASE_PROFILES("select count(*) from showcase_profile where program_id = ?1"),
    CAMPAIGN_LINKS("select count(*) from campaign_activity where target_kind = 'PROGRAM' and target_id = ?1");

    /** Counts the rows naming the program: ?1 its id (as text for a lead's interest), ?2 the centre's id if asked. */
    final String countQuery;

    ProgramUse(String countQuery) {
        this.countQuery = countQuery;
    }

    String messageKey() {
        return "programUse." + name();
    }
}
