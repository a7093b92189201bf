package ca.tremplin.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.person.Lead;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a person's asks for their data leave behind, read from the database. */
class AccessRequestsIT extends InServerTest {

    @Inject
    AccessRequests requests;

    @Inject
    DatabaseRows rows;

    /**
     * The button pressed twice (the second post waits for the first, then is handled as a new one): one request and
     * one mail, not two links to two requests. The address written another way is the same address.
     */
    @Test
    void askingTwiceInAMomentMakesOneRequestAndOneMail() throws Exception {
        String email = "awa." + UUID.randomUUID().toString().substring(0, 8) + "@example.sn";
        requests.ask(email, Locale.FRENCH, "192.0.2.10");
        requests.ask(" " + email.toUpperCase(Locale.ROOT), Locale.FRENCH, "192.0.2.10");

        assertEquals(1, rows.count("select count(*) from access_request where email_normalized = ?", email));
        assertEquals(1, rows.count("select count(*) from outbox_message where lower(recipient) = ?", email));
    }

    /** Once the first link has been opened, asking again is a new request with a link of its own. */
    @Test
    void askingAgainAfterOpeningTheLinkMakesANewRequest() throws Exception {
        String email = "moussa." + UUID.randomUUID().toString().substring(0, 8) + "@example.sn";
        requests.ask(email, Locale.ENGLISH, "192.0.2.11");
        rows.execute("update access_request set verified_at = utc_timestamp() where email_normalized = ?", email);
        requests.ask(email, Locale.ENGLISH, "192.0.2.11");

        assertEquals(2, rows.count("select count(*) from access_request where email_normalized = ?", email));
        assertEquals(2, rows.count("select count(*) from outbox_message where lower(recipient) = ?", email));
    }

    /**
     * A person whose documents weigh more than a message can carry: the privacy officer's "send" is refused with the
     * size, the limit and until when the person's own link downloads it, and nothing is queued that no mail server
     * would take while the page said "sent".
     */
    @Test
    void dataTooLargeForAMessageIsRefusedSayingUntilWhenThePersonCanDownloadIt() throws Exception {
        TestCentre centre = fixtures.newCentre("acces-lourd");
        Lead lead = fixtures.newLead(centre.tenant(), centre.program());
        byte[] scan = new byte[8_000_000];
        new Random(7).nextBytes(scan);
        rows.execute("insert into lead_document (tenant_id, lead_id, kind, file_name, content_type, size_bytes,"
                + " uploaded_at) values (?, ?, 'PASSPORT', 'passeport.pdf', 'application/pdf', ?, utc_timestamp())",
                centre.tenant().getId(), lead.getId(), scan.length);
        rows.execute("insert into lead_document_content (document_id, content) select max(id), ? from lead_document"
                + " where lead_id = ?", scan, lead.getId());
        String email = lead.getEmailNormalized();
        requests.ask(email, Locale.FRENCH, "192.0.2.12");
        Matcher token = Pattern.compile("acces\\.xhtml\\?token=([^&\\s]+)").matcher(rows.string(
                "select body_text from outbox_message where recipient = ? order by id desc", email));
        assertTrue(token.find());
        requests.open(URLDecoder.decode(token.group(1), StandardCharsets.UTF_8), "192.0.2.12");
        long part = Long.parseLong(rows.string("select p.id from access_request_part p join access_request r"
                + " on r.id = p.request_id where r.email_normalized = ? and p.tenant_id = ?", email,
                centre.tenant().getId()));

        BusinessRuleException refused;
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            refused = assertThrows(BusinessRuleException.class, () -> requests.send(part));
        }

        assertEquals("access.tooLargeToMail", refused.messageKey());
        String said = refused.localizedMessage(Locale.FRENCH);
        assertTrue(said.contains("(au plus 7 Mo)") && said.contains("jusqu’au "), said);
        assertEquals(0, rows.count("select count(*) from outbox_message where recipient = ?"
                + " and subject like 'Vos renseignements personnels%'", email), "nothing queued");
        assertEquals(null, rows.string("select answer from access_request_part where id = ?", part),
                "still to answer");
    }
}
