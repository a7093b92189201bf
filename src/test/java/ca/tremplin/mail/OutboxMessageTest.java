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
