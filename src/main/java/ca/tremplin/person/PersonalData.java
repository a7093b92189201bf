package ca.tremplin.person;

import java.util.List;
import java.util.Map;

/**
 * Every table that holds something about a person a centre follows, and how each is reached from that person's
 * lead: the map that access, portability, erasure and retention start from. A table that holds personal data and is
 * not here (nor set aside below, with the reason) fails {@code PersonalDataIT}, so a new one cannot be forgotten.
 *
 * <p>Each condition is a SQL condition on the table (alias {@code t}) with the lead's id as parameter {@code ?1}.
 */
public final class PersonalData {

    /** A table about people, and the condition that selects the rows about the lead {@code ?1}. */
    public record Holding(String table, String aboutLead) {

        /** The rows about one lead, counted: {@code select count(*) from table t where condition}. */
        public String countSql() {
            return "select count(*) from `" + table + "` t where " + aboutLead;
        }
    }

    /**
     * The requests the lead received; none once the person was erased here: a request sent to several centres stays
     * whole for those that still follow the person, and is theirs alone to give.
     */
    private static final String REQUESTS = "(select r.inquiry_id from routed_inquiry r join `lead` rl on rl.id = r.lead_id"
            + " where r.lead_id = ?1 and rl.erased_at is null)";
    private static final String REGISTRATIONS = "(select e.id from event_registration e where e.lead_id = ?1)";
    private static final String APPLICATIONS = "(select a.id from offer_application a where a.lead_id = ?1)";
    private static final String SAME_ADDRESS = "(t.tenant_id, t.email_normalized) in"
            + " (select l.tenant_id, l.email_normalized from `lead` l where l.id = ?1)";

    /**
     * The person's showcase profiles at the centre — an apprentice's showcase profile is no lead's: it is the person's
     * at a centre by the address they gave —: by the address a profile holds, or, for a profile withdrawn (its address
     * blanked with the rest), by the address its own lines of the consent register keep. Never by a guardian's line,
     * which holds the parent's address: a child's profile is not the parent's data.
     */
    private static final String SHOWCASE_PROFILES = "(select s.id from showcase_profile s where (s.tenant_id,"
            + " s.email_normalized) in (select l.tenant_id, l.email_normalized from `lead` l where l.id = ?1)"
            + " union select c.showcase_profile_id from consent_record c join showcase_profile w"
            + " on w.id = c.showcase_profile_id where c.purpose <> 'GUARDIAN' and (w.tenant_id, c.email_normalized) in"
            + " (select l.tenant_id, l.email_normalized from `lead` l where l.id = ?1))";

    /**
     * What the centre's admins alone see of a person (the lead page shows them to admins only): who changed the
     * record and who looked at it. A recruiter's export of the person leaves them out; the person's own access
     * request and an admin's export have them.
     */
    public static final java.util.Set<String> ADMINS_ONLY = java.util.Set.of("lead_audit", "personal_data_access");

