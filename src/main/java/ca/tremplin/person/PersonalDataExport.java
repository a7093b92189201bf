package ca.tremplin.person;

import ca.tremplin.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Access and portability (Law 25, GDPR): everything a centre holds about a person, read from every table that
 * {@link PersonalData} lists — the same map erasure and retention start from, so a table added there is exported
 * without a change here — for the person's lead and the duplicates merged into it.
 *
 * <p>Read with plain JDBC on the transaction's connection, since each table's columns are read from the result
 * itself; the lead ids were found through the tenant filter (or, for a person's own request, for their address).
 */
@ApplicationScoped
public class PersonalDataExport {

    /**
     * Columns never handed out: hashes of secret tokens (a link's, a request's fingerprint) mean nothing to the
     * person and would only help someone guess a link; the key that tells the reporters of a showcase profile apart
     * is a hash of someone else's address.
     */
    static final Set<String> WITHHELD = Set.of("token_hash", "request_hash", "reporter_key", "keyed_hash");

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ApprenticeErasure apprentices;

    /** The person's data at the lead's centre. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PersonalDataSet collect(long leadId) {
        Lead lead = em.find(Lead.class, leadId);
        Tenant centre = em.find(Tenant.class, lead.getTenantId());
        List<Long> records = recordsOf(leadId);
        em.flush();
        Map<String, PersonalDataSet.Table> tables = em.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, PersonalDataSet.Table> read = new LinkedHashMap<>();
            for (PersonalData.Holding holding : PersonalData.TABLES) {
                read.put(holding.table(), table(connection, holding, records));
            }
            return read;
        });
        return new PersonalDataSet(clock.instant(), centre.getId(), centre.getNameFr(), centre.getNameEn(),
                List.copyOf(records), List.of(), tables, names(tables));
    }

    /**
     * The names of the staff and the titles of the programs the rows name by id (an owner, who recorded a change, a
     * program asked about), for the page the person reads; native SQL over those ids alone, as the tables were read.
     */
    @SuppressWarnings("unchecked")
    private PersonalDataSet.Names names(Map<String, PersonalDataSet.Table> tables) {
        Set<Long> staff = new java.util.TreeSet<>();
        Set<Long> programs = new java.util.TreeSet<>();
        tables.forEach((name, table) -> table.rows().forEach(row -> row.forEach((column, value) -> {
            if (value instanceof Number id && PersonalDataReadable.STAFF_COLUMNS.contains(column)) {
                staff.add(id.longValue());
            } else if (value instanceof Number id && column.equals("program_id")) {
                programs.add(id.longValue());
            } else if (name.equals("lead_interest") && column.equals("value") && "PROGRAM".equals(row.get("kind"))
                    && value instanceof String text && text.matches("\\d{1,18}")) {
                programs.add(Long.valueOf(text));
            }
        })));
        Map<Long, String> staffNames = new java.util.HashMap<>();
        if (!staff.isEmpty()) {
            for (Object[] row : (List<Object[]>) em.createNativeQuery("select id, display_name from user_account"
                    + " where id in (:ids)").setParameter("ids", staff).getResultList()) {
                staffNames.put(((Number) row[0]).longValue(), (String) row[1]);
            }
        }
        Map<Long, String[]> programTitles = new java.util.HashMap<>();
        if (!programs.isEmpty()) {
            for (Object[] row : (List<Object[]>) em.createNativeQuery("select id, title_fr, title_en from program"
                    + " where id in (:ids)").setParameter("ids", programs).getResultList()) {
                programTitles.put(((Number) row[0]).longValue(), new String[] {(String) row[1], (String) row[2]});
            }
        }
        return new PersonalDataSet.Names(Map.copyOf(staffNames), Map.copyOf(programTitles));
    }

    /**
     * A showcase profile {@code s} of the address {@code ?1}: the one it holds, or, withdrawn (its address blanked), the
     * one its own lines of the consent register keep — never a guardian's line, which holds the parent's address: a
     * parent's request is not answered with their child's profile ({@link #answerToAddress}).
     */
    private static final String PROFILE_OF_ADDRESS = "(s.email_normalized = ?1 or exists (select 1 from consent_record c"
            + " where c.showcase_profile_id = s.id and c.email_normalized = ?1 and c.purpose <> 'GUARDIAN'))";

    /**
     * The centres that hold this address without a lead under it: an apprentice who posted a showcase profile and
     * never became a lead there (no request, registration or application), or a parent or guardian who consented with
     * it for a child under 14 the centre holds. Across tenants, for the person's own access request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> centresHoldingTheAddressWithoutALead(String emailNormalized) {
        Set<Long> centres = new java.util.TreeSet<>(em.createNativeQuery("select distinct s.tenant_id"
                        + " from showcase_profile s where " + PROFILE_OF_ADDRESS, Long.class)
                .setParameter(1, emailNormalized).getResultList());
        GuardianLines.under(em, bothSpellings(emailNormalized), null).forEach(line -> centres.add(line.tenantId()));
        if (!centres.isEmpty()) {
            centres.removeAll(em.createNativeQuery("select distinct l.tenant_id from `lead` l"
                            + " where l.email_normalized = ?1 and l.merged_into_id is null", Long.class)
                    .setParameter(1, emailNormalized).getResultList());
        }
        return List.copyOf(centres);
    }

    /**
     * What the centre answers an access or portability request proven for this address ({@code leadId}: the centre's
     * lead under the address, none when it holds the address only by a showcase profile or as a guardian's).
     *
     * <p>The person whose address it is receives their own data: their lead's, or their showcase profiles'. An address
     * a parent or guardian gave when consenting for a child under 14 is, at the centre, the guardian's: it is answered
     * with what the centre holds about the guardian — their lines of the consent register, with the name of each child
     * and the record they consented to (request, registration, application, profile), and the mail sent to the address
     * — and never with a child's record. The same holds for a child's lead whose own guardian consented with that very
     * address (the guardian gave their own as the child's): the address is shared, and the link proves only that the
     * reader receives its mail, not who they are. Law 25 lets a parent reach the information of a child under 14, but
     * a careful person in charge of personal information first checks who is asking and that they hold parental
     * authority, which an e-mail cannot show; what goes back to the address here is what was already mailed to it (the
     * child's name and what was consented to), and the readable page says where to ask for the rest. See
     * docs/architecture.md, "Privacy".
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PersonalDataSet answerToAddress(long tenantId, Long leadId, String emailNormalized) {
        List<String> addresses = bothSpellings(emailNormalized);
        List<GuardianLines.Line> children = GuardianLines.under(em, addresses, tenantId);
        PersonalDataSet own;
        if (leadId != null) {
            Set<Long> records = new java.util.HashSet<>(recordsOf(leadId));
            own = children.stream().anyMatch(line -> line.leadId() != null && records.contains(line.leadId()))
                    ? mailTo(tenantId, addresses) : collect(leadId);
        } else {
            PersonalDataSet profiles = collectShowcase(tenantId, emailNormalized);
            own = profiles.showcaseProfileIds().isEmpty() && !children.isEmpty() ? mailTo(tenantId, addresses)
                    : profiles;
        }
        return children.isEmpty() ? own : own.with(GUARDIAN_OF, guardianOf(children));
    }

    /**
     * The synthetic table of a guardian's answer: each child held under their address at the centre, the record they
     * consented to, and their line of the consent register (how it reads: docs/personal-data-export.md).
     */
    public static final String GUARDIAN_OF = "guardian_of";

    private static PersonalDataSet.Table guardianOf(List<GuardianLines.Line> lines) {
        List<String> columns = List.of("record_kind", "record_id", "person_name", "purpose", "granted", "given_at",
                "text_shown", "language", "guardian_name", "guardian_email");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (GuardianLines.Line line : lines) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("record_kind", line.recordKind());
            row.put("record_id", line.recordId());
            String name = ((line.firstName() == null ? "" : line.firstName()) + " "
                    + (line.lastName() == null ? "" : line.lastName())).strip();
            row.put("person_name", name.isEmpty() ? null : name);
            row.put("purpose", line.purpose());
            row.put("granted", line.granted());
            row.put("given_at", portable(line.givenAt()));
            row.put("text_shown", line.textShown());
            row.put("language", line.language());
            row.put("guardian_name", line.guardianName());
            row.put("guardian_email", line.guardianEmail());
            rows.add(row);
        }
        return new PersonalDataSet.Table(columns, List.copyOf(rows));
    }

    /**
     * Of these addresses, those the centre holds as a parent's or guardian's for a child it still holds: their part
     * of an access request has an address to be answered at.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> heldAsGuardian(long tenantId, java.util.Collection<String> addresses) {
        List<String> spelt = new ArrayList<>();
        addresses.forEach(address -> spelt.addAll(bothSpellings(address)));
        Set<String> held = new java.util.HashSet<>();
        GuardianLines.under(em, spelt, tenantId).forEach(line -> held.add(GuardianLines.key(line.guardianEmail())));
        Set<String> asked = new LinkedHashSet<>();
        addresses.stream().filter(address -> held.contains(GuardianLines.key(address))).forEach(asked::add);
        return asked;
    }

    /** The mail the centre, or the platform, sent to the address (in either spelling of its domain). */
    private PersonalDataSet mailTo(long tenantId, List<String> addresses) {
        Tenant centre = em.find(Tenant.class, tenantId);
        em.flush();
        List<Object> parameters = new ArrayList<>(addresses);
        parameters.addAll(addresses);
        parameters.add(tenantId);
        String each = String.join(", ", java.util.Collections.nCopies(addresses.size(), "?"));
        // Found by the recipient's index, whose collation takes "ecole.ca" for "école.ca", then kept exactly: another
        // domain is another person.
        PersonalDataSet.Table mail = em.unwrap(Session.class).doReturningWork(connection -> read(connection,
                "select " + columnsOf("outbox_message") + " from `outbox_message` t where t.recipient in (" + each
                        + ") and lower(t.recipient) collate utf8mb4_bin in (" + each + ")"
                        + " and (t.tenant_id is null or t.tenant_id = ?)"
                        + " order by t.id", List.of(parameters)));
        Map<String, PersonalDataSet.Table> tables = new LinkedHashMap<>();
        tables.put("outbox_message", mail);
        return new PersonalDataSet(clock.instant(), centre.getId(), centre.getNameFr(), centre.getNameEn(),
                List.of(), List.of(), tables, PersonalDataSet.Names.NONE);
    }

    /**
     * The lead of the centre that follows the apprentice of this showcase profile (the record a duplicate was merged
     * into), none when the centre knows them only by their showcase profiles. Another centre's profile is not found,
     * whatever number is sent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<Long> leadFollowingApprentice(long tenantId, long profileId) {
        return java.util.Optional.ofNullable(apprentices.leadFollowing(tenantId,
                apprenticeOf(tenantId, profileId).addresses()));
    }

    /**
     * Staff's export of an apprentice the centre knows only by their showcase profiles: every profile of the person at
     * the centre (those under the addresses this one was posted under, {@link ApprenticeErasure}), read as the person's
     * own request reads them. Another centre's profile is not found.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PersonalDataSet collectApprentice(long tenantId, long profileId) {
        return collectShowcaseProfiles(tenantId, apprenticeOf(tenantId, profileId).profiles().stream().sorted()
                .toList());
    }

    private ApprenticeErasure.Apprentice apprenticeOf(long tenantId, long profileId) {
        if (em.createNativeQuery("select id from showcase_profile where id = ?1 and tenant_id = ?2")
                .setParameter(1, profileId).setParameter(2, tenantId).getResultList().isEmpty()) {
            throw new ca.tremplin.kernel.NotFoundException("showcase profile " + profileId);
        }
        return apprentices.apprentice(tenantId, profileId);
    }

    /**
     * What the centre holds about the apprentice of this address that it knows only by their showcase profiles
     * ({@link PersonalData#SHOWCASE_TABLES}): the profiles, their photos, consents, links, reports, counts and mail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PersonalDataSet collectShowcase(long tenantId, String emailNormalized) {
        return collectShowcaseProfiles(tenantId, em.createNativeQuery("select s.id from showcase_profile s"
                        + " where s.tenant_id = ?2 and " + PROFILE_OF_ADDRESS + " order by s.id", Long.class)
                .setParameter(2, tenantId).setParameter(1, emailNormalized).getResultList());
    }

    private PersonalDataSet collectShowcaseProfiles(long tenantId, List<Long> profiles) {
        Tenant centre = em.find(Tenant.class, tenantId);
        em.flush();
        Map<String, PersonalDataSet.Table> tables = em.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, PersonalDataSet.Table> read = new LinkedHashMap<>();
            for (PersonalData.Holding holding : PersonalData.SHOWCASE_TABLES) {
                read.put(holding.table(), table(connection, holding, profiles));
            }
            return read;
        });
        return new PersonalDataSet(clock.instant(), centre.getId(), centre.getNameFr(), centre.getNameEn(),
                List.of(), List.copyOf(profiles), tables, names(tables));
    }

    /** A lead and the duplicates merged into it: one person's records. */
    private List<Long> recordsOf(long leadId) {
        List<Long> records = new ArrayList<>();
        records.add(leadId);
        em.createQuery("select l.id from Lead l where l.mergedIntoId = :lead", Long.class)
                .setParameter("lead", leadId).getResultList().forEach(records::add);
        return records;
    }

    /** An address as its key writes it, and with its domain in ASCII: mail and guardians' lines kept either. */
    private static List<String> bothSpellings(String address) {
        Set<String> spelt = new LinkedHashSet<>(List.of(address.toLowerCase(java.util.Locale.ROOT)));
        PersonErasure.withBothSpellings(spelt);
        return List.copyOf(spelt);
    }

    private static PersonalDataSet.Table table(Connection connection, PersonalData.Holding holding, List<Long> records)
            throws SQLException {
        String condition = holding.aboutLead();
        int uses = condition.split("\\?1", -1).length - 1;
        List<List<Object>> parameters = new ArrayList<>();
        for (long record : records) {
            parameters.add(java.util.Collections.nCopies(uses, record));
        }
        return read(connection, "select " + columnsOf(holding.table()) + " from `" + holding.table() + "` t where "
                + condition.replace("?1", "?"), parameters);
    }

    /**
     * A table's columns as handed out: its own, and for a message the file it carried, which the outbox keeps in a
     * table of its own (V98) and the person receives with the message, under the column's name it always had.
     */
    private static String columnsOf(String table) {
        return table.equals("outbox_message") ? "t.*, (select a.content from outbox_attachment a"
                + " where a.message_id = t.id) as attachment_content" : "t.*";
    }

    /**
     * The rows {@code sql} finds with each list of parameters, one table: its columns as the result names them, the
     * withheld ones aside, each value as handed out.
     */
    private static PersonalDataSet.Table read(Connection connection, String sql, List<List<Object>> parameterSets)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        // A set: a row reached from the person and from a merged duplicate is one row.
        Set<Map<String, Object>> rows = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (List<Object> parameters : parameterSets) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet result = statement.executeQuery()) {
                    ResultSetMetaData meta = result.getMetaData();
                    if (columns.isEmpty()) {
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            String name = meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT);
                            if (!WITHHELD.contains(name)) {
                                columns.add(name);
                            }
                        }
                    }
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            String name = meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT);
                            if (!WITHHELD.contains(name)) {
                                row.put(name, withoutSecrets(portable(result.getObject(c))));
                            }
                        }
                        rows.add(row);
                    }
                }
            }
        }
        return new PersonalDataSet.Table(List.copyOf(columns), List.copyOf(rows));
    }

    /**
     * A text as handed out: the secret links of the mail kept after sending (the person's preferences, access, file
     * and unsubscribe links) without their tokens. The copy may be downloaded by staff, or leave with the person's
     * request, and a token in it would let whoever reads it act as the person at every centre that follows them.
     */
    static Object withoutSecrets(Object value) {
        return value instanceof String text ? ca.tremplin.kernel.SecretLinks.withoutSecrets(text) : value;
    }

    /** Times are stored in UTC: handed out as instants; dates as ISO dates; files as bytes; the rest as it is. */
    static Object portable(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC).toString();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC).toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof java.sql.Blob blob) {
            try {
                return blob.getBytes(1, (int) blob.length());
            } catch (SQLException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        return value;
    }
}
