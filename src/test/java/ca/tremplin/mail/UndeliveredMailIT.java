package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.InServerTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A centre's admins are told how many of its messages the outbox gave up on in the last 30 days, and queue them
 * again: their own centre's only, never another's, nor the older ones; the platform's own mail (written for no centre)
 * is counted for the coordinating organisation's platform admins.
 */
class UndeliveredMailIT extends InServerTest {

    @Inject
    UndeliveredMail undelivered;

    @Inject
    Outbox outbox;

    @Inject
    Tenancy tenancy;

    @Inject
    DatabaseRows rows;

    @Test
    void aCentresAdminsQueueAgainItsMailGivenUpLatelyAndNoOneElses() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("non-envoye");
        Tenant plaine = fixtures.newSchoolBoard("non-envoye-b");
        long ours = givenUp(fjord.getId(), 1);
        long older = givenUp(fjord.getId(), 40);
        long theirs = givenUp(plaine.getId(), 1);

        assertEquals(1, undelivered.count(fjord.getId(), false), "the one given up lately");
        assertEquals(1, undelivered.sendAgain(fjord.getId(), false));

        assertTrue(List.of("PENDING", "SENT").contains(status(ours)), status(ours));
        assertEquals("0", rows.string("select attempts from outbox_message where id = ?", ours));
        assertTrue(rows.count("select count(*) from outbox_message where id = ?"
                + " and queued_at > utc_timestamp(6) - interval 5 minute", ours) == 1,
                "its 72 hours count from now");
        assertEquals("FAILED", status(older), "older than 30 days: history, not queued again");
        assertEquals("FAILED", status(theirs), "another centre's mail is not this admin's to send");
        assertEquals(0, undelivered.count(fjord.getId(), false));
        assertEquals(1, undelivered.count(plaine.getId(), false));
    }

    @Test
    void thePlatformsOwnMailIsCountedForTheCoordinationsPlatformAdminsOnly() throws Exception {
        Tenant centre = fixtures.newSchoolBoard("non-envoye-c");
        long withPlatform = undelivered.count(centre.getId(), true);

        givenUp(null, 2);

        assertEquals(withPlatform + 1, undelivered.count(centre.getId(), true));
        assertEquals(0, undelivered.count(centre.getId(), false), "a centre's own count leaves it out");
    }

    /**
     * A message erased with its person (address and content emptied, as the erasure leaves it) is nobody's mail any
     * more: the panel neither counts it nor queues it again, where it would fail at once and be counted for a month.
     */
    @Test
    void mailErasedWithItsPersonIsNeitherCountedNorQueuedAgain() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("non-envoye-efface");
        long kept = givenUp(fjord.getId(), 1);
        long erased = givenUp(fjord.getId(), 1);
        rows.execute("update outbox_message set recipient = '', subject = '—', body_text = '', last_error = null"
                + " where id = ?", erased);

        assertEquals(1, undelivered.count(fjord.getId(), false), "the person's who is still someone");
        assertEquals(1, undelivered.sendAgain(fjord.getId(), false));

        assertTrue(List.of("PENDING", "SENT").contains(status(kept)), status(kept));
        assertEquals("FAILED", status(erased));
        assertEquals(null, rows.string("select last_error from outbox_message where id = ?", erased),
                "left as the erasure left it");
    }

    /** A message of the centre given up {@code daysAgo}, after the mail server said "not now" for its whole time. */
    private long givenUp(Long tenantId, int daysAgo) throws Exception {
        // Held a year: no round of the server sends it while the test writes how it ended.
        OutboxMessage message = tenancy.acrossAllTenants(() -> outbox.enqueueHeld(tenantId, new MailContent(
                "ana." + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "Rentrée", "Bonjour Ana",
                null), Instant.now().plus(Duration.ofDays(365))));
        rows.execute("update outbox_message set status = 'FAILED', attempts = 40, last_error = ?,"
                        + " queued_at = utc_timestamp(6) - interval ? day, created_at = utc_timestamp(6) - interval ? day"
                        + " where id = ?", "Given up: not sent within 72 hours; last: SendFailedException SMTP 451",
                daysAgo, daysAgo, message.getId());
        return message.getId();
    }

    private String status(long id) throws Exception {
        return rows.string("select status from outbox_message where id = ?", id);
    }
}
