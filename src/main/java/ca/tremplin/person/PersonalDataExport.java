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
     * person and would only help someone guess a link.
     */
    static final Set<String> WITHHELD = Set.of("token_hash", "request_hash");

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Clock clock;

    /** The person's data at the lead's centre. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PersonalDataSet collect(long leadId) {
        Lead lead = em.find(Lead.class, leadId);
        Tenant centre = em.find(Tenant.class, lead.getTenantId());
        List<Long> records = new ArrayList<>();
        records.add(leadId);
        em.createQuery("select l.id from Lead l where l.mergedIntoId = :lead", Long.class)
                .setParameter("lead", leadId).getResultList().forEach(records::add);
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
     * one its consent register keeps.
     */
    private static final String PROFILE_OF_ADDRESS = "(s.email_normalized = ?1 or exists (select 1 from consent_record c"
            + " where c.showcase_profile_id = s.id and c.email_normalized = ?1))";

    /**
     * The centres that know this address only by showcase profiles: an apprentice who posted one and never became a
     * lead there (no request, registration or application). Across tenants, for the person's own access request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> centresKnowingOnlyAShowcaseProfile(String emailNormalized) {
        return em.createNativeQuery("select distinct s.tenant_id from showcase_profile s where " + PROFILE_OF_ADDRESS
                        + " and not exists (select 1 from `lead` l where l.tenant_id = s.tenant_id"
                        + " and l.email_normalized = ?1 and l.merged_into_id is null)"
                        + " order by s.tenant_id", Long.class)
                .setParameter(1, emailNormalized).getResultList();
    }

    /**
     * What the centre holds about the apprentice of this address that it knows only by their showcase profiles
     * ({@link PersonalData#SHOWCASE_TABLES}): the profiles, their photos, consents, links, reports, counts and mail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PersonalDataSet collectShowcase(long tenantId, String emailNormalized) {
        Tenant centre = em.find(Tenant.class, tenantId);
        List<Long> profiles = em.createNativeQuery("select s.id from showcase_profile s where s.tenant_id = ?2"
                        + " and " + PROFILE_OF_ADDRESS + " order by s.id", Long.class)
                .setParameter(2, tenantId).setParameter(1, emailNormalized).getResultList();
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

    private static PersonalDataSet.Table table(Connection connection, PersonalData.Holding holding, List<Long> records)
            throws SQLException {
        String condition = holding.aboutLead();
        int uses = condition.split("\\?1", -1).length - 1;
        List<String> columns = new ArrayList<>();
        // A set: a row reached from the person and from a merged duplicate is one row.
        Set<Map<String, Object>> rows = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("select t.* from `" + holding.table()
                + "` t where " + condition.replace("?1", "?"))) {
            for (long record : records) {
                for (int i = 1; i <= uses; i++) {
                    statement.setLong(i, record);
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
