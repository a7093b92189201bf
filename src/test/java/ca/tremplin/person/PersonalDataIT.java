package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.access.AccessRequests;
import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.testsupport.TestCentre;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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
 * with a reason; each way from a lead to its rows runs against the database and finds a real person's rows; and the
 * export a person or staff receive holds every one of those tables, with exactly the rows each way finds.
 */
class PersonalDataIT extends InServerTest {

    private static final List<String> PERSONAL_COLUMNS = List.of("lead_id", "email", "email_normalized", "recipient",
            "first_name", "last_name", "phone_e164", "ip_address", "birth_year", "raw_row", "message", "note",
            "text_shown");

    @Inject
    Tenancy tenancy;

    @Inject
    PersonalDataExport export;

    @Inject
    ca.tremplin.mail.Outbox outbox;

    @Inject
    ca.tremplin.pipeline.LeadConsents consents;

    @Inject
    AccessRequests staffExports;

    @Inject
    AccessLog accessLog;

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

    /** The file a message carried, kept beside it by the outbox (V98), is handed out with the message, whole. */
    @Test
    void theExportHandsOutTheFileAMessageCarriedWithIt() {
        TestCentre centre = fixtures.newCentre("export-file");
        String email = InquiryRequests.uniqueEmail();
        Lead lead = fixtures.newLead(centre.tenant(), centre.program(), "Nour", "Haddad", email, null, null);
        byte[] certificate = {0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, (byte) 0xe2, (byte) 0xe3};
        // Held a year: no round sends it while the test reads it.
        tenancy.acrossAllTenants(() -> outbox.enqueueHeld(centre.tenant().getId(), new ca.tremplin.mail.MailContent(
                email, "Votre attestation", "Ci-joint.", null).attaching(new ca.tremplin.mail.MailAttachment(
                "attestation.pdf", "application/pdf", certificate)), Instant.now().plus(java.time.Duration.ofDays(365))));

        PersonalDataSet data = tenancy.acrossAllTenants(() -> export.collect(lead.getId()));

        Map<String, Object> mail = data.tables().get("outbox_message").rows().stream()
                .filter(row -> "attestation.pdf".equals(row.get("attachment_name"))).findFirst().orElseThrow();
        assertTrue(java.util.Arrays.equals(certificate, (byte[]) mail.get("attachment_content")),
                "the file, byte for byte, beside its message");
    }

    @Test
    void theExportHoldsEveryTableOfPersonalDataWithEveryRowAboutThePerson() {
        TestCentre centre = fixtures.newCentre("export");
        Lead lead = fixtures.newLead(centre.tenant(), centre.program(), "Nour", "Haddad",
                InquiryRequests.uniqueEmail(), "+221 77 765 43 21", 2004);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            consents.recordWithdrawal(lead.getId(), ConsentPurpose.NEWS, ConsentChannel.LETTER,
                    Instant.now(), "Lettre reçue le matin");
        }

        PersonalDataSet data = tenancy.acrossAllTenants(() -> export.collect(lead.getId()));

        assertEquals(PersonalData.TABLES.stream().map(PersonalData.Holding::table).toList(),
                List.copyOf(data.tables().keySet()), "every table, in the map's order");
        Map<String, Long> expected = tenancy.acrossAllTenants(() -> PersonalData.TABLES.stream().collect(
                Collectors.toMap(PersonalData.Holding::table, holding -> ((Number) em.createNativeQuery(
                        holding.countSql()).setParameter(1, lead.getId()).getSingleResult()).longValue())));
        for (PersonalData.Holding holding : PersonalData.TABLES) {
            assertEquals(expected.get(holding.table()), (long) data.tables().get(holding.table()).rows().size(),
                    "every row of " + holding.table() + " about the person, and no other");
        }
        assertEquals("Haddad", data.tables().get("lead").rows().get(0).get("last_name"));
        assertEquals("Lettre reçue le matin", data.tables().get("consent_change").rows().get(0).get("note"));
        assertTrue(data.tables().get("preference_link").rows().size() >= 1, "the links mailed to the person");
        assertTrue(data.tables().get("applicant_link").columns().stream().noneMatch(c -> c.endsWith("_hash")),
                "no token's hash is handed out");
        List<String> mailTexts = data.tables().get("outbox_message").rows().stream()
                .flatMap(row -> java.util.stream.Stream.of(row.get("body_text"), row.get("body_html"),
                        row.get("one_click_unsubscribe")))
                .filter(java.util.Objects::nonNull).map(String::valueOf).toList();
        assertTrue(mailTexts.stream().anyMatch(text -> text.contains("consentements.xhtml?token=…")),
                "the acknowledgement's preferences link is there, without its token: " + mailTexts);
        assertTrue(mailTexts.stream().noneMatch(text -> text.matches("(?s).*token=[^…].*")),
                "no live link a member of staff could open as the person: " + mailTexts);

        long logged;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            AccessRequests.Download file = staffExports.staffExport(lead.getId());
            assertTrue(file.content().length > 0 && file.fileName().endsWith(".zip"));
            List<String> entries = entries(file);
            assertTrue(entries.contains("csv/lead.csv"), entries.toString());
            assertTrue(entries.stream().noneMatch(entry -> entry.contains("lead_audit")
                    || entry.contains("personal_data_access")),
                    "who changed and who read the record are for the centre's admins: " + entries);
        }
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            List<String> entries = entries(staffExports.staffExport(lead.getId()));
            assertTrue(entries.contains("csv/lead_audit.csv") && entries.contains("csv/personal_data_access.csv"),
                    entries.toString());
        }
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            logged = accessLog.ofPerson(lead.getId()).stream()
                    .filter(access -> access.getAction() == AccessAction.EXPORTED
                            && centre.recruiter().getId().equals(access.getUserId())).count();
        }
        assertEquals(1, logged, "the recruiter's export is in the access log");
    }

    @Test
    void eachWayFromALeadRunsAndFindsThePersonsRows() {
        Tenant centre = fixtures.newSchoolBoard("personal");
        Program program = fixtures.newProgram(centre, ProgramType.DEP, TestFixtures.programCode(),
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

    private static List<String> entries(AccessRequests.Download file) {
        List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(file.content()))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
        return names;
    }
}
