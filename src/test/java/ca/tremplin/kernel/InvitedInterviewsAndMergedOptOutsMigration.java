package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What V67 fills in a database that holds data, on the embedded MariaDB ({@code EmbeddedDatabaseTest} migrates to
 * V65, writes {@link #before}, migrates the rest and checks): interviews invited before keep the centre
 * their files named as organiser, as those files wrote it; an unsubscription made at a merged record's address also
 * leaves out the address of the live record it ended in, however many merges ago, as of when it was said.
 */
final class InvitedInterviewsAndMergedOptOutsMigration {

    private InvitedInterviewsAndMergedOptOutsMigration() {
    }

    /** After V67: what it filled, checked against the rows of {@link #before}. */
    static void interviewsKeepTheirOrganiserAndMergedRecordsPassOnTheirUnsubscriptions(String url) throws Exception {
        assertEquals(List.of(
                        "1|Fjord School Service Centre|international@css-du-fjord.example",
                        "2|CSS du Fjord|international@css-du-fjord.example",
                        "3|Fjord School Service Centre|international@css-du-fjord.example",
                        "4|null|null"),
                rows(url, "select id, organizer_name, organizer_email from interview order by id"),
                "the name in the language of the application's first consent, else the person's; a centre"
                        + " without an address sent plain files");
        assertEquals(List.of(
                        "a@example.sn 2026-03-01 10:00:00 PAGE",
                        "b@example.sn 2026-05-01 10:00:00 ONE_CLICK",
                        "c@example.sn 2026-03-01 10:00:00 PAGE",
                        "d@example.sn 2026-05-01 08:00:00 PAGE",
                        "e@example.sn 2026-04-01 08:00:00 PAGE",
                        "g@example.sn 2026-02-01 08:00:00 PAGE",
                        "w@example.sn 2026-01-01 08:00:00 PAGE",
                        "y@example.sn 2026-01-01 08:00:00 PAGE"),
                rows(url, "select concat(email_normalized, ' ', date_format(opted_out_at, '%Y-%m-%d %H:%i:%s'),"
                        + " ' ', channel) from mail_opt_out where tenant_id in (1, 2) order by email_normalized"),
                "a@ merged into b@ merged into c@: c@ left out as of the first unsubscription; d@ keeps its own;"
                        + " the live x@ was erased; y@ and z@ merged into each other end in no live record; h@, into which g@ was"
                        + " merged, gave news again after g@ unsubscribed");
    }

    /** Rows as they stood before V67, with the columns that matter (keys and strictness aside, as for a fixture). */
    static void before(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "tremplin", "tremplin");
             Statement statement = connection.createStatement()) {
            statement.execute("set foreign_key_checks = 0");
            statement.execute("set sql_mode = ''");
            statement.execute("insert into tenant (id, slug, kind, name_fr, name_en, region, contact_email, created_at,"
                    + " updated_at) values (1, 'css-du-fjord', 'SCHOOL_BOARD', 'CSS du Fjord',"
                    + " 'Fjord School Service Centre', 'GASPESIE_ILES_DE_LA_MADELEINE',"
                    + " ' international@css-du-fjord.example', now(6), now(6)), (2, 'css-muet', 'SCHOOL_BOARD',"
                    + " 'CSS muet', 'Silent SSC', 'GASPESIE_ILES_DE_LA_MADELEINE', '  ', now(6), now(6))");
            statement.execute("insert into `lead` (id, tenant_id, email_normalized, email, first_name, last_name,"
                    + " language, merged_into_id, erased_at) values"
                    + " (1, 1, 'a@example.sn', 'a@example.sn', 'A', 'A', 'fr', 2, null),"
                    + " (2, 1, 'b@example.sn', 'b@example.sn', 'B', 'B', 'fr', 3, null),"
                    + " (3, 1, 'c@example.sn', 'c@example.sn', 'C', 'C', 'en', null, null),"
                    + " (4, 1, 'd@example.sn', 'd@example.sn', 'D', 'D', 'fr', null, null),"
                    + " (5, 1, 'e@example.sn', 'e@example.sn', 'E', 'E', 'fr', 4, null),"
                    + " (6, 1, 'w@example.sn', 'w@example.sn', 'W', 'W', 'fr', 7, null),"
                    + " (7, 1, 'x@example.sn', 'x@example.sn', 'X', 'X', 'fr', null, now(6)),"
                    + " (8, 2, 'f@example.sn', 'f@example.sn', 'F', 'F', 'en', null, null),"
                    + " (9, 1, 'y@example.sn', 'y@example.sn', 'Y', 'Y', 'fr', 10, null),"
                    + " (10, 1, 'z@example.sn', 'z@example.sn', 'Z', 'Z', 'fr', 9, null),"
                    + " (11, 1, 'g@example.sn', 'g@example.sn', 'G', 'G', 'fr', 12, null),"
                    + " (12, 1, 'h@example.sn', 'h@example.sn', 'H', 'H', 'fr', null, null)");
            // g@ unsubscribed, was merged into h@, whose person then gave their consent to news again.
            statement.execute("insert into consent_change (tenant_id, lead_id, email_normalized, purpose, granted,"
                    + " text_version, text_shown, language, changed_at, channel, recorded_at) values"
                    + " (1, 12, 'h@example.sn', 'NEWS', true, 'v', 't', 'fr', '2026-03-01 09:00:00', 'PREFERENCES',"
                    + " '2026-03-01 09:00:00')");
            statement.execute("insert into mail_opt_out (tenant_id, email_normalized, opted_out_at, channel) values"
                    + " (1, 'a@example.sn', '2026-03-01 10:00:00', 'PAGE'),"
                    + " (1, 'b@example.sn', '2026-05-01 10:00:00', 'ONE_CLICK'),"
                    + " (1, 'e@example.sn', '2026-04-01 08:00:00', 'PAGE'),"
                    + " (1, 'd@example.sn', '2026-05-01 08:00:00', 'PAGE'),"
                    + " (1, 'w@example.sn', '2026-01-01 08:00:00', 'PAGE'),"
                    + " (1, 'y@example.sn', '2026-01-01 08:00:00', 'PAGE'),"
                    + " (1, 'g@example.sn', '2026-02-01 08:00:00', 'PAGE')");
            statement.execute("insert into offer_application (id, tenant_id, offer_id, lead_id, status_since,"
                    + " cv_file_name, cv_content_type, consent_at, applied_at) values"
                    + " (1, 1, 1, 4, now(6), 'cv.pdf', 'application/pdf', now(6), now(6)),"
                    + " (2, 1, 2, 3, now(6), 'cv.pdf', 'application/pdf', now(6), now(6)),"
                    + " (3, 1, 3, 3, now(6), 'cv.pdf', 'application/pdf', now(6), now(6)),"
                    + " (4, 2, 4, 8, now(6), 'cv.pdf', 'application/pdf', now(6), now(6))");
            statement.execute("insert into consent_record (id, inquiry_id, offer_application_id, email_normalized,"
                    + " purpose, granted, text_version, text_shown, language, given_at, source) values"
                    + " (1, null, 1, 'd@example.sn', 'APPLICATION', true, 'v', 't', 'en-CA', now(6), 's'),"
                    + " (2, null, 1, 'd@example.sn', 'NEWS', true, 'v', 't', 'fr', now(6), 's'),"
                    + " (3, null, 2, 'c@example.sn', 'APPLICATION', true, 'v', 't', 'fr', now(6), 's')");
            statement.execute("insert into interview (id, tenant_id, application_id, starts_at, time_zone,"
                    + " duration_minutes, ends_at, created_by, created_at) values"
                    + " (1, 1, 1, now(6), 'America/Montreal', 45, now(6), 9, now(6)),"
                    + " (2, 1, 2, now(6), 'America/Montreal', 45, now(6), 9, now(6)),"
                    + " (3, 1, 3, now(6), 'America/Montreal', 45, now(6), 9, now(6)),"
                    + " (4, 2, 4, now(6), 'America/Montreal', 45, now(6), 9, now(6))");
        }
    }


    /** Runs the statements as a fixture does: foreign keys and strictness aside, rows written as they once were. */
    static void write(String url, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "tremplin", "tremplin");
             Statement fixture = connection.createStatement()) {
            fixture.execute("set foreign_key_checks = 0");
            fixture.execute("set sql_mode = ''");
            for (String statement : statements) {
                fixture.execute(statement);
            }
        }
    }

    /** Each row of the query, its cells joined by "|". */
    static List<String> rows(String url, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "tremplin", "tremplin");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> cells = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    cells.add(String.valueOf(result.getString(column)));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}
