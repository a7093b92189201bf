package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.List;

/**
 * What V89 does to the showcase's profiles a database holds ({@code EmbeddedDatabaseTest} migrates to V65, writes
 * {@link #before}, migrates the rest and checks): three live profiles of a centre that already share an address are
 * kept, numbered in the order they were posted, rather than failing the migration; from then on the database refuses a
 * profile, or an edit, that would give that address, or any other, to a second profile of the centre. Another centre's
 * profile at the same address, and withdrawn profiles (which keep none), are no one's duplicates.
 */
final class ShowcaseAddressesMigration {

    private static final long CENTRE = 7911;
    private static final long OTHER_CENTRE = 7912;
    private static final String SHARED = "meme.adresse@exemple.test";

    private ShowcaseAddressesMigration() {
    }

    /** Profiles as a race, or two spellings of one address made one by V76, could have left them. */
    static void before(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "tremplin", "tremplin");
             Statement statement = connection.createStatement()) {
            statement.execute("set foreign_key_checks = 0");
            statement.execute("insert into showcase_profile (id, tenant_id, status, email_normalized, language,"
                    + " submitted_at) values "
                    + "(9911, " + CENTRE + ", 'APPROVED', '" + SHARED + "', 'fr', '2025-01-01 10:00:00'), "
                    + "(9912, " + CENTRE + ", 'AWAITING_MODERATION', '" + SHARED + "', 'fr', '2025-02-01 10:00:00'), "
                    + "(9913, " + CENTRE + ", 'REFUSED', '" + SHARED + "', 'fr', '2025-01-15 10:00:00'), "
                    + "(9914, " + OTHER_CENTRE + ", 'APPROVED', '" + SHARED + "', 'fr', '2025-03-01 10:00:00'), "
                    + "(9915, " + CENTRE + ", 'WITHDRAWN', null, 'fr', '2025-01-02 10:00:00'), "
                    + "(9916, " + CENTRE + ", 'WITHDRAWN', null, 'fr', '2025-01-03 10:00:00'), "
                    + "(9917, " + CENTRE + ", 'APPROVED', 'autre.adresse@exemple.test', 'fr', '2025-01-04 10:00:00')");
        }
    }

    /** After V89: the profiles kept and numbered, and no new one sharing an address. */
    static void profilesSharingAnAddressAreKeptAndNoNewOneIs(String url) throws Exception {
        assertEquals(List.of("9911|0", "9912|2", "9913|1", "9914|0", "9915|0", "9916|0", "9917|0"),
                InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select id, email_repeat from showcase_profile"
                        + " where id between 9911 and 9917 order by id"),
                "the first posted keeps the address, the later ones numbered; another centre's and the withdrawn"
                        + " ones untouched");
        try (Connection connection = DriverManager.getConnection(url, "tremplin", "tremplin");
             Statement statement = connection.createStatement()) {
            statement.execute("set foreign_key_checks = 0");
            assertThrows(SQLIntegrityConstraintViolationException.class, () -> statement.execute(
                    "insert into showcase_profile (id, tenant_id, status, email_normalized, language, submitted_at)"
                            + " values (9918, " + CENTRE + ", 'AWAITING_MODERATION', '" + SHARED
                            + "', 'fr', now(6))"), "a new profile at the shared address");
            assertThrows(SQLIntegrityConstraintViolationException.class, () -> statement.execute(
                    "update showcase_profile set email_normalized = 'autre.adresse@exemple.test' where id = 9911"),
                    "an edit giving another profile's address");
            statement.execute("insert into showcase_profile (id, tenant_id, status, email_normalized, language,"
                    + " submitted_at) values (9918, " + CENTRE + ", 'AWAITING_MODERATION',"
                    + " 'nouvelle.adresse@exemple.test', 'fr', now(6))");
            statement.execute("delete from showcase_profile where id between 9911 and 9918");
        }
    }
}