    public static final List<Holding> TABLES = List.of(
            new Holding("lead", "t.id = ?1"),
            new Holding("lead_event", "t.lead_id = ?1"),
            new Holding("lead_audit", "t.lead_id = ?1"),
            new Holding("lead_proposal", "t.lead_id = ?1"),
            new Holding("lead_task", "t.lead_id = ?1"),
            new Holding("lead_tag", "t.lead_id = ?1"),
            new Holding("lead_interest", "t.lead_id = ?1"),
            new Holding("lead_stage_change", "t.lead_id = ?1"),
            // The reports' summaries of that history (LeadFunnel, LeadStay): dates and stages, kept by erasure as the
            // history is.
            new Holding("lead_funnel", "t.lead_id = ?1"),
            new Holding("lead_stay", "t.lead_id = ?1"),
            // The people an undone import kept, with why (ca.tremplin.leadimport.ImportUndo).
            new Holding("lead_import_kept", "t.lead_id = ?1"),
            // The attendance an import added to a registration made before it, until an undo gives it back.
            new Holding("lead_import_attendance", "t.lead_id = ?1"),
            // That the person was erased, and who saw their data: lead ids and staff, never a personal value.
            new Holding("person_erasure", "t.lead_id = ?1"),
            new Holding("personal_data_access", "t.lead_id = ?1"),
            new Holding("routed_inquiry", "t.lead_id = ?1"),
            new Holding("inquiry", "t.id in " + REQUESTS),
            new Holding("inquiry_program", "t.inquiry_id in " + REQUESTS),
            new Holding("consent_record", "t.inquiry_id in " + REQUESTS + " or t.event_registration_id in "
                    + REGISTRATIONS + " or t.offer_application_id in " + APPLICATIONS
                    + " or t.showcase_profile_id in " + SHOWCASE_PROFILES),
            // The showcase profile posted at the same centre with the same address (ca.tremplin.showcase): the
            // profile, its photo (each size, as files), the dates of its private links, visitors' reports on it, its
            // daily counts and its moderation's trail.
            new Holding("showcase_profile", "t.id in " + SHOWCASE_PROFILES),
            new Holding("showcase_photo", "t.profile_id in " + SHOWCASE_PROFILES),
            new Holding("showcase_link", "t.profile_id in " + SHOWCASE_PROFILES),
            new Holding("showcase_report", "t.profile_id in " + SHOWCASE_PROFILES),
            new Holding("showcase_daily_count", "t.profile_id in " + SHOWCASE_PROFILES),
            // Its trail: who approved, refused or took it down, when, and why (V83).
            new Holding("showcase_decision", "t.profile_id in " + SHOWCASE_PROFILES),
            new Holding("event_registration", "t.lead_id = ?1"),
            new Holding("event_registration_program", "t.registration_id in " + REGISTRATIONS),
            new Holding("offer_application", "t.lead_id = ?1"),
            new Holding("offer_application_cv", "t.application_id in " + APPLICATIONS),
            // What an application held before the person sent it again (ca.tremplin.application.EarlierSendings).
            new Holding("offer_application_earlier_sending", "t.application_id in " + APPLICATIONS),
            new Holding("interview", "t.application_id in " + APPLICATIONS),
            new Holding("applicant_link", "t.lead_id = ?1"),
            new Holding("lead_document", "t.lead_id = ?1"),
            new Holding("lead_document_content",
                    "t.document_id in (select d.id from lead_document d where d.lead_id = ?1)"),
            // Consents withdrawn or given again after the form (the consent register), and the preferences links
            // sent to the person's address, which are not a centre's rows.
            new Holding("consent_change", "t.lead_id = ?1"),
            new Holding("preference_link", "t.email_normalized = (select l.email_normalized from `lead` l"
                    + " where l.id = ?1)"),
            // Requests for access and portability: each centre's part names the lead; the request, the address.
            new Holding("access_request_part", "t.lead_id = ?1"),
            new Holding("access_request", "t.email_normalized = (select l.email_normalized from `lead` l"
                    + " where l.id = ?1)"),
            new Holding("mail_opt_out", SAME_ADDRESS),
            new Holding("unsubscribe_link", SAME_ADDRESS),
            // Mail kept after sending names its recipient by address: a centre's own, or the platform's (no tenant),
            // such as the acknowledgement of a request addressed to several centres. By the key, or by the address as
            // the person wrote it: mail written before V76 kept a domain typed in ASCII ("xn--…") so.
            new Holding("outbox_message", "exists (select 1 from `lead` l where l.id = ?1"
                    + " and (lower(t.recipient) = l.email_normalized or lower(t.recipient) = lower(l.email))"
                    + " and (t.tenant_id is null or t.tenant_id = l.tenant_id))"),
            // A row of an imported list that could not be read keeps its text, which may hold the person's address,
            // by their key or as they wrote it.
            new Holding("lead_import_failure", "t.import_id in (select i.id from lead_import i join `lead` l"
                    + " on l.tenant_id = i.tenant_id where l.id = ?1)"
                    + " and exists (select 1 from `lead` l where l.id = ?1"
                    + " and (locate(l.email_normalized, lower(t.raw_row)) > 0"
                    + " or locate(lower(l.email), lower(t.raw_row)) > 0))"));

    /**
     * What a centre holds about an apprentice it knows only by their showcase profile (no request, registration or
     * application made them a lead there): the same tables, each condition on the profile's id as {@code ?1}. An access
     * request by the profile's address is answered from these.
     */
    public static final List<Holding> SHOWCASE_TABLES = List.of(
            new Holding("showcase_profile", "t.id = ?1"),
            new Holding("showcase_photo", "t.profile_id = ?1"),
            new Holding("showcase_link", "t.profile_id = ?1"),
            new Holding("showcase_report", "t.profile_id = ?1"),
            new Holding("showcase_daily_count", "t.profile_id = ?1"),
            new Holding("showcase_decision", "t.profile_id = ?1"),
            new Holding("consent_record", "t.showcase_profile_id = ?1"),
            // By the profile's address, or, once it is withdrawn and forgot it, by the address its consent register
            // keeps: the mail telling the person of the withdrawal is theirs too. Not by the guardian's address, which
            // the register keeps on the guardian's own lines: the guardian's other mail is the guardian's, not the
            // minor's.
            new Holding("outbox_message", "exists (select 1 from showcase_profile p where p.id = ?1"
                    + " and (t.tenant_id is null or t.tenant_id = p.tenant_id) and (lower(t.recipient) = p.email_normalized"
                    + " or lower(t.recipient) in (select c.email_normalized from consent_record c"
                    + " where c.showcase_profile_id = ?1 and c.purpose <> 'GUARDIAN')))"),
            // Staff who exported the apprentice's data (V78), as for a lead: for the centre's admins.
            new Holding("personal_data_access", "t.showcase_profile_id = ?1"));

    /** Tables with columns that look personal but hold no one a centre follows, and why. */
    public static final Map<String, String> NOT_ABOUT_A_FOLLOWED_PERSON = Map.of(
            "user_account", "staff accounts",
            "account_token", "staff invitations and password resets",
            "centre", "a training centre's postal address",
            "reply_template", "a centre's templates",
            "import_mapping", "a centre's saved column mappings",
            "lead_saved_filter", "a member of staff's saved filters",
            "flyway_schema_history", "the migrations applied");

    private PersonalData() {
    }
}
