package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An address with an internationalised domain: the person who writes "…@xn--cole-9oa.ca" (the ASCII form of the
 * domain, as a mail program may copy it) once and "…@école.ca" another time is one lead, shown with the address they
 * typed first; mail to an address with letters outside ASCII before the at sign, which this server's mail session
 * cannot write (no SMTPUTF8), is given up at once with the reason. That the mail reaches the domain in ASCII is
 * {@code ca.tremplin.mail.InternationalDomainMailIT}'s.
 */
class InternationalAddressIT extends InServerTest {

    @Inject
    DatabaseRows rows;

    @Test
    void mailToAnAddressTheMailServerCannotTakeIsGivenUpAtOnceWithTheReason() throws Exception {
        TestCentre centre = fixtures.newCentre("idn-utf8");
        String international = "élève." + UUID.randomUUID().toString().substring(0, 8) + "@école.ca";

        fixtures.newLead(centre.tenant(), centre.program(), "Élève", "Tremblay", international, null, 2002);

        // Given up by the outbox's next round, without a mail server to ask: the server's session writes no such
        // address (mail.mime.allowutf8 is not set).
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        String status = rows.string("select status from outbox_message where recipient = ?", international);
        while ("PENDING".equals(status) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000);
            status = rows.string("select status from outbox_message where recipient = ?", international);
        }
        assertEquals("FAILED", status, "not tried again for hours");
        assertEquals(1, rows.count("select attempts from outbox_message where recipient = ?", international));
        String reason = rows.string("select last_error from outbox_message where recipient = ?", international);
        assertTrue(reason.contains("SMTPUTF8"), reason);
    }
}
