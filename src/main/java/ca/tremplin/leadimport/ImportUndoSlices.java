package ca.tremplin.leadimport;

import ca.tremplin.kernel.ClusterNode;
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
 * <p>The import's registrations are split into parts, consecutive ranges of ids ({@link #planParts}), which the
 * job undoes side by side: most of an undo's time is the database deleting rows and their index entries, one core
 * per statement, so two parts keep two of its cores at work. A part's checkpoint is its own row, locked by its
 * slices only; the counts on the import's row are updated last in each slice, so two parts wait for each other
 * only for the moment of a commit. A person is in one part only (an import registers each person once).
 *
 * <p>Plain JDBC, a fixed handful of statements per slice, like the import itself: every statement names the
 * import's tenant, so an undo can only ever touch its own centre's rows.
 */
@ApplicationScoped
public class ImportUndoSlices {

    /** Registrations (hence people) per slice. */
    static final int PER_SLICE = 2000;

    /** Parts undone side by side (the database server's cores that an undo may keep busy). */
    static final int PARTS = 2;

    @Resource(lookup = "java:jboss/datasources/TremplinDS")
    DataSource database;

    /** Where a part of the undo stands (its last registration done, its last one), and where the import's own rows begin. */
    private record Checkpoint(long cursor, long last, LaterTouches.Since since) {
    }

    private record Registration(long id, long leadId, boolean createdByImport) {
    }

    /**
     * Notes the job's execution on the import and, the first time, splits what is left to undo into parts of about
     * as many registrations each, in a transaction of its own before the first slice; returns the parts' numbers.
     * A new execution finds the parts made by an earlier one and goes on with each from its checkpoint.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Integer> planParts(long importId, long tenantId, long execution, int parts, int perSlice) {
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("update lead_import set undo_execution_id = ?"
                    + " where id = ? and tenant_id = ? and status = 'UNDOING'"
                    + " and (owner_node is null or owner_node = ?)")) {
                update.setLong(1, execution);
                update.setLong(2, importId);
                update.setLong(3, tenantId);
                update.setString(4, ClusterNode.name());
                if (update.executeUpdate() == 0) {
                    throw new IllegalStateException("Import " + importId + " is not being undone by this server");
                }
            }
            List<Integer> planned = partNumbers(connection, importId, tenantId);
            return planned.isEmpty() ? splitIntoParts(connection, importId, tenantId, parts, perSlice) : planned;
        } catch (SQLException failed) {
            throw new IllegalStateException("Undo of import " + importId + ": " + failed.getMessage(), failed);
        }
    }

    private static List<Integer> partNumbers(Connection connection, long importId, long tenantId)
            throws SQLException {
        List<Integer> numbers = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select part from lead_import_undo_part"
                + " where import_id = ? and tenant_id = ? order by part")) {
            query.setLong(1, importId);
            query.setLong(2, tenantId);
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    numbers.add(found.getInt(1));
                }
            }
        }
        return numbers;
    }

    /**
     * Ranges of registration ids with about as many of the import's registrations each, found by their ranks; the
     * first begins after the import's {@code undo_cursor} (where an undo begun by an earlier version stopped). No
     * more parts than slices: an import of a few rows is undone in one part.
     */
    private static List<Integer> splitIntoParts(Connection connection, long importId, long tenantId, int parts,
                                                int perSlice) throws SQLException {
        long after;
        long count;
        try (PreparedStatement query = connection.prepareStatement("select i.undo_cursor, (select count(*) from"
                + " event_registration r where r.import_id = i.id and r.tenant_id = i.tenant_id and r.id > i.undo_cursor)"
                + " from lead_import i where i.id = ? and i.tenant_id = ?")) {
            query.setLong(1, importId);
            query.setLong(2, tenantId);
            try (ResultSet found = query.executeQuery()) {
                found.next();
                after = found.getLong(1);
                count = found.getLong(2);
            }
        }
        int made = (int) Math.max(1, Math.min(parts, (count + perSlice - 1) / perSlice));
        List<Object[]> rows = new ArrayList<>();
        long first = after + 1;
        for (int part = 0; part < made; part++) {
            long last = part == made - 1 ? Long.MAX_VALUE
                    : registrationAtRank(connection, importId, tenantId, after, count * (part + 1) / made);
            rows.add(new Object[] {importId, part, tenantId, first, last, first - 1});
            first = last + 1;
        }
        SqlRows.batch(connection, "insert into lead_import_undo_part (import_id, part, tenant_id,"
                + " first_registration_id, last_registration_id, undo_cursor) values (?, ?, ?, ?, ?, ?)", rows);
        List<Integer> numbers = new ArrayList<>();
        for (int part = 0; part < made; part++) {
            numbers.add(part);
        }
        return numbers;
    }

