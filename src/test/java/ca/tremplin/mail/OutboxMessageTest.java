package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void failedAttemptsAreRetriedLaterAndLaterUpToAnHour() {
        OutboxMessage message = new OutboxMessage(null, new MailContent("a@b.test", "s", "t", null), NOW);

        message.markAttemptFailed("Connection refused", NOW);
        assertEquals(NOW.plus(Duration.ofSeconds(30)), message.getNextAttemptAt());
        message.markAttemptFailed("Connection refused", NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(1)), message.getNextAttemptAt());
        for (int i = 0; i < 8; i++) {
            message.markAttemptFailed("Connection refused", NOW);
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

    @Test
    void aMessageIsGivenUpAfterTwelveAttemptsWithTheLastReason() {
        OutboxMessage message = new OutboxMessage(null, new MailContent("a@b.test", "s", "t", null), NOW);

        for (int i = 0; i < OutboxMessage.MAX_ATTEMPTS; i++) {
            message.markAttemptFailed("550 mailbox unavailable", NOW);
        }

        assertEquals(OutboxStatus.FAILED, message.getStatus());
        assertEquals("550 mailbox unavailable", message.getLastError());
    }
}
