package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void failedAttemptsAreRetriedLaterAndLaterUpToAnHour() {
        OutboxMessage message = new OutboxMessage(null, new MailContent("a@b.test", "s", "t", null), NOW);

        message.markAttemptFailed("SMTP 451", NOW);
        assertEquals(NOW.plus(Duration.ofSeconds(30)), message.getNextAttemptAt());
        message.markAttemptFailed("SMTP 451", NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(1)), message.getNextAttemptAt());
        for (int i = 0; i < 8; i++) {
            message.markAttemptFailed("SMTP 451", NOW);
        }
        assertEquals(NOW.plus(Duration.ofHours(1)), message.getNextAttemptAt());
        assertEquals(OutboxStatus.PENDING, message.getStatus());
    }

    /**
     * The recipient is kept as the person's key writes the domain, in Unicode, so that the erasure and the export of
     * their data find the message however the address was typed; unless that spelling could not be sent again.
     */
    @Test
    void theRecipientIsKeptWithItsDomainInUnicodeWhenItCanBeSentSo() {
        assertEquals("Amina@école.ca", new OutboxMessage(null, new MailContent("Amina@xn--cole-9oa.ca", "s", "t", null),
                NOW).getRecipient());
        assertEquals("Amina@école.ca", OutboxMessage.keptSpelling("Amina@ÉCOLE.CA"));
        assertEquals("a@exemple.org", OutboxMessage.keptSpelling("a@Exemple.ORG"));
        assertEquals("max@xn--strae-oqa.de", OutboxMessage.keptSpelling("max@xn--strae-oqa.de"),
                "IDNA 2003 would write straße as strasse: kept as typed, and sent so");
    }

    @Test
    void aHeldMessageIsNotDueBeforeItsTimeAndAnEarlierTimeHoldsNothing() {
        OutboxMessage message = new OutboxMessage(null, new MailContent("a@b.test", "s", "t", null), NOW);

        message.holdUntil(NOW.plus(Duration.ofMinutes(15)));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), message.getNextAttemptAt());
        message.holdUntil(NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(15)), message.getNextAttemptAt(), "held as long as asked first");
        assertEquals(OutboxStatus.PENDING, message.getStatus());
    }

    /**
     * However many times the mail server says "not now", a message is tried again; it is given up when it has waited
     * the outbox's time (72 hours), with what held it back last.
     */
    @Test
    void aMessageIsGivenUpForItsAgeNeverForItsNumberOfAttempts() {
        OutboxMessage message = new OutboxMessage(null, new MailContent("a@b.test", "s", "t", null), NOW);

        for (int i = 0; i < 100; i++) {
            message.markAttemptFailed("SendFailedException SMTP 451 4.3.0", NOW.plus(Duration.ofMinutes(i)));
        }

        assertEquals(OutboxStatus.PENDING, message.getStatus(), "a hundred refusals for now give nothing up");
        assertFalse(message.expiredAt(NOW.plus(Duration.ofHours(71))));
        assertTrue(message.expiredAt(NOW.plus(Duration.ofHours(72))));
        message.markExpired();
        assertEquals(OutboxStatus.FAILED, message.getStatus());
        assertEquals("Given up: not sent within 72 hours; last: SendFailedException SMTP 451 4.3.0",
                message.getLastError());
    }

    /** An outage of the mail server is no attempt of the message: it keeps its place, and says why it waits. */
    @Test
    void aMailServerOutOfReachCostsTheMessageNothing() {
        OutboxMessage message = new OutboxMessage(null, new MailContent("a@b.test", "s", "t", null), NOW);

        for (int i = 0; i < 1000; i++) {
            message.markServerUnreachable("No mail server reached: MailConnectException");
        }

        assertEquals(OutboxStatus.PENDING, message.getStatus());
        assertEquals(0, message.getAttempts());
        assertEquals(NOW, message.getNextAttemptAt(), "still first in line when the server is back");
        assertEquals("No mail server reached: MailConnectException", message.getLastError());
    }

    @Test
    void aMessageRefusedForGoodIsGivenUpAtOnceWithTheReason() {
        OutboxMessage message = new OutboxMessage(null, new MailContent("a@b.test", "s", "t", null), NOW);

        message.markUndeliverable("Refused by the mail server: SMTP 550 5.1.1");

        assertEquals(OutboxStatus.FAILED, message.getStatus());
        assertEquals("Refused by the mail server: SMTP 550 5.1.1", message.getLastError());
    }

    /** RFC 3834: the application's own mail says it is automatic; what a member of staff sends does not. */
    @Test
    void onlyTheApplicationsOwnMailIsMarkedAutomatic() {
        MailContent content = new MailContent("a@b.test", "s", "t", null);

        assertTrue(new OutboxMessage(null, content, NOW).isAutoSubmitted());
        assertFalse(new OutboxMessage(null, content.bySomeoneOfStaff(), NOW).isAutoSubmitted());
        assertTrue(content.bySomeoneOfStaff().attaching(null).unsubscribedBy("https://x.test/u").to("c@d.test")
                .sentByStaff(), "kept through every change of the message");
    }
}
