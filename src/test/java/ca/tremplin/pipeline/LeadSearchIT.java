package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.TableSort;
import ca.tremplin.person.Lead;
import ca.tremplin.security.TestSessions;
import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.HttpVisitor;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A recruiter called by a person finds their record by what they hear or read: the start of a word of the name in
 * either order, typed without the accents, apostrophes or the letters a keyboard lacks; a part of the e-mail; the
 * digits of the phone. The search keeps to the centre, goes with the other filters, and is kept in the filter's
 * address (exports and saved filters).
 */
class LeadSearchIT extends InServerTest {

    @Inject
    LeadListService leadList;

    @Test
    void aPersonIsFoundByNameEmailOrPhoneAsStaffTypeThem() {
        TestCentre centre = fixtures.newCentre("search");
        TestCentre other = fixtures.newCentre("search-other");
        String word = "z" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Lead dang = fixtures.newLead(centre.tenant(), centre.program(), "Thị Minh", "Đặng",
                word + ".dang@example.vn", "+221 77 123 45 67", null);
        Lead ndiaye = fixtures.newLead(centre.tenant(), centre.program(), "Jean-Étienne", "N’Diaye",
                word + ".jen@example.sn", null, null);
        Lead wang = fixtures.newLead(centre.tenant(), centre.program(), "小明", "王",
                word + ".wang@example.cn", null, null);
        Lead elsewhere = fixtures.newLead(other.tenant(), other.program(), "Thị Minh", "Đặng",
                word + ".dang2@example.vn", null, null);
        Lead nikpour = fixtures.newLead(centre.tenant(), centre.program(), "Aoua", "نیک\u200Cپور",
                word + ".aoua@example.ir", null, null);
        Lead damour = fixtures.newLead(centre.tenant(), centre.program(), "Jean-Marc", "D’Amour",
                word + ".jm@example.ca", null, null);

        try (var session = TestSessions.signedInAs(centre.recruiter(), centre.tenant())) {
            assertEquals(List.of(dang.getId()), found("dang"), "Đ typed as D, the accents left out");
            assertEquals(List.of(dang.getId()), found("Minh Đặng"));
            assertEquals(List.of(dang.getId()), found("dang thi"), "the family name first");
            assertEquals(List.of(ndiaye.getId()), found("ndiaye"), "without the apostrophe");
            assertEquals(List.of(ndiaye.getId()), found("N'Diaye"), "a straight apostrophe for a curly one");
            assertEquals(List.of(ndiaye.getId()), found("etienne"), "a word after a hyphen");
            assertEquals(List.of(wang.getId()), found("王小明"), "a Chinese name written family name first");
            assertEquals(List.of(wang.getId()), found("小明"));
            assertEquals(List.of(nikpour.getId()), found("نیکپور"), "a Persian name typed without its non-joiner");
            assertEquals(List.of(nikpour.getId()), found("نیک\u200Cپور"), "and with it");
            assertEquals(List.of(nikpour.getId()), found("نیک پور"), "or with a space for it");
            assertEquals(List.of(nikpour.getId()), found("پور"), "its second part is a word of its own");
            assertEquals(List.of(damour.getId()), found("amour"), "the name after an elided particle, as said aloud");
            assertEquals(List.of(damour.getId()), found("damour"), "and the whole name without its apostrophe");
            assertEquals(List.of(damour.getId()), found("D'Amour jean"));
            assertEquals(List.of(dang.getId()), found(word.toUpperCase() + ".DANG@"), "a part of the e-mail");
            assertEquals(List.of(dang.getId()), found("77 123 45 67"), "the phone's digits as typed");
            assertEquals(List.of(dang.getId()), found("+221 (77) 123-45-67"));
            assertEquals(List.of(dang.getId()), found("00221 77 123 45 67"), "the international prefix as dialled");
            assertEquals(Set.of(dang.getId(), ndiaye.getId(), wang.getId(), nikpour.getId(), damour.getId()),
                    Set.copyOf(found(word)));
            assertEquals(List.of(), found("inh"), "a word is found by its start");
            assertEquals(List.of(), found("dang etienne"), "every word typed is found in the same person");
            assertEquals(List.of(), found("100%_"), "the pattern's own characters are text");
            assertTrue(!found("dang").contains(elsewhere.getId()), "another centre's person is never found");

            LeadFilter searched = LeadFilter.parse("q=" + java.net.URLEncoder.encode("Đặng minh",
                    java.nio.charset.StandardCharsets.UTF_8) + "&stage=NEW");
            assertEquals("Đặng minh", searched.text());
            assertEquals(searched, LeadFilter.parse(searched.toQuery()), "kept in the filter's address");
            assertEquals(List.of(dang.getId()), ids(searched), "with another filter");
            assertEquals(List.of(), ids(LeadFilter.parse(searched.toQuery().replace("stage=NEW", "stage=LOST"))));
        }
    }

