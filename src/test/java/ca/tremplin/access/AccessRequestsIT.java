package ca.tremplin.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.InServerTest;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.UUID;
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
}
