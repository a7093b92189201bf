package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.access.AccessRequests;
import ca.tremplin.access.AccessView;
import ca.tremplin.inquiry.InquiryRequest;
import ca.tremplin.security.TestSessions;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.ZipEntries;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A parent's or guardian's address is theirs: the address they gave when consenting for a child under 14 — or, for a
 * child with no address of their own, as the child's too. Erasing one child removes only what is that child's: the
 * mail to the guardian about them; a brother or sister the centre still holds under the same address keeps their mail,
 * their showcase profile and their records, and the guardian keeps their own choices. The guardian's own access
 * request is answered with what the centre holds about the guardian — which children are held under the address, and
 * what was consented to for each —, never with a child's record, and says where to ask for the children's records.
 */
class GuardianAddressIT extends InServerTest {

    @Inject
    PersonErasure erasure;

    @Inject
    AccessRequests accessRequests;

    @Inject
    ca.tremplin.showcase.ShowcaseInvitations invitations;

    @Inject
    ca.tremplin.showcase.ShowcasePosting posting;

    @Inject
    ca.tremplin.showcase.GuardianConsents guardianConsents;

    @Inject
    DatabaseRows rows;

    private static final String GUARDIAN_LINK = "vitrine-tuteur\\.xhtml\\?token=([A-Za-z0-9_-]+)";