    /** The id of the import's registration at this rank (1 the first) after the given id. */
    private static long registrationAtRank(Connection connection, long importId, long tenantId, long after,
                                           long rank) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select id from event_registration"
                + " where import_id = ? and tenant_id = ? and id > ? order by id limit 1 offset ?")) {
            query.setLong(1, importId);
            query.setLong(2, tenantId);
            query.setLong(3, after);
            query.setLong(4, Math.max(0, rank - 1));
            try (ResultSet found = query.executeQuery()) {
                return found.next() ? found.getLong(1) : Long.MAX_VALUE;
            }
        }
    }

    /** Undoes the next slice of a part; returns the registrations it dealt with (0 once the part is undone). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int undoNext(long importId, long tenantId, int part, Long actorId, Instant now, int perSlice) {
        try (Connection connection = database.getConnection()) {
            Checkpoint checkpoint = checkpoint(connection, importId, tenantId, part);
            List<Registration> slice = registrations(connection, importId, tenantId, checkpoint.cursor(),
                    checkpoint.last(), perSlice);
            if (slice.isEmpty()) {
                return 0;
            }
            // The event before the registrations, as every change of seats takes them: a seat given up, taken or
            // given to someone waiting at the same moment counts the seats before or after this slice frees them.
            lockEvent(connection, importId, tenantId);
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
            deleteOfLeads(connection, "delete from lead_event where import_id = ? and tenant_id = ? and lead_id in (%s)",
                    importId, tenantId, undoneLeads);
            deleteOfLeads(connection, "delete from lead_proposal where source = 'IMPORT' and source_ref = ?"
                    + " and tenant_id = ? and lead_id in (%s)", importId, tenantId, undoneLeads);
            giveBack(connection, importId, tenantId, actorId, now, joinedLeads);
            // The registrations' consents go with them (ON DELETE CASCADE, through the consents' index by
            // registration): a delete of its own by the registrations' ids was planned as a read of the whole
            // consent table, once per slice.
            deleteOfLeads(connection, "delete from event_registration where import_id = ? and tenant_id = ?"
                    + " and id in (%s)", importId, tenantId, registrationIds);
            deleteOfLeads(connection, "delete from `lead` where import_id = ? and tenant_id = ? and id in (%s)",
                    importId, tenantId, createdLeads);
            advance(connection, importId, tenantId, part, slice.get(slice.size() - 1).id(), slice.size(),
                    kept.size());
            return slice.size();
        } catch (SQLException failed) {
            throw new IllegalStateException("Undo of import " + importId + ": " + failed.getMessage(), failed);
        }
    }

    /**
     * The import's event locked until the slice commits, before its registrations are deleted: a registration online,
     * a seat given up from a link or by staff, the waiting list's seat-giving and the import's chunks lock it for
     * update before they count its seats ({@code event.EventRepository#lockAfterItsEvent}), so none of them counts the
     * seats while this slice is freeing some, and the order of the locks is the same everywhere. A shared lock: it
     * keeps those out as well, while the undo's parts, which delete registrations of their own only, go on side by
     * side.
     */
    private static void lockEvent(Connection connection, long importId, long tenantId) throws SQLException {
        // The import's row read without a lock: the slice updates its counts last, and two parts sharing a lock on it
        // would deadlock there.
        long eventId;
        try (PreparedStatement query = connection.prepareStatement("select event_id from lead_import"
                + " where id = ? and tenant_id = ?")) {
            query.setLong(1, importId);
            query.setLong(2, tenantId);
            try (ResultSet found = query.executeQuery()) {
                if (!found.next()) {
                    return;
                }
                eventId = found.getLong(1);
            }
        }
        try (PreparedStatement query = connection.prepareStatement("select id from event"
                + " where id = ? and tenant_id = ? lock in share mode")) {
            query.setLong(1, eventId);
            query.setLong(2, tenantId);
            query.executeQuery().close();
        }
    }

    /**
     * The part's checkpoint, read under a lock (two executions of one undo wait for each other instead of both
     * working on a part), and the import's start, read without one (the other parts' slices update its counts).
     */
    private static Checkpoint checkpoint(Connection connection, long importId, long tenantId, int part)
            throws SQLException {
        long cursor;
        long last;
        try (PreparedStatement query = connection.prepareStatement("select undo_cursor, last_registration_id"
                + " from lead_import_undo_part where import_id = ? and part = ? and tenant_id = ? for update")) {
            query.setLong(1, importId);
            query.setInt(2, part);
            query.setLong(3, tenantId);
            try (ResultSet found = query.executeQuery()) {
                if (!found.next()) {
                    throw new IllegalStateException("Import " + importId + " has no part " + part + " to undo");
                }
                cursor = found.getLong(1);
                last = found.getLong(2);
            }
        }
        return new Checkpoint(cursor, last, since(connection, importId, tenantId));
    }

    /** Where "since the import" begins, read without a lock (the parts' slices update the import's counts). */
    static LaterTouches.Since since(Connection connection, long importId, long tenantId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select created_at, undo_events_from,"
                + " undo_registrations_from from lead_import where id = ? and tenant_id = ? and status = 'UNDOING'")) {
            query.setLong(1, importId);
            query.setLong(2, tenantId);
            try (ResultSet found = query.executeQuery()) {
                if (!found.next()) {
                    throw new IllegalStateException("Import " + importId + " is not being undone");
                }
                return new LaterTouches.Since(found.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        found.getLong(2), found.getLong(3));
            }
        }
    }

    private static List<Registration> registrations(Connection connection, long importId, long tenantId,
                                                    long after, long last, int perSlice) throws SQLException {
        List<Registration> slice = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select r.id, r.lead_id,"
                + " coalesce(l.import_id = r.import_id, false) from event_registration r join `lead` l on l.id = r.lead_id"
                + " and l.tenant_id = r.tenant_id where r.import_id = ? and r.tenant_id = ? and r.id > ? and r.id <= ?"
                + " order by r.id limit ?")) {
            query.setLong(1, importId);
            query.setLong(2, tenantId);
            query.setLong(3, after);
            query.setLong(4, last);
            query.setInt(5, perSlice);
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    slice.add(new Registration(found.getLong(1), found.getLong(2), found.getBoolean(3)));
                }
            }
        }
        return slice;
    }

    static void keep(Connection connection, long importId, long tenantId, Map<Long, LaterTouches.Touch> kept)
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
    static void giveBack(Connection connection, long importId, long tenantId, Long actorId, Instant now,
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
                        updates.computeIfAbsent(field, f -> new ArrayList<>()).add(field == JoinedLeadDetails.Field.EMAIL
                                ? new Object[] {before, ca.tremplin.person.ContactDetails.normalizeEmail(before), leadId,
                                        tenantId, filled}
                                : new Object[] {before, leadId, tenantId, filled});
                        audits.add(new Object[] {tenantId, leadId, actorId, field.name(), filled, before, now,
                                JoinedLeadDetails.SOURCE, importId});
                    }
                }
            }
        }
        for (Map.Entry<JoinedLeadDetails.Field, List<Object[]>> field : updates.entrySet()) {
            String column = field.getKey().column;
            // An address given back takes its key with it (a lead without e-mail has none).
            SqlRows.batch(connection, "update `lead` set " + column + " = ?, "
                    + (field.getKey() == JoinedLeadDetails.Field.EMAIL ? "email_normalized = ?, " : "")
                    + "version = version + 1 where id = ? and tenant_id = ? and " + column + " = ?", field.getValue());
        }
        SqlRows.insert(connection, "lead_audit", List.of("tenant_id", "lead_id", "actor_id", "field", "old_value",
                "new_value", "changed_at", "source", "source_ref"), audits);
    }

    /** The part's checkpoint, then the import's counts: the one row the parts share is locked last. */
    private static void advance(Connection connection, long importId, long tenantId, int part, long cursor, int done,
                                int kept) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update lead_import_undo_part set undo_cursor = ?"
                + " where import_id = ? and part = ? and tenant_id = ?")) {
            update.setLong(1, cursor);
            update.setLong(2, importId);
            update.setInt(3, part);
            update.setLong(4, tenantId);
            update.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("update lead_import set"
                + " undo_done = undo_done + ?, undo_kept = undo_kept + ?, heartbeat_at = now(3)"
                // Only the server that owns the undo commits its slices: one that was taken over while it paused
                // finds no row here and rolls its slice back (ImportOwnership), as an import's chunk does.
                + " where id = ? and tenant_id = ? and (owner_node is null or owner_node = ?)")) {
            update.setInt(1, done);
            update.setInt(2, kept);
            update.setLong(3, importId);
            update.setLong(4, tenantId);
            update.setString(5, ClusterNode.name());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("Import " + importId + " is undone by another server now");
            }
        }
    }

    /** A delete of the import's rows of the tenant by a list of ids, slice by slice. */
    static void deleteOfLeads(Connection connection, String sql, long importId, long tenantId,
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
