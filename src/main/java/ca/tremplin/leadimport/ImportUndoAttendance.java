package ca.tremplin.leadimport;

import ca.tremplin.event.EventRegistration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The undo's last step: the attendance an import added to registrations it did not make (people registered before
 * it; {@code lead_import_attendance}) is given back — the mark of presence it set, the minutes it added, its
 * timeline lines on the person, the values it filled on their record and the ones it proposed (also for a person
 * the import only gave another phone, recorded there with no attendance) — unless someone else touched the person
 * since ({@link LaterTouches}), who is then
 * kept and listed like the others. A slice at a time, each in a transaction of its own; the rows dealt with are
 * deleted with the slice, so a resumed undo goes on with those left.
 */
@ApplicationScoped
public class ImportUndoAttendance {

    @Resource(lookup = "java:jboss/datasources/TremplinDS")
    DataSource database;

    /**
     * What the import added to a registration; {@code restoredCancelledAt}, the cancellation it undid, if any, and
     * {@code restoredWaitlistedAt}, when the person had joined the waiting list, if what it restored was a place there.
     */
    private record Added(long registrationId, long leadId, boolean markedPresent, int minutes,
                         java.time.LocalDateTime restoredCancelledAt, java.time.LocalDateTime restoredWaitlistedAt) {
    }