    @Test
    void erasingAMinorLeavesTheSiblingsMailProfileAndRecordsUnderTheGuardiansAddress() throws Exception {
        TestCentre centre = fixtures.newCentre("sibling");
        Family family = family(centre, false);
        Child erased = family.child();
        Child sister = family.sister();
        String guardian = family.guardian();
        Child brother = Child.invented();
        Lead brothers = minorsLead(centre, brother, brother.email, guardian);
        rows.execute("insert into mail_opt_out (tenant_id, email_normalized, opted_out_at, channel)"
                + " values (?, ?, utc_timestamp(6), 'PAGE')", centre.tenant().getId(), guardian);
        assertTrue(mailTo(guardian, erased.first) >= 1 && mailTo(guardian, brother.first) >= 1
                && mailTo(guardian, sister.first) >= 1, "the guardian was told about each child");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin(), centre.tenant())) {
            erasure.eraseOnRequest(family.lead().getId());
        }

        assertEquals(0L, mailTo(guardian, erased.first), "the mail to the guardian about the erased child goes");
        assertTrue(mailTo(guardian, brother.first) >= 1, "the brother's stays");
        assertTrue(mailTo(guardian, sister.first) >= 1, "so does the sister's");
        assertEquals(1L, rows.count("select count(*) from showcase_profile where id = ? and display_name = ?",
                family.sistersProfile(), sister.first), "the sister's profile, which names the same guardian, is hers");
        assertEquals(brother.email, rows.string("select email from `lead` where id = ?", brothers.getId()));
        assertEquals(1L, rows.count("select count(*) from consent_record c join routed_inquiry r"
                + " on r.inquiry_id = c.inquiry_id where r.lead_id = ? and c.guardian_email = ?", brothers.getId(),
                guardian), "the brother's register still names the guardian who consented for him");
        assertEquals(1L, rows.count("select count(*) from mail_opt_out where tenant_id = ? and email_normalized = ?",
                centre.tenant().getId(), guardian), "the guardian's own choice stays");
        assertEquals(0L, rows.count("select count(*) from outbox_message where body_text like ?",
                "%" + erased.last + "%"), "nothing names the erased child any more");
    }

    /**
     * Children known by one name only — one by a first name, one by a last name, the other field left empty — are
     * named so in the mail their guardian was sent ("Votre consentement pour Wyl…"). Erasing each removes that mail,
     * and their brother's, under the same address, stays.
     */
    @Test
    void erasingAMinorKnownByOneNameRemovesTheMailToTheirGuardianThatNamesThem() throws Exception {
        TestCentre centre = fixtures.newCentre("one-name");
        String guardian = Child.invented().email;
        Child byFirstName = Child.invented();
        Child byLastName = Child.invented();
        Child brother = Child.invented();
        Lead first = minorsLead(centre, byFirstName.first, "", byFirstName.email, guardian);
        Lead last = minorsLead(centre, "", byLastName.last, byLastName.email, guardian);
        minorsLead(centre, brother.first, brother.last, brother.email, guardian);
        assertTrue(mailTo(guardian, byFirstName.first) >= 1 && mailTo(guardian, byLastName.last) >= 1
                && mailTo(guardian, brother.first) >= 1, "the guardian was told about each child, by their names");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin(), centre.tenant())) {
            erasure.eraseOnRequest(first.getId());
            erasure.eraseOnRequest(last.getId());
        }

        assertEquals(0L, mailTo(guardian, byFirstName.first), "the mail naming the child by their first name goes");
        assertEquals(0L, mailTo(guardian, byLastName.last), "so does the one naming the other by their last name");
        assertTrue(mailTo(guardian, brother.first) >= 1, "the brother's stays");
    }

    /**
     * A child with no address of their own: their guardian gave theirs as the child's. The child's mail at that
     * address goes with them, however it greets them; the mail naming their sister stays, and so does her profile.
     */
    @Test
    void aMinorWhoseGuardianGaveTheirOwnAddressLosesTheirMailButNotTheSisters() throws Exception {
        TestCentre centre = fixtures.newCentre("shared-address");
        Family family = family(centre, true);
        String guardian = family.guardian();
        assertTrue(mailTo(guardian, family.child().first) >= 2, "the acknowledgement and the guardian's notice");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin(), centre.tenant())) {
            erasure.eraseOnRequest(family.lead().getId());
        }

        assertEquals(0L, mailTo(guardian, family.child().first), "the erased child's mail goes");
        assertTrue(mailTo(guardian, family.sister().first) >= 1, "the sister's stays");
        assertEquals(1L, rows.count("select count(*) from showcase_profile where id = ?", family.sistersProfile()));
    }

    /**
     * The guardian asks for their data from the public page: the centre that holds two of their children answers, with
     * the children's names and what was consented to, the mail sent to the guardian — and neither the child's request
     * nor the sister's profile, whose text and photo stay out. The privacy officer's list says the address is a
     * guardian's, and sending the answer works.
     */
    @Test
    void aGuardiansAccessRequestNamesTheChildrenHeldUnderTheirAddressWithoutTheirRecords() throws Exception {
        TestCentre centre = fixtures.newCentre("guardian-access");
        Family family = family(centre, false);
        String guardian = family.guardian();

        AccessView view = openedRequest(guardian);
        assertEquals(1, view.centres().size(), "the centre holds the address, as a guardian's: " + view);
        Map<String, String> zip = downloaded(guardian, view.centres().get(0).partId());

        JsonObject tables = Json.createReader(new StringReader(zip.get("personal-data.json"))).readObject()
                .getJsonObject("tables");
        JsonArray children = tables.getJsonArray(PersonalDataExport.GUARDIAN_OF);
        assertEquals(List.of("INQUIRY", "SHOWCASE_PROFILE"), children.stream()
                .map(row -> row.asJsonObject().getString("record_kind")).sorted().toList(), children.toString());
        assertTrue(children.toString().contains(family.child().first + " " + family.child().last)
                && children.toString().contains(family.sister().first), "each child by name: " + children);
        assertFalse(tables.containsKey("showcase_profile") || tables.containsKey("lead")
                || tables.containsKey("inquiry"), "no child's record: " + tables.keySet());
        String everything = String.join("\n", zip.values());
        assertFalse(everything.contains(family.sister().testimony()) || everything.contains(family.child().message()),
                "neither the profile's testimony nor the request's message");
        assertFalse(zip.keySet().stream().anyMatch(name -> name.startsWith("files/showcase_photo")),
                "nor the sister's photo: " + zip.keySet());
        assertTrue(tables.getJsonArray("outbox_message").size() >= 2, "the mail sent to the guardian is theirs");
        assertTrue(zip.get("vos-donnees.html").contains("Leur propre dossier n’est pas joint"),
                "the page says where to ask for the children's records");
        assertEquals(1L, rows.count("select count(*) from showcase_profile where id = ?", family.sistersProfile()));

        try (TenantContext.Scope ignored = centre.asAdmin()) {
            AccessRequests.Row row = accessRequests.ofCentre().stream().filter(r -> guardian.equals(r.email()))
                    .findFirst().orElseThrow();
            assertTrue(row.guardian(), "the officer is told the address is a guardian's");
            accessRequests.send(row.partId());
        }
        assertEquals(1L, rows.count("select count(*) from outbox_message where recipient = ?"
                + " and attachment_name like 'personal-data%'", guardian), "the answer goes to the guardian");
    }

    /**
     * A child's lead under the very address their guardian consented with: the lead is at that address, but the address
     * is the guardian's too, and the link proves no more than that its reader receives its mail. The answer names the
     * child's request; the record itself is not handed out, nor counted as an export of it.
     */
    @Test
    void aChildsLeadUnderTheGuardiansOwnAddressIsNotHandedToThatAddress() throws Exception {
        TestCentre centre = fixtures.newCentre("guardian-shared");
        Child child = Child.invented();
        String guardian = Child.invented().email;
        Lead lead = minorsLead(centre, child, guardian, guardian);

        AccessView view = openedRequest(guardian);
        assertEquals(1, view.centres().size(), view.toString());
        Map<String, String> zip = downloaded(guardian, view.centres().get(0).partId());

        JsonObject json = Json.createReader(new StringReader(zip.get("personal-data.json"))).readObject();
        assertEquals(0, json.getJsonArray("leadIds").size(), "no lead handed out");
        assertFalse(json.getJsonObject("tables").containsKey("lead"), json.getJsonObject("tables").keySet().toString());
        assertEquals(List.of("INQUIRY"), json.getJsonObject("tables").getJsonArray(PersonalDataExport.GUARDIAN_OF)
                .stream().map(row -> row.asJsonObject().getString("record_kind")).toList());
        assertFalse(json.getJsonObject("tables").containsKey("inquiry")
                || json.getJsonObject("tables").containsKey("consent_change"), "nor the request's record");
        assertEquals(0L, rows.count("select count(*) from personal_data_access where lead_id = ?", lead.getId()),
                "nothing of the child's record was exported");
    }

    /**
     * A guardian and two of their children under 14 the centre holds: a child's lead, made by a request with the
     * guardian's consent (at the child's own address, or at the guardian's when {@code childUsesGuardiansAddress}), and
     * the sister's showcase profile, which the guardian confirmed.
     */
    private Family family(TestCentre centre, boolean childUsesGuardiansAddress) throws SQLException {
        Child child = Child.invented();
        Child sister = Child.invented();
        String guardian = Child.invented().email;
        Lead lead = minorsLead(centre, child, childUsesGuardiansAddress ? guardian : child.email, guardian);
        return new Family(child, lead, sister, profileOfAMinor(centre, sister, guardian), guardian);
    }

    private record Family(Child child, Lead lead, Child sister, long sistersProfile, String guardian) {
    }

    /** A child under 14's lead, made by a request they sent with their guardian's consent. */
    private Lead minorsLead(TestCentre centre, Child child, String email, String guardian) {
        InquiryRequest request = InquiryRequests.complete(email, centre.program().getId());
        request.setFirstName(child.first);
        request.setLastName(child.last);
        request.setPhone(child.phoneTyped);
        request.setMessage(child.message());
        request.setBirthYear(java.time.Year.now().getValue() - 12);
        request.setGuardianName("Parent " + child.last);
        request.setGuardianEmail(guardian);
        request.setGuardianConsent(true);
        return fixtures.newLead(centre.tenant(), request);
    }

    /**
     * A child under 14's lead by these names (one of them may be empty: a person known by one name), made by a request
     * they sent with the consent of a guardian whose own name is neither.
     */
    private Lead minorsLead(TestCentre centre, String first, String last, String email, String guardian) {
        InquiryRequest request = InquiryRequests.complete(email, centre.program().getId());
        request.setFirstName(first);
        request.setLastName(last);
        request.setPhone(null);
        request.setBirthYear(java.time.Year.now().getValue() - 12);
        request.setGuardianName("Nadia Tremblay");
        request.setGuardianEmail(guardian);
        request.setGuardianConsent(true);
        return fixtures.newLead(centre.tenant(), request);
    }

    /** A showcase profile a child under 14 posted, their guardian named, who confirmed it. */
    private long profileOfAMinor(TestCentre centre, Child child, String guardian) throws SQLException {
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            invitations.inviteByEmail(child.email, Locale.FRENCH);
        }
        String link = "invitation=([A-Za-z0-9_-]+)";
        String invitation = found(lastMailTo(child.email, link), link);
        long profile = posting.post(invitation, new ca.tremplin.showcase.ProfilePost(child.first,
                        centre.program().getId(), "Ébéniste", null, child.testimony(), null, child.email,
                        java.time.Year.now().getValue() - 12, "Parent " + child.last, guardian, true, true, true),
                ca.tremplin.showcase.TestPhotos.photo(), Locale.FRENCH, "10.66.9.2").profileId();
        guardianConsents.confirm(found(lastMailTo(guardian, GUARDIAN_LINK), GUARDIAN_LINK), "10.66.9.3");
        return profile;
    }

    /** An access request of this address, its link opened. */
    private AccessView openedRequest(String address) throws SQLException {
        accessRequests.ask(address, Locale.FRENCH, "192.0.2.70");
        return accessRequests.open(token(address), "192.0.2.70");
    }

    /** The centre's part of the request, as the person downloads it: the zip's entries. */
    private Map<String, String> downloaded(String address, long partId) throws SQLException {
        return ZipEntries.asText(accessRequests.download(token(address), partId, "192.0.2.70").content());
    }

    private String token(String address) throws SQLException {
        String link = "acces\\.xhtml\\?token=([A-Za-z0-9_-]+)";
        return found(lastMailTo(address, link), link);
    }

    /** The messages to this address whose text names this word. */
    private long mailTo(String address, String word) throws SQLException {
        return rows.count("select count(*) from outbox_message where recipient = ? and (body_text like ?"
                + " or subject like ?)", address, "%" + word + "%", "%" + word + "%");
    }

    private String lastMailTo(String recipient, String pattern) throws SQLException {
        for (String body : rows.strings("select body_text from outbox_message where recipient = ? order by id desc",
                recipient)) {
            if (Pattern.compile(pattern).matcher(body).find()) {
                return body;
            }
        }
        throw new AssertionError("no mail to " + recipient + " matching " + pattern);
    }

    private static String found(String text, String pattern) {
        Matcher found = Pattern.compile(pattern).matcher(text);
        assertTrue(found.find(), text);
        return found.group(1);
    }

    /** A child whose names, address and phone appear nowhere else: invented words and numbers. */
    private record Child(String first, String last, String email, String phoneTyped) {

        static Child invented() {
            Random random = new Random();
            String first = "Wyl" + letters(random, 6);
            String last = "Brax" + letters(random, 7);
            String mobile = String.format("%07d", random.nextInt(10_000_000));
            return new Child(first, last, (first + "." + last).toLowerCase(Locale.ROOT) + "@famille.sn",
                    "+221 77 " + mobile.substring(0, 3) + " " + mobile.substring(3, 5) + " " + mobile.substring(5));
        }

        String message() {
            return "Je m’appelle " + first + " et j’aime le bois.";
        }

        String testimony() {
            return "Moi, " + first + ", je fabrique des meubles avec mon oncle le samedi.";
        }

        private static String letters(Random random, int count) {
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < count; i++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            return word.toString();
        }
    }
}
