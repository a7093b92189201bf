package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every table that holds something about a person is reachable from the person package: the schema as the
 * migrations built it is read from MariaDB, and each table with a personal column (a name, an e-mail, a phone, an
 * address of the network, a lead, a free text about someone) must be in {@link PersonalData}, or set aside there
 * with a reason; each way from a lead to its rows runs against the database and finds a real person's rows.
 */
class PersonalDataIT extends InServerTest {

    private static final List<String> PERSONAL_COLUMNS = List.of("lead_id", "email", "email_normalized", "recipient",
            "first_name", "last_name", "phone_e164", "ip_address", "birth_year", "raw_row", "message", "note",
            "text_shown");

    @Inject
    Tenancy tenancy;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Test
    void everyTableWithPersonalColumnsIsMappedFromTheLead() {
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery("select table_name, column_name from information_schema.columns"
                + " where table_schema = database()").getResultList();
        Map<String, List<String>> personal = columns.stream()
                .filter(row -> PERSONAL_COLUMNS.contains(((String) row[1]).toLowerCase()))
                .collect(Collectors.groupingBy(row -> ((String) row[0]).toLowerCase(),
                        Collectors.mapping(row -> (String) row[1], Collectors.toList())));
        TreeSet<String> mapped = PersonalData.TABLES.stream().map(PersonalData.Holding::table)
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> forgotten = new TreeSet<>(personal.keySet());
        forgotten.removeAll(mapped);
        forgotten.removeAll(PersonalData.NOT_ABOUT_A_FOLLOWED_PERSON.keySet());
        assertTrue(forgotten.isEmpty(), "tables holding personal data that the person package cannot reach: "
                + forgotten.stream().map(t -> t + " " + personal.get(t)).toList());
        TreeSet<String> missing = new TreeSet<>(mapped);
        missing.removeAll(columns.stream().map(row -> ((String) row[0]).toLowerCase()).collect(Collectors.toSet()));
        assertTrue(missing.isEmpty(), "mapped tables the schema does not have: " + missing);
    }

    @Test
    void eachWayFromALeadRunsAndFindsThePersonsRows() {
        Tenant centre = fixtures.newSchoolBoard("personal");
        Program program = fixtures.newProgram(centre, ProgramType.DEP, "5" + (int) (Math.random() * 900 + 100),
                "Cuisine", "Professional Cooking", "07",
                "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), true);
        Lead lead = fixtures.newLead(centre, program, "Nour", "Haddad", InquiryRequests.uniqueEmail(),
                "+221 77 765 43 21", 2004);
        Map<String, Long> rows = tenancy.acrossAllTenants(() -> PersonalData.TABLES.stream().collect(
                Collectors.toMap(PersonalData.Holding::table, holding -> ((Number) em.createNativeQuery(
                        holding.countSql()).setParameter(1, lead.getId()).getSingleResult()).longValue())));
        assertEquals(1L, rows.get("lead"));
        assertEquals(1L, rows.get("inquiry"), "the request the person sent");
        assertEquals(1L, rows.get("routed_inquiry"));
        assertEquals(2L, rows.get("consent_record"), "contact and news, word for word");
        assertTrue(rows.get("lead_event") >= 1, "the timeline");
        assertTrue(rows.get("outbox_message") >= 1, "the acknowledgement sent to the person");
        assertEquals(0L, rows.get("lead_document"), "nothing the person did not give");
    }
}
