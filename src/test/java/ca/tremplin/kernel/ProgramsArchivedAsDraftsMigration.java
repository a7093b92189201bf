package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/**
 * What V80 does to the programs archived before it ({@code EmbeddedDatabaseTest} migrates to V65, writes
 * {@link #before}, migrates the rest and checks): a program whose history says it went from draft to archived and was
 * never published is marked archived as a draft (its address answers 404); one published at any time, one archived
 * before the history was kept, and one whose lines are another centre's, keep their 410.
 */
final class ProgramsArchivedAsDraftsMigration {

    private static final long CENTRE = 7901;
    private static final long OTHER_CENTRE = 7902;

    private ProgramsArchivedAsDraftsMigration() {
    }

    /** Five programs of a centre and the status lines V64 wrote for them, one line another centre's. */
    static void before(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "tremplin", "tremplin");
             Statement statement = connection.createStatement()) {
            statement.execute("set foreign_key_checks = 0");
            StringBuilder programs = new StringBuilder("insert into program (id, tenant_id, type, code, title_fr,"
                    + " title_en, slug_fr, slug_en, sector_code, duration_hours, duration_months, description_fr,"
                    + " description_en, status, search_text, created_at, updated_at) values ");
            String[] statuses = {"ARCHIVED", "ARCHIVED", "ARCHIVED", "ARCHIVED", "PUBLISHED"};
            for (int n = 1; n <= statuses.length; n++) {
                programs.append(n == 1 ? "" : ", ").append("(990").append(n).append(", ").append(CENTRE)
                        .append(", 'DEP', '99").append(n).append("01', 'Programme ").append(n).append("', 'Program ")
                        .append(n).append("', 'dep-99").append(n).append("01-programme', 'dep-99").append(n)
                        .append("01-program', '03', 900, 10, 'Formation', 'Training', '").append(statuses[n - 1])
                        .append("', 'programme', now(6), now(6))");
            }
            statement.execute(programs.toString());
            // Ids of their own: a later check of another migration adds lines by id.
            statement.execute("insert into staff_change (id, tenant_id, actor_id, subject, subject_id, what, detail,"
                    + " changed_at) values " + String.join(", ",
                    statusLine(7901, CENTRE, 9901, "DRAFT → ARCHIVED"),
                    statusLine(7902, CENTRE, 9902, "DRAFT → PUBLISHED"),
                    statusLine(7903, CENTRE, 9902, "PUBLISHED → ARCHIVED"),
                    statusLine(7904, OTHER_CENTRE, 9903, "DRAFT → ARCHIVED"),
                    statusLine(7905, CENTRE, 9904, "DRAFT → ARCHIVED"),
                    statusLine(7906, CENTRE, 9904, "ARCHIVED → PUBLISHED"),
                    statusLine(7907, CENTRE, 9904, "PUBLISHED → ARCHIVED"),
                    statusLine(7908, CENTRE, 9905, "DRAFT → PUBLISHED")));
        }
    }

    private static String statusLine(long id, long centre, long program, String move) {
        return "(" + id + ", " + centre + ", 9, 'PROGRAM', " + program + ", 'PROGRAM_STATUS', '" + move + "', now(6))";
    }

    /** After V80: only the program archived straight from its draft and never published is marked so. */
    static void onlyAProgramNeverPublishedIsArchivedAsADraft(String url) throws Exception {
        assertEquals(List.of("9901|1", "9902|0", "9903|0", "9904|0", "9905|0"),
                InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select id, cast(archived_as_draft as signed)"
                        + " from program where id between 9901 and 9905 order by id"),
                "archived from its draft; published then archived; archived before the history; published once;"
                        + " published");
    }
}
