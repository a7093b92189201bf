package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * What V93 does to the intakes a database holds ({@code EmbeddedDatabaseTest} migrates to V65, writes {@link #before},
 * migrates the rest and checks): an archived program's
 * intakes still open or full are closed, each a line of its program's history by no one; its closed intake, and a
 * published program's open one, stay as they were.
 */
final class ArchivedProgramsIntakesMigration {

    private ArchivedProgramsIntakesMigration() {
    }

    /** At campus 7931 of centre 7930: archived program 99301 has an open, a full and a closed intake, 99302 one open. */
    static void before(String url) throws Exception {
        InvitedInterviewsAndMergedOptOutsMigration.writeAsBefore(url,
                "insert into tenant (id, slug, kind, name_fr, name_en, region, created_at, updated_at) values"
                        + " (7930, 'css-archives', 'SCHOOL_BOARD', 'CSS des Archives', 'Archives SSC', 'LAVAL', now(6),"
                        + " now(6))",
                "insert into program (id, tenant_id, type, code, title_fr, title_en, slug_fr, slug_en, sector_code,"
                        + " duration_hours, duration_months, description_fr, description_en, status, search_text,"
                        + " created_at, updated_at) values"
                        + " (99301, 7930, 'DEP', '9931', 'Programme archivé', 'Archived program', 'dep-9931-archive',"
                        + " 'dep-9931-archived', '03', 900, 10, 'Formation', 'Training', 'ARCHIVED', 'programme',"
                        + " now(6), now(6)),"
                        + " (99302, 7930, 'DEP', '9932', 'Programme publié', 'Published program', 'dep-9932-publie',"
                        + " 'dep-9932-published', '03', 900, 10, 'Formation', 'Training', 'PUBLISHED', 'programme',"
                        + " now(6), now(6))",
                "insert into centre (id, tenant_id, name, city, region, created_at, updated_at) values"
                        + " (7931, 7930, 'Centre des Archives', 'Laval', 'LAVAL', now(6), now(6))",
                "insert into intake (id, tenant_id, program_id, centre_id, start_date, seats, international_seats,"
                        + " status, version) values"
                        + " (79301, 7930, 99301, 7931, '2030-08-25', 20, 4, 'OPEN', 2),"
                        + " (79302, 7930, 99301, 7931, '2030-09-25', 20, 4, 'FULL', 0),"
                        + " (79303, 7930, 99301, 7931, '2030-10-25', 20, 4, 'CLOSED', 1),"
                        + " (79304, 7930, 99302, 7931, '2030-08-25', 20, 4, 'OPEN', 0)");
    }

    /** After V93: the archived program's open and full intakes are closed and said so; the others as they were. */
    static void anArchivedProgramsIntakesStillOfferedAreClosedWithALineEach(String url) throws Exception {
        assertEquals(List.of("79301|CLOSED|3", "79302|CLOSED|1", "79303|CLOSED|1", "79304|OPEN|0"),
                InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select id, status, version from intake"
                        + " where id between 79301 and 79304 order by id"),
                "a page showing them before is told they changed; the published program's intake stays open");
        assertEquals(List.of("99301|INTAKE_STATUS|2030-08-25 Centre des Archives: OPEN → CLOSED|-",
                        "99301|INTAKE_STATUS|2030-09-25 Centre des Archives: FULL → CLOSED|-"),
                InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select subject_id, what, detail,"
                        + " coalesce(actor_id, '-') from staff_change where tenant_id = 7930 and subject = 'PROGRAM'"
                        + " and what = 'INTAKE_STATUS' order by detail"), "in the program's history, by no one");
    }

    /** After V99: an intake written before has its program's time of change, which moves no page's date in the sitemap. */
    static void anIntakeWrittenBeforeIsDatedByItsProgram(String url) throws Exception {
        assertEquals(List.of("79301|1", "79302|1", "79303|1", "79304|1"),
                InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select i.id, i.updated_at = p.updated_at"
                        + " from intake i join program p on p.id = i.program_id where i.id between 79301 and 79304"
                        + " order by i.id"));
    }
}
