package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.InServerTest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An upgrade to V101: the brakes' counts kept under a plain SHA-256 of an address are rekeyed as the server starts,
 * and go on counting under the keyed hash of the same address; no plain SHA-256 of it is left, and the next start
 * rekeys nothing.
 */
class UnkeyedHashesRekeyedIT extends InServerTest {

    @Inject
    UnkeyedHashesRekeyed rekeying;

    @Inject
    RateLimitCounts counts;

    @Inject
    ca.tremplin.security.SignInFailureCounts failures;

    @Resource(lookup = "java:jboss/datasources/TremplinDS")
    DataSource database;

    @Test
    void aCountKeptUnkeyedGoesOnUnderTheKeyedHashAndNoPlainHashIsLeft() throws SQLException {
        String key = "inquiry:198.51.100." + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime hour = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        // What a server before V101 left: two attempts under the plain SHA-256, the column listed to rekey.
        try (Connection connection = database.getConnection();
             PreparedStatement before = connection.prepareStatement(
                     "insert into rate_limit_count (limit_key, window_start, attempts) values (?, ?, 2)");
             Statement listed = connection.createStatement()) {
            before.setString(1, KeyedHashes.unkeyed(key));
            before.setObject(2, hour);
            before.executeUpdate();
            listed.executeUpdate("insert into unkeyed_hash_column (table_name, column_name)"
                    + " values ('rate_limit_count', 'limit_key')");
        }

        assertTrue(rekeying.rekeyAcrossAllTenants() >= 1);

        assertEquals(0, count("select count(*) from rate_limit_count where limit_key = '"
                + KeyedHashes.unkeyed(key) + "'"), "no plain SHA-256 of the address is left");
        assertEquals(0, count("select count(*) from unkeyed_hash_column"));
        assertEquals(3, counts.countAttempt(key, hour), "the third attempt of the hour, counted under the keyed hash");
        assertEquals(0, rekeying.rekeyAcrossAllTenants(), "the next start finds nothing to rekey");
    }

    /**
     * A rolling upgrade: a server from before V101 still runs after the new one rekeyed, and counts under the plain
     * SHA-256. Its attempts count with the keyed ones, so a guesser spread over old and new servers gains nothing.
     */
    @Test
    void attemptsAnOlderServerCountsUnkeyedAfterTheRekeyCountWithTheKeyedOnes() throws SQLException {
        String key = "inquiry:203.0.113." + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime hour = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        rekeying.rekeyAcrossAllTenants();
        assertEquals(1, counts.countAttempt(key, hour), "the new server's first attempt");
        try (Connection connection = database.getConnection();
             PreparedStatement older = connection.prepareStatement(
                     "insert into rate_limit_count (limit_key, window_start, attempts) values (?, ?, 2)")) {
            older.setString(1, KeyedHashes.unkeyed(key));
            older.setObject(2, hour);
            older.executeUpdate();
        }

        try {
            assertEquals(4, counts.countAttempt(key, hour), "one and two on the older server, and this one");
        } finally {
            // Both forms of this address's count are left by the test; the rekey of the first test reads every value
            // of the column listed (as V101 left them all plain) and would meet this plain one beside its keyed form.
            try (Connection connection = database.getConnection();
                 PreparedStatement bothForms = connection.prepareStatement(
                         "delete from rate_limit_count where limit_key in (?, ?, ?)")) {
                bothForms.setString(1, KeyedHashes.unkeyed(key));
                bothForms.setString(2, KeyedHashes.hash(key));
                bothForms.setString(3, KeyedHashes.rekeyed(KeyedHashes.unkeyed(key)));
                bothForms.executeUpdate();
            }
        }
    }

    /**
     * The same for wrong passwords: the failures an older server kept unkeyed are read with the keyed ones, folded
     * into them at the next failure (no plain SHA-256 of the account is left), and cleared with them.
     */
    @Test
    void failuresAnOlderServerKeepsUnkeyedAreReadFoldedAndClearedWithTheKeyedOnes() throws SQLException {
        String key = "account:lea." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.ca";
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        failures.recordFailure(List.of(key), now, Duration.ofMinutes(15));
        try (Connection connection = database.getConnection();
             PreparedStatement older = connection.prepareStatement(
                     "insert into sign_in_failure (failure_key, failures, last_failure) values (?, 3, ?)")) {
            older.setString(1, KeyedHashes.unkeyed(key));
            older.setObject(2, LocalDateTime.ofInstant(now.plusSeconds(1), ZoneOffset.UTC));
            older.executeUpdate();
        }

        assertEquals(4, failures.read(List.of(key)).get(key).failures(), "one here, three on the older server");
        failures.recordFailure(List.of(key), now.plusSeconds(2), Duration.ofMinutes(15));
        assertEquals(5, failures.read(List.of(key)).get(key).failures());
        assertEquals(0, count("select count(*) from sign_in_failure where failure_key = '"
                + KeyedHashes.unkeyed(key) + "'"), "folded into the keyed count");

        try (Connection connection = database.getConnection();
             PreparedStatement older = connection.prepareStatement(
                     "insert into sign_in_failure (failure_key, failures, last_failure) values (?, 2, ?)")) {
            older.setString(1, KeyedHashes.unkeyed(key));
            older.setObject(2, LocalDateTime.ofInstant(now.plusSeconds(3), ZoneOffset.UTC));
            older.executeUpdate();
        }
        failures.clear(List.of(key));
        assertTrue(failures.read(List.of(key)).isEmpty(), "the right password clears both forms");
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
