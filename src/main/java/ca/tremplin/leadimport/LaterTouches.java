package ca.tremplin.leadimport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who else touched a person since an import: anything on the lead at or after the import was uploaded that the
 * import did not write itself — a timeline line, an audit line or a proposal of another source, another
 * registration, a request routed to the centre, an application, a task, a document, a private link, a merge, the
 * attendance another import added to one of the person's registrations (presence or minutes, which it records only
 * beside the registration: undone with this import, they would go with a registration this import made, or leave a
 * person "not attended" with the other list's minutes) — and, for a lead the import created, a stage, an owner or a
 * merge set on the lead itself. An undo keeps such a person (and says why, with the first such touch); everything
 * else of the import is removed.
 *
 * <p>One statement for a slice of leads, each part reading an index by lead. The leads an import created have
 * consecutive ids, so they are read as one range of ids (then sorted out here) rather than as a list of ids,
 * which costs an index dive each.
 */
final class LaterTouches {

    /** Why a person was kept; {@code import.kept.*} in the bundles says it to staff. */
    public enum Reason { STAFF, REQUEST, REGISTRATION, IMPORT, ATTENDANCE, APPLICATION, MERGE, UNSUBSCRIBED }

    /**
     * Where "since the import" begins: its upload, and the first timeline line and registration written after the
     * last ones written before it (ids keep the order of writes where one second of a timestamp does not).
     */
    record Since(Instant uploadedAt, long eventsFrom, long registrationsFrom) {
    }

    /** The first touch of a kept person: why, and when (unknown for a stage or owner set without a date). */
    record Touch(Reason reason, Instant at) {
    }

    private static final String EVENT_REASON = "case when e.import_id is not null then 'IMPORT'"
            + " when e.kind in ('REQUEST_RECEIVED', 'ROUTED') then 'REQUEST'"
            + " when e.kind in ('EVENT_REGISTERED', 'EVENT_ATTENDED', 'EVENT_WAITLISTED') then 'REGISTRATION'"
            + " when e.kind in ('APPLIED_TO_OFFER', 'APPLICATION_STATUS', 'INTERVIEW_SCHEDULED',"
            + " 'INTERVIEW_MOVED', 'INTERVIEW_CANCELLED', 'APPLICATION_NEWS_QUEUED', 'APPLICATION_NEWS_WITHDRAWN',"
            + " 'CANDIDATE_WITHDREW')"
            + " then 'APPLICATION'"
            + " when e.kind = 'MERGED' then 'MERGE' when e.kind = 'UNSUBSCRIBED' then 'UNSUBSCRIBED'"
            + " else 'STAFF' end";
    private static final String AUDIT_REASON = "case a.source when 'IMPORT' then 'IMPORT' when 'MERGE' then 'MERGE'"
            + " when 'INQUIRY_FORM' then 'REQUEST' when 'INQUIRY_API' then 'REQUEST'"
            + " when 'EVENT_REGISTRATION' then 'REGISTRATION' when 'EVENT_CAPTURE' then 'REGISTRATION'"
            + " when 'APPLICATION' then 'APPLICATION' else 'STAFF' end";

    private LaterTouches() {
    }

