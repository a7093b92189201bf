package ca.tremplin.leadimport;

import ca.tremplin.person.ChangeSource;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.person.LeadDetails;
import ca.tremplin.person.LeadField;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What an imported row does to the details of a lead it joins: a list is not trusted to rewrite a person. A field
 * the lead lacks (empty) is filled, with an audit line that names the import (so that undoing the import gives the
 * empty value back); a value that differs from the one the centre holds is not written but proposed — a
 * {@code lead_proposal} for staff to accept, and a line on the timeline. Values compare as people mean them, by the
 * rule of every other source ({@link LeadDetails#sameValue}): names whatever their case and blanks, e-mails
 * normalised, phones in E.164, countries by code.
 *
 * <p>For a whole chunk in a fixed handful of statements: the joined leads read (and locked, so that no one changes
 * them between the comparison and the write) in one query, their open proposals in another, then one multi-row
 * update of the filled fields, and multi-row inserts of audit lines and proposals. Plain JDBC, so the tenant is put
 * on every row and in every condition here.
 */
final class JoinedLeadDetails {

    /** The fields a list may carry; language and citizenship are never read from a list. */
    enum Field {
        FIRST_NAME("first_name", ContactDetails::firstName),
        LAST_NAME("last_name", ContactDetails::lastName),
        EMAIL("email", ContactDetails::email),
        PHONE("phone_e164", ContactDetails::phoneE164),
        COUNTRY("country_of_residence", ContactDetails::countryOfResidence);

        /** The lead's column; never anything but these constants goes into the statements' text. */
        final String column;
        final Function<ContactDetails, String> given;

        Field(String column, Function<ContactDetails, String> given) {
            this.column = column;
            this.given = given;
        }

        /**
         * The same value, by the rule every source's values are compared by ({@link LeadDetails#sameValue}): names
         * whatever their case and blanks (never "Yilmaz" for "Yılmaz"), e-mails by their key, codes exactly.
         */
        boolean same(String held, String given) {
            return LeadDetails.sameValue(LeadField.valueOf(name()), held, given);
        }
    }

    private static final List<String> AUDIT_COLUMNS = List.of("tenant_id", "lead_id", "actor_id", "field",
            "old_value", "new_value", "changed_at", "source", "source_ref");
    private static final List<String> PROPOSAL_COLUMNS = List.of("tenant_id", "lead_id", "field", "proposed_value",
            "source", "source_ref", "proposed_at", "status", "version");
    static final String SOURCE = ChangeSource.IMPORT.name();

    /** A value proposed to a lead, for its timeline line. */
    record Proposed(long leadId, Field field, String value) {

        /** As every source's proposal reads on the timeline ({@link LeadDetails#proposalDetail}). */
        String detail() {
            return LeadDetails.proposalDetail(LeadField.valueOf(field.name()), ChangeSource.IMPORT, value);
        }
    }

    private final Connection connection;
    private final long tenantId;
    private final long importId;
    private final Long actorId;
    private final Instant now;
    /** The joined leads that this import created (a row higher in the list): see {@link #apply}. */
    private final Set<Long> createdByThisImport = new HashSet<>();

    JoinedLeadDetails(Connection connection, long tenantId, long importId, Long actorId, Instant now) {
        this.connection = connection;
        this.tenantId = tenantId;
        this.importId = importId;
        this.actorId = actorId;
        this.now = now;
    }

    /**
     * Fills what the joined leads lack and proposes what differs, for each lead and the people of the rows that
     * joined it (in the file's order: a value the first row filled is one the next rows compare with); returns the
     * proposals, for the timeline.
     */
    List<Proposed> apply(Map<Long, List<ContactDetails>> joins) throws SQLException {
        if (joins.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Field, String>> held = heldValues(joins.keySet());
        Set<String> alreadyProposed = openProposals(joins.keySet());
        Map<Long, Map<Field, String>> fills = new LinkedHashMap<>();
        Map<Long, String> emailFills = new LinkedHashMap<>();
        List<Object[]> audits = new ArrayList<>();
        List<Object[]> proposals = new ArrayList<>();
        List<Proposed> proposed = new ArrayList<>();
        joins.forEach((leadId, people) -> people.forEach(person -> {
            Map<Field, String> values = held.get(leadId);
            if (values == null) {
                return;
            }
            // A lead this import created goes whole with an undo: nothing is filled on it (an audit line would hold
            // it back), what a later row of the same person adds is proposed.
            boolean createdHere = createdByThisImport.contains(leadId);
            for (Field field : Field.values()) {
                String given = field.given.apply(person);
                if (given == null || given.isBlank()) {
                    continue;
                }
                String current = values.get(field);
                if ((current == null || current.isBlank()) && !createdHere) {
                    values.put(field, given);
                    if (field == Field.EMAIL) {
                        // A lead known by name and phone only (a walk-in): its address comes with its key, below.
                        emailFills.put(leadId, given);
                    } else {
                        fills.computeIfAbsent(leadId, id -> new HashMap<>()).put(field, given);
                        audits.add(new Object[] {tenantId, leadId, actorId, field.name(), current, given, now,
                                SOURCE, importId});
                    }
                } else if ((current == null || !field.same(current, given))
                        && alreadyProposed.add(proposalKey(leadId, field.name(), given))) {
                    proposals.add(new Object[] {tenantId, leadId, field.name(), cut(given, 500), SOURCE, importId,
                            now, "OPEN", 0L});
                    proposed.add(new Proposed(leadId, field, given));
                }
            }
        }));
        writeFills(fills);
        for (Map.Entry<Long, String> email : emailFills.entrySet()) {
            if (fillEmail(email.getKey(), email.getValue())) {
                audits.add(new Object[] {tenantId, email.getKey(), actorId, Field.EMAIL.name(), null,
                        email.getValue(), now, SOURCE, importId});
            } else if (alreadyProposed.add(proposalKey(email.getKey(), Field.EMAIL.name(), email.getValue()))) {
                proposals.add(new Object[] {tenantId, email.getKey(), Field.EMAIL.name(), cut(email.getValue(), 500),
                        SOURCE, importId, now, "OPEN", 0L});
                proposed.add(new Proposed(email.getKey(), Field.EMAIL, email.getValue()));
            }
        }
        SqlRows.insert(connection, "lead_audit", AUDIT_COLUMNS, audits);
        SqlRows.insert(connection, "lead_proposal", PROPOSAL_COLUMNS, proposals);
        return proposed;
    }

    private Map<Long, Map<Field, String>> heldValues(Set<Long> leadIds) throws SQLException {
        Map<Long, Map<Field, String>> held = new HashMap<>();
        for (List<Long> slice : SqlRows.slices(leadIds)) {
            try (PreparedStatement query = connection.prepareStatement("select id, first_name, last_name, email,"
                    + " phone_e164, country_of_residence, coalesce(import_id = ?, false) from `lead`"
                    + " where tenant_id = ? and id in (" + SqlRows.placeholders(slice.size()) + ") for update")) {
                query.setLong(1, importId);
                query.setLong(2, tenantId);
                for (int i = 0; i < slice.size(); i++) {
                    query.setLong(i + 3, slice.get(i));
                }
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        Map<Field, String> values = new HashMap<>();
                        values.put(Field.FIRST_NAME, found.getString(2));
                        values.put(Field.LAST_NAME, found.getString(3));
                        values.put(Field.EMAIL, found.getString(4));
                        values.put(Field.PHONE, found.getString(5));
                        values.put(Field.COUNTRY, found.getString(6));
                        if (found.getBoolean(7)) {
                            createdByThisImport.add(found.getLong(1));
                        }
                        held.put(found.getLong(1), values);
                    }
                }
            }
        }
        return held;
    }

    /** The values already waiting for staff on these leads: proposing one again would only repeat it. */
    private Set<String> openProposals(Set<Long> leadIds) throws SQLException {
        Set<String> open = new HashSet<>();
        for (List<Long> slice : SqlRows.slices(leadIds)) {
            try (PreparedStatement query = connection.prepareStatement("select lead_id, field, proposed_value"
                    + " from lead_proposal where tenant_id = ? and status = 'OPEN' and lead_id in ("
                    + SqlRows.placeholders(slice.size()) + ")")) {
                query.setLong(1, tenantId);
                for (int i = 0; i < slice.size(); i++) {
                    query.setLong(i + 2, slice.get(i));
                }
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        open.add(proposalKey(found.getLong(1), found.getString(2), found.getString(3)));
                    }
                }
            }
        }
        return open;
    }

    /**
     * One statement per slice: the leads joined to a derived table of the values to fill (null where a field is
     * not filled). A field is written only while it is still empty, as the comparison saw it under the lock.
     */
    private void writeFills(Map<Long, Map<Field, String>> fills) throws SQLException {
        List<Field> fillable = List.of(Field.FIRST_NAME, Field.LAST_NAME, Field.PHONE, Field.COUNTRY);
        for (List<Map.Entry<Long, Map<Field, String>>> slice : SqlRows.slices(fills.entrySet())) {
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < slice.size(); i++) {
                values.append(i == 0 ? "select ? as id, ? as first_name, ? as last_name, ? as phone_e164,"
                        + " ? as country_of_residence" : " union all select ?, ?, ?, ?, ?");
            }
            StringBuilder set = new StringBuilder();
            for (Field field : fillable) {
                set.append("l.").append(field.column).append(" = case when v.").append(field.column)
                        .append(" is not null and (l.").append(field.column).append(" is null or trim(l.")
                        .append(field.column).append(") = '') then v.").append(field.column).append(" else l.")
                        .append(field.column).append(" end, ");
            }
            try (PreparedStatement update = connection.prepareStatement("update `lead` l join (" + values
                    + ") v on l.id = v.id and l.tenant_id = ? set " + set + "l.version = l.version + 1")) {
                int parameter = 1;
                for (Map.Entry<Long, Map<Field, String>> lead : slice) {
                    update.setLong(parameter++, lead.getKey());
                    for (Field field : fillable) {
                        update.setString(parameter++, lead.getValue().get(field));
                    }
                }
                update.setLong(parameter, tenantId);
                update.executeUpdate();
            }
        }
    }

    /**
     * Gives a lead without e-mail the address a list names for it, with the key people are found by. When another
     * lead of the centre already has that address (two records of one person, for staff to merge), nothing is
     * written and the caller proposes the address instead: it is never lost. (The key's unique index still holds
     * if a form gives the same address at this very moment: the chunk is then refused and tried again, as any.)
     */
    private boolean fillEmail(long leadId, String email) throws SQLException {
        String key = ContactDetails.normalizeEmail(email);
        // The other leads read through a derived table: MariaDB does not let an update read its own table directly.
        try (PreparedStatement update = connection.prepareStatement("update `lead` set email = ?,"
                + " email_normalized = ?, version = version + 1 where id = ? and tenant_id = ?"
                + " and (email is null or trim(email) = '') and not exists (select 1 from (select o.id from `lead` o"
                + " where o.tenant_id = ? and o.email_normalized = ?) holder)")) {
            update.setString(1, email);
            update.setString(2, key);
            update.setLong(3, leadId);
            update.setLong(4, tenantId);
            update.setLong(5, tenantId);
            update.setString(6, key);
            return update.executeUpdate() == 1;
        }
    }

    private static String proposalKey(long leadId, String field, String value) {
        return leadId + "|" + field + "|" + value.strip().toLowerCase(Locale.ROOT);
    }

    private static String cut(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most);
    }
}
