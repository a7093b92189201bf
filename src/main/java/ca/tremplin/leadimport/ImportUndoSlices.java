package ca.tremplin.leadimport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Undoes an import one slice at a time, each slice in a transaction of its own: the next registrations the import
 * wrote (in id order, after the undo's checkpoint), and with them their people. A person someone else touched since
 * ({@link LaterTouches}) is kept whole and listed with the reason; for the others, their consents, the import's
 * timeline lines and proposals, and the registration go, a lead the import created goes with them, and a lead it
 * joined gets back the values the import filled (its audit lines tell the values before), with an audit line of its
 * own. The checkpoint and the counts move in the same transaction, so a job resumed after a failure or a restart
 * goes on after the last slice committed, and a slice is never undone twice.
 *
 * <p>Plain JDBC, a fixed handful of statements per slice, like the import itself: every statement names the
 * import's tenant, so an undo can only ever touch its own centre's rows.
 */
@ApplicationScoped
public class ImportUndoSlices {

    /** Registrations (hence people) per slice. */
    static final int PER_SLICE = 2000;

    @Resource(lookup = "java:jboss/datasources/TremplinDS")
    DataSource database;

    /** What the undo did so far, as its checkpoint says, and where the import's own rows begin. */
    private record Checkpoint(long cursor, LaterTouches.Since since) {
    }

    private record Registration(long id, long leadId, boolean createdByImport) {
    }

    /** Notes the job's execution on the import, in a transaction of its own before the first slice. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordExecution(long importId, long tenantId, long execution) {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("update lead_import set undo_execution_id = ?"
                     + " where id = ? and tenant_id = ?")) {
            update.setLong(1, execution);
            update.setLong(2, importId);
            update.setLong(3, tenantId);
            update.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("Undo of import " + importId + ": " + failed.getMessage(), failed);
        }
    }

    /** Undoes the next slice; returns the registrations it dealt with (0 once the import is undone). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int undoNext(long importId, long tenantId, Long actorId, Instant now, int perSlice) {
        try (Connection connection = database.getConnection()) {
            Checkpoint checkpoint = checkpoint(connection, importId, tenantId);
            List<Registration> slice = registrations(connection, importId, tenantId, checkpoint.cursor(), perSlice);
            if (slice.isEmpty()) {
                return 0;
            }
            Set<Long> leads = new LinkedHashSet<>();
            slice.forEach(registration -> leads.add(registration.leadId()));
            Map<Long, LaterTouches.Touch> kept = LaterTouches.of(connection, tenantId, importId,
                    checkpoint.since(), leads);
            keep(connection, importId, tenantId, kept);

            List<Long> registrationIds = new ArrayList<>();
            Set<Long> undoneLeads = new LinkedHashSet<>();
            List<Long> createdLeads = new ArrayList<>();
            List<Long> joinedLeads = new ArrayList<>();
            for (Registration registration : slice) {
                if (kept.containsKey(registration.leadId())) {
                    continue;
                }
                registrationIds.add(registration.id());
                if (undoneLeads.add(registration.leadId())) {
                    (registration.createdByImport() ? createdLeads : joinedLeads).add(registration.leadId());
                }
            }
            delete(connection, "delete from consent_record where event_registration_id in (%s)", registrationIds);
            deleteOfLeads(connection, "delete from lead_event where import_id = ? and tenant_id = ? and lead_id in (%s)",
                    importId, tenantId, undoneLeads);
            deleteOfLeads(connection, "delete from lead_proposal where source = 'IMPORT' and source_ref = ?"
                    + " and tenant_id = ? and lead_id in (%s)", importId, tenantId, undoneLeads);
            giveBack(connection, importId, tenantId, actorId, now, joinedLeads);
            deleteOfLeads(connection, "delete from event_registration where import_id = ? and tenant_id = ?"
                    + " and id in (%s)", importId, tenantId, registrationIds);
            deleteOfLeads(connection, "delete from `lead` where import_id = ? and tenant_id = ? and id in (%s)",
                    importId, tenantId, createdLeads);
            advance(connection, importId, tenantId, slice.get(slice.size() - 1).id(), slice.size(), kept.size());
            return slice.size();
        } catch (SQLException failed) {
            throw new IllegalStateException("Undo of import " + importId + ": " + failed.getMessage(), failed);
        }
    }

    /** The checkpoint, read under a lock: two executions of one undo wait for each other instead of both working. */
    private static Checkpoint checkpoint(Connection connection, long importId, long tenantId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select undo_cursor, created_at, undo_events_from,"
                + " undo_registrations_from from lead_import"
                + " where id = ? and tenant_id = ? and status = 'UNDOING' for update")) {
            query.setLong(1, importId);
            query.setLong(2, tenantId);
            try (ResultSet found = query.executeQuery()) {
                if (!found.next()) {
                    throw new IllegalStateException("Import " + importId + " is not being undone");
                }
                return new Checkpoint(found.getLong(1), new LaterTouches.Since(
                        found.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), found.getLong(3),
                        found.getLong(4)));
            }
        }
    }

    private static List<Registration> registrations(Connection connection, long importId, long tenantId,
                                                    long after, int perSlice) throws SQLException {
        List<Registration> slice = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select r.id, r.lead_id,"
                + " coalesce(l.import_id = r.import_id, false) from event_registration r join `lead` l on l.id = r.lead_id"
                + " and l.tenant_id = r.tenant_id where r.import_id = ? and r.tenant_id = ? and r.id > ?"
                + " order by r.id limit ?")) {
            query.setLong(1, importId);
            query.setLong(2, tenantId);
            query.setLong(3, after);
            query.setInt(4, perSlice);
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    slice.add(new Registration(found.getLong(1), found.getLong(2), found.getBoolean(3)));
                }
            }
        }
        return slice;
    }

    private static void keep(Connection connection, long importId, long tenantId, Map<Long, LaterTouches.Touch> kept)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        kept.forEach((leadId, touch) -> rows.add(new Object[] {importId, leadId, tenantId, touch.reason().name(),
                touch.at()}));
        SqlRows.batch(connection, "insert ignore into lead_import_kept (import_id, lead_id, tenant_id, reason, since)"
                + " values (?, ?, ?, ?, ?)", rows);
    }

    /**
     * The values the import filled on the joined leads, given back where they still hold what the import wrote:
     * one batch per field, and an audit line for each value given back.
     */
    private static void giveBack(Connection connection, long importId, long tenantId, Long actorId, Instant now,
                                 List<Long> joinedLeads) throws SQLException {
        if (joinedLeads.isEmpty()) {
            return;
        }
        Map<JoinedLeadDetails.Field, List<Object[]>> updates = new EnumMap<>(JoinedLeadDetails.Field.class);
        List<Object[]> audits = new ArrayList<>();
        for (List<Long> slice : SqlRows.slices(joinedLeads)) {
            try (PreparedStatement query = connection.prepareStatement("select lead_id, field, old_value, new_value"
                    + " from lead_audit where tenant_id = ? and lead_id in (" + SqlRows.placeholders(slice.size())
                    + ") and source = 'IMPORT' and source_ref = ? order by id")) {
                int p = 1;
                query.setLong(p++, tenantId);
                for (Long id : slice) {
                    query.setLong(p++, id);
                }
                query.setLong(p, importId);
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        JoinedLeadDetails.Field field = JoinedLeadDetails.Field.valueOf(found.getString(2));
                        long leadId = found.getLong(1);
                        String before = found.getString(3);
                        String filled = found.getString(4);
                        updates.computeIfAbsent(field, f -> new ArrayList<>())
                                .add(new Object[] {before, leadId, tenantId, filled});
                        audits.add(new Object[] {tenantId, leadId, actorId, field.name(), filled, before, now,
                                JoinedLeadDetails.SOURCE, importId});
                    }
                }
            }
        }
        for (Map.Entry<JoinedLeadDetails.Field, List<Object[]>> field : updates.entrySet()) {
            String column = field.getKey().column;
            SqlRows.batch(connection, "update `lead` set " + column + " = ?, version = version + 1"
                    + " where id = ? and tenant_id = ? and " + column + " = ?", field.getValue());
        }
        SqlRows.insert(connection, "lead_audit", List.of("tenant_id", "lead_id", "actor_id", "field", "old_value",
                "new_value", "changed_at", "source", "source_ref"), audits);
    }

    private static void advance(Connection connection, long importId, long tenantId, long cursor, int done, int kept)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update lead_import set undo_cursor = ?,"
                + " undo_done = undo_done + ?, undo_kept = undo_kept + ? where id = ? and tenant_id = ?")) {
            update.setLong(1, cursor);
            update.setInt(2, done);
            update.setInt(3, kept);
            update.setLong(4, importId);
            update.setLong(5, tenantId);
            update.executeUpdate();
        }
    }

    /** A delete by a list of ids, slice by slice. */
    private static void delete(Connection connection, String sql, List<Long> ids) throws SQLException {
        for (List<Long> slice : SqlRows.slices(ids)) {
            try (PreparedStatement delete = connection.prepareStatement(
                    String.format(sql, SqlRows.placeholders(slice.size())))) {
                for (int i = 0; i < slice.size(); i++) {
                    delete.setLong(i + 1, slice.get(i));
                }
                delete.executeUpdate();
            }
        }
    }

    /** A delete of the import's rows of the tenant by a list of ids, slice by slice. */
    private static void deleteOfLeads(Connection connection, String sql, long importId, long tenantId,
                                      java.util.Collection<Long> ids) throws SQLException {
        for (List<Long> slice : SqlRows.slices(ids)) {
            try (PreparedStatement delete = connection.prepareStatement(
                    String.format(sql, SqlRows.placeholders(slice.size())))) {
                delete.setLong(1, importId);
                delete.setLong(2, tenantId);
                for (int i = 0; i < slice.size(); i++) {
                    delete.setLong(i + 3, slice.get(i));
                }
                delete.executeUpdate();
            }
        }
    }
}
