package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/**
 * What V106 does to the hashes of addresses and e-mails a database holds ({@code EmbeddedDatabaseTest} migrates to
 * V103, writes {@link #before}, migrates the rest and checks): a table V101 listed to rekey, which no server rekeyed
 * yet, holds plain hashes; one rekeyed (no longer listed) holds keyed ones. Each row says so from then on, and the
 * list is gone.
 */
final class KeyedHashMarksMigration {

    private static final String PLAIN = "a1".repeat(32);
    private static final String KEYED = "b2".repeat(32);

    private KeyedHashMarksMigration() {
    }

    static void before(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "tremplin", "tremplin");
             Statement statement = connection.createStatement()) {
            // Still listed: written before V101, plain.
            statement.execute("insert into rate_limit_count (limit_key, window_start, attempts) values ('" + PLAIN
                    + "', '2026-12-07 10:00:00', 2)");
            statement.execute("insert into showcase_report (tenant_id, profile_id, reason, reported_at, reporter_key)"
                    + " values (7911, 9911, 'Faux', '2026-12-07 10:00:00', '"
                    + PLAIN + "')");
            // Rekeyed by a server of V101: keyed.
            statement.execute("delete from unkeyed_hash_column where table_name = 'sign_in_failure'");
            statement.execute("insert into sign_in_failure (failure_key, failures, last_failure) values ('" + KEYED
                    + "', 3, '2026-12-07 10:00:00')");
        }
    }

    static void eachHashSaysWhetherItIsKeyedAndTheListIsGone(String url) throws Exception {
        assertEquals(List.of(PLAIN + "|0"), InvitedInterviewsAndMergedOptOutsMigration.rows(url,
                "select limit_key, keyed_hash from rate_limit_count"), "plain, rekeyed at the next start");
        assertEquals(List.of(PLAIN + "|0"), InvitedInterviewsAndMergedOptOutsMigration.rows(url,
                "select reporter_key, keyed_hash from showcase_report where reporter_key is not null"));
        assertEquals(List.of(KEYED + "|1"), InvitedInterviewsAndMergedOptOutsMigration.rows(url,
                "select failure_key, keyed_hash from sign_in_failure"), "keyed: never hashed again");
        assertEquals(List.of("0"), InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select count(*) from"
                + " information_schema.tables where table_schema = database() and table_name = 'unkeyed_hash_column'"));
    }
}
