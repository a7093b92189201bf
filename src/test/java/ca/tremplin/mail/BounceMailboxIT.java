package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadField;
import ca.tremplin.security.Role;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestDatabase;
import ca.tremplin.testsupport.TestFixtures;
import ca.tremplin.testsupport.TestMailServer;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A bounce dropped in the bounce mailbox (IMAP, GreenMail) is read by the mailbox's round: the message it names by its
 * return path bounces, the person's record says the address is undeliverable — on its timeline and in its journal —,
 * the centre's next message to the address is held, and confirming the address lets it leave. A forged report (a tag
 * not written with the server's key) and a delay change nothing of the record; the mailbox is emptied either way.
 * Mail held for an address staff then correct reaches the new address, once, its footer written for it: the consents
 * link at its foot opens the person's consents at the new address (the test mail server, which only the client side
 * reads, receives it: the first of the two tests that say so runs in the server, the second reads what arrived).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BounceMailboxIT extends InServerTest {

    private static final String MAILBOX = "bounces-it@tremplin.test";
    /** The subject of the message held, then released to the corrected address: how the client side finds it. */
    private static final String HELD_SUBJECT = "Votre rentrée (retenu puis corrigé)";

    @Inject
    BounceMailbox mailbox;

    @Inject
    Outbox outbox;

    @Inject
    Tenancy tenancy;

    @Inject
    DatabaseRows rows;

    @Inject
    ca.tremplin.person.UndeliverableLeadAddresses undeliverable;

    @Inject
    ca.tremplin.person.LeadRepository leads;

    private GreenMail imap;
    private GreenMailUser user;
    private BounceMailbox.Settings settings;

    @BeforeEach
    void startMailbox() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        imap = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        user = imap.setUser(MAILBOX, "bounces-it", "secret");
        settings = new BounceMailbox.Settings("imap", "127.0.0.1", port, "bounces-it", "secret", "INBOX",
                Duration.ofMinutes(1));
    }

    @AfterEach
    void stopMailbox() {
        imap.stop();
    }

    @Test
    void aBounceInTheMailboxMarksTheLeadsAddressAndHoldsTheNextMailUntilConfirmed() throws Exception {
        Tenant centre = fixtures.newSchoolBoard("rebond");
        Program program = fixtures.newProgram(centre, ProgramType.DEP, TestFixtures.programCode(), "Soudage-montage",
                "Welding and Fitting", "16", "soudage", true);
        String email = "amina." + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        Lead lead = fixtures.newLead(centre, program, "Amina", "Diallo", email, null, null);
        long sent = sentMessage(centre, email);

        drop(bounce(ReturnPath.configured().orElseThrow().forMessage(sent), email, "failed", "5.1.1",
                "550 5.1.1 <" + email + ">: Recipient address rejected: User unknown"));
        BounceMailbox.Round round = mailbox.read(settings);

        assertEquals(new BounceMailbox.Round(1, 1, 0, 0), round);
        assertEquals("BOUNCED", rows.string("select status from outbox_message where id = ?", sent));
        assertEquals("5.1.1", rows.string("select delivery_status from outbox_message where id = ?", sent));
        assertNotNull(rows.string("select email_undeliverable_since from `lead` where id = ?", lead.getId()));
        assertTrue(rows.string("select email_undeliverable_reason from `lead` where id = ?", lead.getId())
                .contains("User unknown"));
        assertEquals(1, rows.count("select count(*) from lead_event where lead_id = ? and kind = 'ADDRESS_UNDELIVERABLE'"
                + " and actor_id is null and detail like ?", lead.getId(), email + " — 550 5.1.1%"));
        assertEquals(1, rows.count("select count(*) from lead_audit where lead_id = ? and field = 'EMAIL_DELIVERY'"
                + " and source = 'DELIVERY_REPORT' and source_ref = ?", lead.getId(), sent));
        assertEquals(0, imap.getReceivedMessages().length, "the mailbox is emptied");

        long next = tenancy.asTenant(centre.getId(), () -> outbox.enqueue(centre.getId(),
                new MailContent(email, "Rentrée", "Bonjour Amina", null)).getId());
        assertEquals("HELD", rows.string("select status from outbox_message where id = ?", next),
                "held rather than sent to an address that bounced");
        long staff = fixtures.newAccount(centre, ca.tremplin.security.Role.RECRUITER).getId();

        int released = tenancy.asTenant(centre.getId(), () -> undeliverable.confirm(
                leads.byId(lead.getId()).orElseThrow(), staff));

        assertEquals(1, released);
        assertTrue(java.util.List.of("PENDING", "SENT").contains(
                rows.string("select status from outbox_message where id = ?", next)));
        assertEquals(null, rows.string("select email_undeliverable_since from `lead` where id = ?", lead.getId()));
        assertEquals(1, rows.count("select count(*) from lead_event where lead_id = ? and kind = 'ADDRESS_CONFIRMED'",
                lead.getId()));
    }

    @Test
    @Order(1)
    void mailHeldForABouncedAddressLeavesForTheAddressStaffCorrectItTo() throws Exception {
        Tenant centre = fixtures.newSchoolBoard("rebond-corrige");
        Program program = fixtures.newProgram(centre, ProgramType.DEP, TestFixtures.programCode(), "Soudage-montage",
                "Welding and Fitting", "16", "soudage", true);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String bounced = "awa." + run + "@example.net";
        String corrected = "kadiatou." + run + "@corrige.example.org";
        Lead lead = fixtures.newLead(centre, program, "Awa", "Diallo", bounced, null, null);
        long sent = sentMessage(centre, bounced);
        drop(bounce(ReturnPath.configured().orElseThrow().forMessage(sent), bounced, "failed", "5.1.1",
                "550 5.1.1 <" + bounced + ">: Recipient address rejected: User unknown"));
        assertEquals(new BounceMailbox.Round(1, 1, 0, 0), mailbox.read(settings));
        long held = tenancy.asTenant(centre.getId(), () -> outbox.enqueue(centre.getId(), new MailContent(bounced,
                HELD_SUBJECT, "Bonjour Awa,\nLa rentrée approche.", null)).getId());
        assertEquals("HELD", rows.string("select status from outbox_message where id = ?", held));

        fixtures.correctedByStaff(centre, fixtures.newAccount(centre, Role.RECRUITER), lead.getId(), LeadField.EMAIL,
                corrected);

        assertEquals(corrected, rows.string("select recipient from outbox_message where id = ?", held));
        assertTrue(java.util.List.of("PENDING", "SENT").contains(
                rows.string("select status from outbox_message where id = ?", held)), "released");
        assertEquals(null, rows.string("select email_undeliverable_since from `lead` where id = ?", lead.getId()));
    }

    /** What the test before this one released, as the test mail server received it. */
    @Test
    @Order(2)
    @RunAsClient
    void theReleasedMailArrivesOnceAtTheCorrectedAddressWithAFooterWrittenForIt() throws Exception {
        String corrected = TestDatabase.firstColumn("select recipient from outbox_message where subject = ?"
                + " order by id desc limit 1", HELD_SUBJECT);
        assertNotNull(corrected, "the message held, then released by the test before this one");
        String bounced = "awa." + corrected.substring("kadiatou.".length(), corrected.indexOf('@')) + "@example.net";

        // Long enough for the outbox's rounds to find the test mail server back (at most two minutes apart).
        Message arrived = TestMailServer.awaitMessageTo(corrected, Duration.ofSeconds(150));

        assertEquals(HELD_SUBJECT, arrived.getSubject());
        assertEquals(1, TestMailServer.countTo(corrected, HELD_SUBJECT), "once");
        // The record's creation may have acknowledged the person at the first address before it bounced: what
        // matters is that the held message never went there.
        assertEquals(0, TestMailServer.countTo(bounced, HELD_SUBJECT), "the held message not to the address that bounced");
        HttpResponse<String> consents = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                TestMailServer.linkTo(arrived, "/consentements.xhtml"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, consents.statusCode());
        assertTrue(consents.body().contains("@corrige.example.org"), "the footer's link opens the consents at the"
                + " corrected address: " + consents.body());
        assertFalse(consents.body().contains("@example.net") || consents.body().contains("preferences-none"),
                "not at the address that bounced, where the centre keeps nothing now");
    }

    @Test
    void aForgedBounceAndADelayChangeNothingOfTheRecord() throws Exception {
        Tenant centre = fixtures.newSchoolBoard("rebond-faux");
        Program program = fixtures.newProgram(centre, ProgramType.DEP, TestFixtures.programCode(), "Soudage-montage",
                "Welding and Fitting", "16", "soudage", true);
        String email = "kofi." + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        Lead lead = fixtures.newLead(centre, program, "Kofi", "Mensah", email, null, null);
        long sent = sentMessage(centre, email);
        String returnPath = ReturnPath.configured().orElseThrow().forMessage(sent);
        String forged = returnPath.substring(0, returnPath.indexOf('@') - 12) + "000000000000"
                + returnPath.substring(returnPath.indexOf('@'));

        drop(bounce(forged, email, "failed", "5.1.1", "550 5.1.1 User unknown"));
        drop(bounce(returnPath, email, "delayed", "4.4.1", "451 4.4.1 Mailbox temporarily unavailable"));
        BounceMailbox.Round round = mailbox.read(settings);

        assertEquals(new BounceMailbox.Round(2, 0, 1, 1), round);
        assertEquals("SENT", rows.string("select status from outbox_message where id = ?", sent));
        assertEquals("4.4.1", rows.string("select delivery_status from outbox_message where id = ?", sent),
                "the delay is recorded");
        assertEquals(null, rows.string("select email_undeliverable_since from `lead` where id = ?", lead.getId()));
        assertEquals(0, rows.count("select count(*) from lead_event where lead_id = ? and kind = 'ADDRESS_UNDELIVERABLE'",
                lead.getId()));
        assertEquals(0, imap.getReceivedMessages().length);
    }

    /** A message of the centre to the address, as sent: held a year first, so that no round sends it meanwhile. */
    private long sentMessage(Tenant centre, String email) throws Exception {
        OutboxMessage message = tenancy.acrossAllTenants(() -> outbox.enqueueHeld(centre.getId(), new MailContent(
                email, "Votre demande", "Bonjour", null), Instant.now().plus(Duration.ofDays(365))));
        rows.execute("update outbox_message set status = 'SENT', sent_at = utc_timestamp(6) where id = ?",
                message.getId());
        return message.getId();
    }

    private void drop(String raw) throws Exception {
        user.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
    }

    /** A delivery status notification as Postfix writes one, sent to {@code returnPath}. */
    private static String bounce(String returnPath, String recipient, String action, String status,
                                 String diagnostic) {
        return "Return-Path: <>\r\n"
                + "Delivered-To: " + returnPath + "\r\n"
                + "From: MAILER-DAEMON@relay.tremplin.test (Mail Delivery System)\r\n"
                + "To: " + returnPath + "\r\n"
                + "Subject: Undelivered Mail Returned to Sender\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\r\n\r\n"
                + "--B1\r\nContent-Type: text/plain\r\n\r\nThe mail system\r\n\r\n"
                + "--B1\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; relay.tremplin.test\r\n\r\n"
                + "Final-Recipient: rfc822; " + recipient + "\r\n"
                + "Action: " + action + "\r\nStatus: " + status + "\r\n"
                + "Diagnostic-Code: smtp; " + diagnostic + "\r\n\r\n"
                + "--B1--\r\n";
    }
}
