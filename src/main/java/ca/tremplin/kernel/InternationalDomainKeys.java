package ca.tremplin.kernel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V66, in Java since no SQL decodes punycode: the addresses stored with a domain written in ASCII for
 * Unicode ("élève@xn--cole-9oa.ca") are known from now on by the domain in Unicode ("élève@école.ca",
 * {@link EmailAddresses#withUnicodeDomain}), the form people type and most keys were already in. Every other key
 * keeps its meaning and is left alone; those are found by the "xn--" they hold.
 *
 * <p>A centre where two records hold the same person under both forms (they could not be told apart until now, and
 * one centre never has two records of one key) keeps both as they are, for its staff to merge: re-keying one onto the
 * other's key would break the centre's unique key, and neither is the other's to absorb here. Their unsubscribings
 * are made to hold for both forms, so that the person's word reaches both records. Every other centre's rows, and the
 * rows every centre shares (requests, their consents, access requests, preference links), take the Unicode form; a
 * row that would then repeat another under a unique key (an event's two registrations of the person, the same
 * unsubscribing twice) keeps its old form rather than fail the migration. The outbox's recipients follow, the
 * erasure and the export of a person's data finding their mail by the key.
 */
public final class InternationalDomainKeys implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(InternationalDomainKeys.class.getName());

    /** The tables that hold an address key for one centre ({@code tenant_id}). */
    static final List<String> CENTRE_TABLES = List.of("`lead`", "event_registration", "consent_change",
            "mail_opt_out", "unsubscribe_link", "showcase_profile");
    /** The tables whose address keys no centre owns alone. */
    static final List<String> SHARED_TABLES = List.of("inquiry", "consent_record", "access_request",
            "preference_link");

    /** Only keys whose domain holds an ASCII-compatible label can change: the rest are read past by the index. */
    private static final String ACE = "%@%xn--%";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("66");
    }

    @Override
    public String getDescription() {
        return "international domains in unicode";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        int rekeyed = rekey(context.getConnection());
        LOG.info(() -> rekeyed + " address keys written with their domain in Unicode");
    }

    /** Rewrites the keys; returns how many rows changed. */
    static int rekey(Connection db) throws SQLException {
        int changed = 0;
        // Per centre, each key once, whichever table holds it.
        Map<CentreKey, String> centreKeys = new LinkedHashMap<>();
        for (String table : CENTRE_TABLES) {
            for (Object[] row : changing(db, "select distinct tenant_id, email_normalized from " + table
                    + " where email_normalized like ?")) {
                centreKeys.put(new CentreKey(((Number) row[0]).longValue(), (String) row[1]), (String) row[2]);
            }
        }
        for (Map.Entry<CentreKey, String> entry : centreKeys.entrySet()) {
            long centre = entry.getKey().tenantId();
            String old = entry.getKey().key();
            String key = entry.getValue();
            if (leadHolds(db, centre, old) && leadHolds(db, centre, key)) {
                changed += optOutCopied(db, centre, old, key) + optOutCopied(db, centre, key, old);
                continue;
            }
            for (String table : CENTRE_TABLES) {
                changed += update(db, "update ignore " + table + " set email_normalized = ? where tenant_id = ?"
                        + " and email_normalized = ?", key, centre, old);
            }
        }
        for (String table : SHARED_TABLES) {
            for (Object[] row : changing(db, "select distinct email_normalized from " + table
                    + " where email_normalized like ?")) {
                changed += update(db, "update ignore " + table + " set email_normalized = ?"
                        + " where email_normalized = ?", row[1], row[0]);
            }
        }
        // The recipient keeps the case it was written with. A centre's mail to a record left under the old key (one
        // of a person's two records) keeps the old form with it.
        for (Object[] row : changing(db, "select id, tenant_id, recipient from outbox_message"
                + " where recipient like ?")) {
            if (row[1] == null || !leadHolds(db, ((Number) row[1]).longValue(),
                    ((String) row[2]).toLowerCase(java.util.Locale.ROOT))) {
                changed += update(db, "update outbox_message set recipient = ? where id = ?", row[3],
                        ((Number) row[0]).longValue());
            }
        }
        return changed;
    }

    /**
     * The rows a query finds (its one parameter, the pattern of a domain with an ASCII-compatible label) whose last
     * column, an address, reads otherwise with its domain in Unicode; each with that new form after its columns.
     */
    private static List<Object[]> changing(Connection db, String sql) throws SQLException {
        List<Object[]> changing = new ArrayList<>();
        for (Object[] row : rows(db, sql, ACE)) {
            String old = (String) row[row.length - 1];
            String renamed = EmailAddresses.withUnicodeDomain(old);
            if (!renamed.equals(old)) {
                Object[] withNew = java.util.Arrays.copyOf(row, row.length + 1);
                withNew[row.length] = renamed;
                changing.add(withNew);
            }
        }
        return changing;
    }

    private record CentreKey(long tenantId, String key) {
    }

    private static boolean leadHolds(Connection db, long centre, String key) throws SQLException {
        return !rows(db, "select id from `lead` where tenant_id = ? and email_normalized = ?", centre, key).isEmpty();
    }

    /** The centre's unsubscribing at one form of the address, made to hold at the other too. */
    private static int optOutCopied(Connection db, long centre, String from, String to) throws SQLException {
        return update(db, "insert ignore into mail_opt_out (tenant_id, email_normalized, opted_out_at, channel,"
                + " ip_address) select tenant_id, ?, opted_out_at, channel, ip_address from mail_opt_out"
                + " where tenant_id = ? and email_normalized = ?", to, centre, from);
    }

    private static List<Object[]> rows(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(db, sql, parameters); ResultSet found = statement.executeQuery()) {
            List<Object[]> rows = new ArrayList<>();
            int columns = found.getMetaData().getColumnCount();
            while (found.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = found.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static int update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(db, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