    /**
     * A compound first name or a double family name is found typed with its hyphen or with a blank for it, whichever
     * way it was written on the form, and a name written run together is found typed with a hyphen.
     */
    @Test
    void aHyphenatedNameIsFoundWithItsHyphenOrABlank() {
        TestCentre centre = fixtures.newCentre("search-hyphens");
        String word = "z" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Lead jeanPierre = fixtures.newLead(centre.tenant(), centre.program(), "Jean-Pierre", "Bouchard",
                word + ".jp@example.ca", null, null);
        Lead marieEve = fixtures.newLead(centre.tenant(), centre.program(), "Marie Ève", "Tremblay",
                word + ".me@example.ca", null, null);
        Lead awa = fixtures.newLead(centre.tenant(), centre.program(), "Awa", "Ndiaye-Diop",
                word + ".awa@example.sn", null, null);
        Lead runTogether = fixtures.newLead(centre.tenant(), centre.program(), "Jeanmarc", "Lefebvre",
                word + ".jm@example.ca", null, null);

        try (var session = TestSessions.signedInAs(centre.recruiter(), centre.tenant())) {
            for (String typed : List.of("Jean-Pierre", "jean pierre", "Jean‑Pierre Bouchard")) {
                assertEquals(List.of(jeanPierre.getId()), found(typed), typed);
            }
            for (String typed : List.of("Marie-Ève", "marie eve", "Marie-Eve Tremblay")) {
                assertEquals(List.of(marieEve.getId()), found(typed), typed);
            }
            for (String typed : List.of("Ndiaye-Diop", "ndiaye diop", "awa ndiaye-diop")) {
                assertEquals(List.of(awa.getId()), found(typed), typed);
            }
            assertEquals(List.of(runTogether.getId()), found("Jean-Marc Lefebvre"),
                    "a name written run together, typed with its hyphen");
            assertEquals(List.of(), found("jean-pierre tremblay"), "every word typed is still required");
        }
    }

    /**
     * The page itself: the search box keeps what was typed, the list shows the person found, and the export of the
     * list so searched holds them alone; the page says, above its links, not to write to people who said no or whose
     * consent lapsed, and the file says of the person, who unsubscribed from the centre's mailings and sent a request
     * since, that she may be written to about it, without mailings, since the day of her request.
     */
    @Test
    void theListPageSearchesAndItsExportHoldsWhatWasFound() throws Exception {
        ca.tremplin.tenant.Tenant fjord = tenancy.acrossAllTenants(() -> tenants.findBySlug("css-du-fjord")).orElseThrow();
        long program = rows.count("select min(p.id) from program p where p.tenant_id = ? and p.status = 'PUBLISHED'",
                fjord.getId());
        String family = "Đỗ" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8).chars()
                .mapToObj(hex -> String.valueOf((char) ('a' + Character.digit(hex, 16)))).collect(
                        java.util.stream.Collectors.joining());
        ca.tremplin.inquiry.InquiryRequest request = ca.tremplin.testsupport.InquiryRequests.complete(
                ca.tremplin.testsupport.InquiryRequests.uniqueEmail(), program);
        request.setFirstName("Hoàng Anh");
        request.setLastName(family);
        Lead lead = fixtures.newLead(fjord, request);
        String typed = "hoang " + family.replace("Đỗ", "do");
        // Months before her request.
        rows.execute("insert into mail_opt_out (tenant_id, email_normalized, opted_out_at, channel)"
                + " values (?, ?, '2026-01-15 15:00:00', 'ONE_CLICK')", fjord.getId(), lead.getEmailNormalized());

        HttpVisitor recruiter = new HttpVisitor(base);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        String query = "q=" + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8);
        String page = recruiter.get("admin/leads.xhtml?" + query).body();
        assertTrue(page.contains("lead.xhtml?id=" + lead.getId() + "\""), page);
        assertTrue(page.contains("value=\"" + typed + "\""), "the box keeps what was typed: " + page);
        assertTrue(page.contains("id=\"export-leads-consent\"") && page.contains("N’écrivez jamais aux personnes qui"
                + " ont retiré ou refusé leur consentement, ou qui se sont désabonnées") && page.contains("ni à celles"
                + " dont le consentement est échu"), "said before the links: " + page);
        String csv = new String(recruiter.getBytes("admin/leads-export?format=csv&" + query).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, csv.strip().split("\r?\n").length, "a header and the one person: " + csv);
        assertTrue(csv.contains(family), csv);
        // The phone to call, right after the e-mail: the way a recruiter makes a list of calls.
        assertTrue(csv.contains("Courriel;Téléphone;Contact par courriel;Contact par courriel depuis le;"
                + "Pays de résidence"), csv);
        assertTrue(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(";" + lead.getEmail()
                        + ";'+84912345678;consentement donné (sans infolettres);") + "\\d{4}-\\d{2}-\\d{2};")
                .matcher(csv).find(), "her phone kept, and consent given by her request, no mailings: " + csv);
        assertFalse(csv.contains("2026-01-15"), "since her request, not her unsubscription: " + csv);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(recruiter.getBytes("admin/leads-export?format=xlsx&" + query).body()))) {
            List<org.dhatim.fastexcel.reader.Row> sheet = workbook.getFirstSheet().read();
            assertEquals(2, sheet.size(), "a header and the one person");
            assertEquals(List.of("Courriel", "Téléphone"), List.of(sheet.get(0).getCellText(3),
                    sheet.get(0).getCellText(4)));
            assertEquals(List.of(lead.getEmail(), "+84912345678"), List.of(sheet.get(1).getCellText(3),
                    sheet.get(1).getCellText(4)), "as stored, text");
            assertEquals(List.of("Contact par courriel", "consentement donné (sans infolettres)"),
                    List.of(sheet.get(0).getCellText(5), sheet.get(1).getCellText(5)));
        }
    }

    @Inject
    ca.tremplin.tenant.Tenancy tenancy;

    @Inject
    ca.tremplin.tenant.TenantRepository tenants;

    @Inject
    ca.tremplin.testsupport.DatabaseRows rows;

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL base;

    private List<Long> found(String typed) {
        return ids(LeadFilter.parse("q=" + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8)));
    }

    private List<Long> ids(LeadFilter filter) {
        return leadList.page(filter, 0, 50, TableSort.DEFAULT).stream().map(LeadRow::id).toList();
    }
}
