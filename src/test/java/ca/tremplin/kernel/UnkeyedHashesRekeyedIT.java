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
 * and go on counting under the keyed hash of the same address; no plain SHA-256 of it is left, a hash already keyed is
 * never hashed again, and the next start rekeys nothing. A showcase report's plain hash, which nobody looks up, is
 * rekeyed at the next start too.
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
    void aCountKeptUnkeyedGoesOnUnderTheKeyedHashAndAKeyedOneIsNotHashedAgain() throws SQLException {
        String key = "inquiry:198.51.100." + UUID.randomUUID().toString().substring(0, 8);
        String alreadyKeyed = "inquiry:198.51.101." + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime hour = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        assertEquals(1, counts.countAttempt(alreadyKeyed, hour), "counted under the keyed hash, before the rekey");
        // What a server before V101 leaves: two attempts under the plain SHA-256 (it does not name keyed_hash).
        try (Connection connection = database.getConnection();
             PreparedStatement before = connection.prepareStatement(
                     "insert into rate_limit_count (limit_key, window_start, attempts) values (?, ?, 2)")) {
            before.setString(1, KeyedHashes.unkeyed(key));
            before.setObject(2, hour);
            before.executeUpdate();
        }

        assertTrue(rekeying.rekeyAcrossAllTenants() >= 1);

        assertEquals(0, count("select count(*) from rate_limit_count where limit_key = '"
                + KeyedHashes.unkeyed(key) + "'"), "no plain SHA-256 of the address is left");
        assertEquals(1, count("select count(*) from rate_limit_count where keyed_hash and limit_key = '"
                + KeyedHashes.hash(alreadyKeyed) + "'"), "the keyed hash is left as it was, not keyed twice");
        assertEquals(3, counts.countAttempt(key, hour), "the third attempt of the hour, counted under the keyed hash");
        assertEquals(2, counts.countAttempt(alreadyKeyed, hour), "the keyed count goes on");
        assertEquals(0, rekeying.rekeyAcrossAllTenants(), "the next start finds nothing to rekey");
        assertEquals(1, count("select count(*) from rate_limit_count where limit_key = '"
                + KeyedHashes.hash(alreadyKeyed) + "'"), "nor does it touch the keyed hash");
    }

    /**
     * A report a server from before V101 wrote: nobody looks it up again, yet its reporter is rekeyed at the next start
     * (once: a report written since, keyed, is left as it is).
     */
    @Test
    void aShowcaseReportsPlainHashIsRekeyedAtStartAndAKeyedOneIsLeft() throws SQLException {
        String text = "showcase-report:1:2026-12-07:address:192.0.2." + UUID.randomUUID().toString().substring(0, 8);
        String keyed = KeyedHashes.hash("showcase-report:2:2026-12-07:address:" + UUID.randomUUID());
        long plainReport;
        long keyedReport;
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            long tenant = single(sql, "select min(id) from tenant");
            sql.execute("insert into showcase_profile (tenant_id, status, display_name, email_normalized, language,"
                    + " submitted_at) values (" + tenant + ", 'AWAITING_MODERATION', 'Zoé',"
                    + " 'zoe.rekey." + UUID.randomUUID().toString().substring(0, 8) + "@example.org', 'fr', now(6))");
            long profile = single(sql, "select max(id) from showcase_profile");
            sql.execute("insert into showcase_report (tenant_id, profile_id, reason, reported_at, reporter_key)"
                    + " values (" + tenant + ", " + profile + ", 'Faux', now(6), '" + KeyedHashes.unkeyed(text) + "')");
            plainReport = single(sql, "select max(id) from showcase_report");
            sql.execute("insert into showcase_report (tenant_id, profile_id, reason, reported_at, reporter_key,"
                    + " keyed_hash) values (" + tenant + ", " + profile + ", 'Faux', now(6), '" + keyed + "', true)");
            keyedReport = single(sql, "select max(id) from showcase_report");
        }

        rekeying.rekeyAcrossAllTenants();
        rekeying.rekeyAcrossAllTenants();

        assertEquals(1, count("select count(*) from showcase_report where keyed_hash and id = " + plainReport
                + " and reporter_key = '" + KeyedHashes.hash(text) + "'"), "rekeyed once, and said keyed");
        assertEquals(1, count("select count(*) from showcase_report where id = " + keyedReport
                + " and reporter_key = '" + keyed + "'"), "a keyed hash is never hashed again");
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
            // The other tests' rekey would fold this plain count into the keyed one: each test reads its own rows.
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

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