    /** Gives back the next slice; returns the registrations it dealt with (0 once none is left). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int giveBackNext(long importId, long tenantId, Long actorId, java.time.Instant now, int perSlice) {
        try (Connection connection = database.getConnection()) {
            // The event first, then the slice's registrations (next), as every change of seats takes them.
            int step = lockEvent(connection, importId, tenantId, now);
            List<Added> slice = next(connection, importId, tenantId, perSlice);
            if (slice.isEmpty()) {
                return withdrawLeftovers(connection, importId, tenantId, actorId, now, perSlice);
            }
            Set<Long> leads = new LinkedHashSet<>();
            slice.forEach(added -> leads.add(added.leadId()));
            Map<Long, LaterTouches.Touch> kept = LaterTouches.of(connection, tenantId, importId,
                    ImportUndoSlices.since(connection, importId, tenantId), leads);
            ImportUndoSlices.keep(connection, importId, tenantId, kept);
            List<Object[]> givenBack = new ArrayList<>();
            List<Object[]> cancelledAgain = new ArrayList<>();
            Set<Long> undoneLeads = new LinkedHashSet<>();
            for (Added added : slice) {
                if (!kept.containsKey(added.leadId())) {
                    if (added.markedPresent() || added.minutes() > 0) {
                        givenBack.add(new Object[] {added.markedPresent(), added.minutes(), added.minutes(),
                                added.registrationId(), tenantId});
                    }
                    if (added.restoredCancelledAt() != null) {
                        cancelledAgain.add(new Object[] {added.restoredCancelledAt(), added.restoredWaitlistedAt(),
                                step, added.registrationId(), tenantId, added.markedPresent()});
                    }
                    undoneLeads.add(added.leadId());
                }
            }
            // A seat the import restored is given up again, as it was before the list came; a place on the waiting
            // list it turned into a seat is left, as the event's end leaves it. The person's calendar sequence moves
            // on as a seat given up moves it (calendarStep), never back to what it was: a file sent to them since
            // the import carries the higher one. A person whose presence the import did not mark — recorded before
            // it, by a check-in — came, and keeps the seat (event.EventRegistration.hasCome).
            SqlRows.batch(connection, "update event_registration set status = 'CANCELLED', cancelled_at = ?,"
                    + " waitlisted_at = ?, calendar_sequence_offset = calendar_sequence_offset + ?,"
                    + " version = version + 1 where id = ? and tenant_id = ? and status = 'REGISTERED'"
                    + " and (attended_at is null or ?)", cancelledAgain);
            SqlRows.batch(connection, "update event_registration set"
                    + " attended_at = case when ? then null else attended_at end,"
                    + " attended_minutes = case when ? > 0 then nullif(attended_minutes - ?, 0) else attended_minutes end,"
                    + " version = version + 1 where id = ? and tenant_id = ?", givenBack);
            // What the list filled on these people (a phone their record lacked) goes back with their attendance, and
            // what it proposed is withdrawn, as for the people the list registered.
            withdrawFrom(connection, importId, tenantId, actorId, now, new ArrayList<>(undoneLeads));
            List<Object[]> dealtWith = new ArrayList<>();
            slice.forEach(added -> dealtWith.add(new Object[] {importId, added.registrationId()}));
            SqlRows.batch(connection, "delete from lead_import_attendance where import_id = ? and registration_id = ?",
                    dealtWith);
            countKept(connection, importId, tenantId, kept.size());
            return slice.size();
        } catch (SQLException failed) {
            throw new IllegalStateException("Undo of import " + importId + ": " + failed.getMessage(), failed);
        }
    }

    /**
     * The people on whom the import still has proposals or timeline lines once its registrations and the attendance
     * it added are dealt with: those an import made before such people were recorded here touched without
     * registering them (another phone for someone registered already). Their proposals and lines are withdrawn and
     * what it filled given back, unless someone else touched them since; returns how many people were dealt with (0
     * once none is left: a kept person is listed, and not looked at again).
     */
    private static int withdrawLeftovers(Connection connection, long importId, long tenantId, Long actorId,
                                         java.time.Instant now, int perSlice) throws SQLException {
        Set<Long> leads = new LinkedHashSet<>();
        try (PreparedStatement query = connection.prepareStatement("select t.lead_id from (select p.lead_id from"
                + " lead_proposal p where p.source = 'IMPORT' and p.source_ref = ? and p.tenant_id = ?"
                + " union select e.lead_id from lead_event e where e.import_id = ? and e.tenant_id = ?) t"
                + " where not exists (select 1 from lead_import_kept k where k.import_id = ? and k.lead_id = t.lead_id)"
                + " order by t.lead_id limit ?")) {
            query.setLong(1, importId);
            query.setLong(2, tenantId);
            query.setLong(3, importId);
            query.setLong(4, tenantId);
            query.setLong(5, importId);
            query.setInt(6, perSlice);
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    leads.add(found.getLong(1));
                }
            }
        }
        if (leads.isEmpty()) {
            return 0;
        }
        Map<Long, LaterTouches.Touch> kept = LaterTouches.of(connection, tenantId, importId,
                ImportUndoSlices.since(connection, importId, tenantId), leads);
        ImportUndoSlices.keep(connection, importId, tenantId, kept);
        List<Long> undone = new ArrayList<>(leads);
        undone.removeAll(kept.keySet());
        withdrawFrom(connection, importId, tenantId, actorId, now, undone);
        countKept(connection, importId, tenantId, kept.size());
        return leads.size();
    }

    /**
     * On these people, whom nobody touched since: the import's timeline lines and proposals go, and what it filled
     * is given back.
     */
    private static void withdrawFrom(Connection connection, long importId, long tenantId, Long actorId,
                                     java.time.Instant now, List<Long> leads) throws SQLException {
        ImportUndoSlices.deleteOfLeads(connection, "delete from lead_event where import_id = ? and tenant_id = ?"
                + " and lead_id in (%s)", importId, tenantId, leads);
        ImportUndoSlices.deleteOfLeads(connection, "delete from lead_proposal where source = 'IMPORT'"
                + " and source_ref = ? and tenant_id = ? and lead_id in (%s)", importId, tenantId, leads);
        ImportUndoSlices.giveBack(connection, importId, tenantId, actorId, now, leads);
    }

    /**
     * The import's event locked, before the registrations of the slice are, as a registration online, a seat given up
     * from a link or by staff, a check-in, the waiting list's seat-giving and the import's own chunks lock it ({@code
     * event.EventRepository#lockAfterItsEvent}): the seats this slice gives up again are counted before or after
     * theirs, never beside them, so that the waiting list seats nobody past the capacity nor twice, and the order of
     * the locks is the same everywhere. Returns what a seat given up again adds to the person's calendar sequence: the
     * rule of a seat given up from a link or by staff ({@link EventRegistration#CALENDAR_STEP_SQL}), read under the
     * lock.
     */
    private static int lockEvent(Connection connection, long importId, long tenantId, java.time.Instant now)
            throws SQLException {
        Long eventId = null;
        try (PreparedStatement query = connection.prepareStatement("select event_id from lead_import"
                + " where id = ? and tenant_id = ?")) {
            query.setLong(1, importId);
            query.setLong(2, tenantId);
            try (ResultSet found = query.executeQuery()) {
                if (found.next()) {
                    eventId = found.getLong(1);
                }
            }
        }
        if (eventId == null) {
            return 0;
        }
        try (PreparedStatement query = connection.prepareStatement("select " + EventRegistration.CALENDAR_STEP_SQL
                + " from event e where e.id = ? and e.tenant_id = ? for update")) {
            SqlRows.set(query, 1, now);
            query.setLong(2, eventId);
            query.setLong(3, tenantId);
            try (ResultSet found = query.executeQuery()) {
                return found.next() ? found.getInt(1) : 0;
            }
        }
    }

    /** The people kept (touched since the import) add to the import's count of them. */
    private static void countKept(Connection connection, long importId, long tenantId, int kept) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update lead_import set"
                + " undo_kept = undo_kept + ? where id = ? and tenant_id = ?")) {
            update.setInt(1, kept);
            update.setLong(2, importId);
            update.setLong(3, tenantId);
            update.executeUpdate();
        }
    }

    private static List<Added> next(Connection connection, long importId, long tenantId, int perSlice)
            throws SQLException {
        List<Added> slice = new ArrayList<>();
        // The registration's lead now, not the one recorded: a merge since moved the registration, its timeline lines
        // and proposals to the record that stays, which is the person whose later touches count and whose lines go.
        try (PreparedStatement query = connection.prepareStatement("select a.registration_id, r.lead_id,"
                + " a.marked_present, a.minutes_added, a.restored_cancelled_at, a.restored_waitlisted_at"
                + " from lead_import_attendance a"
                + " join event_registration r on r.id = a.registration_id and r.tenant_id = a.tenant_id"
                + " where a.import_id = ? and a.tenant_id = ? order by a.registration_id limit ? for update")) {
            query.setLong(1, importId);
            query.setLong(2, tenantId);
            query.setInt(3, perSlice);
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    slice.add(new Added(found.getLong(1), found.getLong(2), found.getBoolean(3), found.getInt(4),
                            found.getObject(5, java.time.LocalDateTime.class),
                            found.getObject(6, java.time.LocalDateTime.class)));
                }
            }
        }
        return slice;
    }
}