    /** The first later touch of each of these leads that someone else touched since the import. */
    static Map<Long, Touch> of(Connection connection, long tenantId, long importId, Since since, Set<Long> leadIds)
            throws SQLException {
        Map<Long, Touch> first = new HashMap<>();
        if (leadIds.isEmpty()) {
            return first;
        }
        long lowest = Collections.min(leadIds);
        long highest = Collections.max(leadIds);
        // A range when the ids lie close together (the leads the import created), else the list.
        boolean range = highest - lowest < 4L * leadIds.size();
        List<Long> listed = range ? List.of() : new ArrayList<>(leadIds);
        String leads = range ? " between ? and ?" : " in (" + SqlRows.placeholders(listed.size()) + ")";
        String[] parts = {
            "select e.lead_id, " + EVENT_REASON + ", e.occurred_at from lead_event e where e.tenant_id = ?"
                    + " and e.lead_id" + leads + " and e.id >= ? and (e.import_id is null or e.import_id <> ?)",
            "select a.lead_id, " + AUDIT_REASON + ", a.changed_at from lead_audit a where a.tenant_id = ?"
                    + " and a.lead_id" + leads + " and a.changed_at >= ?"
                    + " and not (a.source = 'IMPORT' and a.source_ref = ?)",
            "select p.lead_id, case when p.source = 'IMPORT' and p.source_ref = ? then 'STAFF' else "
                    + AUDIT_REASON.replace("a.source", "p.source") + " end, coalesce(p.decided_at, p.proposed_at)"
                    + " from lead_proposal p where p.tenant_id = ? and p.lead_id" + leads + " and p.proposed_at >= ?"
                    + " and (p.status <> 'OPEN' or not (p.source = 'IMPORT' and p.source_ref = ?))",
            // A registration written since is dated when the person registered, which for someone who came is by the
            // event's start (a walk-in typed from the door's list, another import): one dated before this import says
            // no time of its own, and the person's timeline line says when it was written.
            "select r.lead_id, case when r.import_id is null then 'REGISTRATION' else 'IMPORT' end,"
                    + " if(r.registered_at < cast(? as datetime(6)), null, r.registered_at)"
                    + " from event_registration r where r.tenant_id = ? and r.lead_id" + leads
                    + " and r.id >= ? and (r.import_id is null or r.import_id <> ?)",
            "select q.lead_id, 'REQUEST', q.received_at from routed_inquiry q where q.tenant_id = ? and q.lead_id"
                    + leads + " and q.received_at >= ?",
            "select o.lead_id, 'APPLICATION', o.applied_at from offer_application o where o.tenant_id = ?"
                    + " and o.lead_id" + leads + " and o.applied_at >= ?",
            "select t.lead_id, 'STAFF', t.created_at from lead_task t where t.tenant_id = ? and t.lead_id" + leads
                    + " and t.created_at >= ?",
            "select d.lead_id, 'STAFF', d.uploaded_at from lead_document d where d.tenant_id = ? and d.lead_id"
                    + leads + " and d.uploaded_at >= ?",
            "select k.lead_id, 'STAFF', k.created_at from applicant_link k where k.tenant_id = ? and k.lead_id"
                    + leads + " and k.created_at >= ?",
            // Another import's attendance on the person's registrations, by the registration's lead now (a merge
            // moves registrations, not the imports' records of them), unless that import ended before this one began.
            "select r.lead_id, 'ATTENDANCE', coalesce(o.finished_at, o.created_at) from event_registration r"
                    + " join lead_import_attendance a on a.registration_id = r.id and a.tenant_id = r.tenant_id"
                    + " join lead_import o on o.id = a.import_id and o.tenant_id = a.tenant_id"
                    + " where r.tenant_id = ? and r.lead_id" + leads
                    + " and (o.finished_at is null or o.finished_at >= ?) and a.import_id <> ?",
            "select m.merged_into_id, 'MERGE', null from `lead` m where m.tenant_id = ? and m.merged_into_id" + leads,
            "select l.id, case when l.merged_into_id is null then 'STAFF' else 'MERGE' end, null from `lead` l"
                    + " where l.tenant_id = ? and l.id" + leads + " and l.import_id = ?"
                    + " and (l.merged_into_id is not null or l.stage <> 'NEW' or l.owner_id is not null)",
        };
        try (PreparedStatement query = connection.prepareStatement(String.join(" union all ", parts))) {
            LocalDateTime from = LocalDateTime.ofInstant(since.uploadedAt(), ZoneOffset.UTC);
            int p = 1;
            // The parameters in the order the parts above name them.
            p = leadsAndMore(query, p, tenantId, range, lowest, highest, listed, since.eventsFrom(), importId);
            p = leadsAndMore(query, p, tenantId, range, lowest, highest, listed, from, importId);   // lead_audit
            query.setLong(p++, importId);
            p = leadsAndMore(query, p, tenantId, range, lowest, highest, listed, from, importId);   // lead_proposal
            query.setObject(p++, from);
            p = leadsAndMore(query, p, tenantId, range, lowest, highest, listed, since.registrationsFrom(),
                    importId);
            for (int i = 0; i < 5; i++) {                                  // requests, applications, tasks, ...
                p = leadsAndMore(query, p, tenantId, range, lowest, highest, listed, from, null);
            }
            p = leadsAndMore(query, p, tenantId, range, lowest, highest, listed, from, importId);   // attendance
            p = leadsAndMore(query, p, tenantId, range, lowest, highest, listed, null, null);       // merged into
            p = leadsAndMore(query, p, tenantId, range, lowest, highest, listed, null, importId);   // the lead
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    long leadId = found.getLong(1);
                    if (!leadIds.contains(leadId)) {
                        continue;
                    }
                    LocalDateTime when = found.getObject(3, LocalDateTime.class);
                    Touch touch = new Touch(Reason.valueOf(found.getString(2)),
                            when == null ? null : when.toInstant(ZoneOffset.UTC));
                    first.merge(leadId, touch, LaterTouches::earlier);
                }
            }
        }
        return first;
    }

    private static int leadsAndMore(PreparedStatement query, int p, long tenantId, boolean range, long lowest,
                                    long highest, List<Long> listed, Object since, Long importId)
            throws SQLException {
        query.setLong(p++, tenantId);
        if (range) {
            query.setLong(p++, lowest);
            query.setLong(p++, highest);
        } else {
            for (Long id : listed) {
                query.setLong(p++, id);
            }
        }
        if (since != null) {
            query.setObject(p++, since);
        }
        if (importId != null) {
            query.setLong(p++, importId);
        }
        return p;
    }

    private static Touch earlier(Touch one, Touch other) {
        if (one.at() == null) {
            return other.at() == null ? one : other;
        }
        if (other.at() != null && other.at().equals(one.at()) && one.reason() == Reason.STAFF) {
            // Lines of one moment (a merge writes its own and the staff member's together): the one that says why.
            return other;
        }
        return other.at() == null || !other.at().isBefore(one.at()) ? one : other;
    }
}
