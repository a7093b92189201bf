package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.MovingClock;
import jakarta.mail.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * While the mail server cannot be reached, the scheduled rounds wait for it — 30 s, then longer, at most two minutes —
 * rather than trying every few seconds; a message just committed still asks it at once; and the log says what failed
 * without the server's words, which may name the person.
 */
class OutboxDispatcherTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void scheduledRoundsWaitLongerAndLongerForAMailServerOutOfReach() {
        Outcomes sender = new Outcomes();
        MovingClock clock = new MovingClock();
        OutboxDispatcher dispatcher = dispatcher(sender, clock);

        sender.next(OutboxSender.Outcome.SERVER_UNAVAILABLE);
        dispatcher.scheduledRound();
        assertEquals(1, sender.asked);

        assertEquals(1, askedAfter(Duration.ofSeconds(29), dispatcher, sender, clock), "not asked within 30 s");
        sender.next(OutboxSender.Outcome.SERVER_UNAVAILABLE);
        assertEquals(2, askedAfter(Duration.ofSeconds(1), dispatcher, sender, clock));
        assertEquals(2, askedAfter(Duration.ofSeconds(59), dispatcher, sender, clock), "then a minute");
        sender.next(OutboxSender.Outcome.SENT, OutboxSender.Outcome.NONE_DUE);
        assertEquals(4, askedAfter(Duration.ofSeconds(1), dispatcher, sender, clock), "back: the messages go");
        assertEquals(5, askedAfter(Duration.ZERO, dispatcher, sender, clock), "the next round is not held back");
    }

    /** How often the sender was asked in all, after a scheduled round {@code later}. */
    private static int askedAfter(Duration later, OutboxDispatcher dispatcher, Outcomes sender, MovingClock clock) {
        clock.advance(later);
        dispatcher.scheduledRound();
        return sender.asked;
    }

    @Test
    void theWaitNeverExceedsTwoMinutes() {
        assertEquals(Duration.ofSeconds(30), OutboxDispatcher.pause(1));
        assertEquals(Duration.ofMinutes(1), OutboxDispatcher.pause(2));
        assertEquals(Duration.ofMinutes(2), OutboxDispatcher.pause(3));
        assertEquals(Duration.ofMinutes(2), OutboxDispatcher.pause(40));
    }

    /** A round asked for mail just committed is not held back: the new message leaves as soon as the server is back. */
    @Test
    void aRoundForMailJustCommittedAsksTheServerAtOnce() {
        Outcomes sender = new Outcomes();
        OutboxDispatcher dispatcher = dispatcher(sender, new MovingClock());
        sender.next(OutboxSender.Outcome.SERVER_UNAVAILABLE);
        dispatcher.scheduledRound();

        sender.next(OutboxSender.Outcome.SENT, OutboxSender.Outcome.NONE_DUE);
        assertEquals(1, dispatcher.sendDueMessages());
    }

    /** The other messages of a batch are not claimed once the server failed: they keep their place. */
    @Test
    void aBatchStopsAtTheFirstMessageTheServerCouldNotTake() {
        Outcomes sender = new Outcomes();
        OutboxDispatcher dispatcher = dispatcher(sender, new MovingClock());
        sender.next(OutboxSender.Outcome.SENT, OutboxSender.Outcome.REFUSED, OutboxSender.Outcome.SERVER_UNAVAILABLE,
                OutboxSender.Outcome.SENT);

        OutboxDispatcher.Batch batch = dispatcher.sendDueBatch();

        assertEquals(new OutboxDispatcher.Batch(3, 1, true), batch);
    }

    @Test
    void theLogSaysTheFailuresClassAndCodesNotTheServersWords() throws Exception {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(OutboxSender.class.getName());
        log.addHandler(handler);
        try {
            OutboxMessage message = new OutboxMessage(null, new MailContent("awa.diop@exemple.sn", "s", "t", null),
                    NOW);
            Exception failure = new jakarta.mail.SendFailedException("Invalid Addresses",
                    new org.eclipse.angus.mail.smtp.SMTPAddressFailedException(
                            new jakarta.mail.internet.InternetAddress("awa.diop@exemple.sn"),
                            "RCPT TO:<awa.diop@exemple.sn>", 452,
                            "452 4.2.2 <awa.diop@exemple.sn>: Mailbox full"));

            OutboxSender.attemptFailed(message, failure, SmtpReply.of(failure), NOW);

            String said = logged.stream().map(LogRecord::getMessage).reduce("", String::concat);
            assertTrue(said.contains("SendFailedException SMTP 452 4.2.2"), said);
            assertFalse(said.contains("awa.diop"), "no address in the log: " + said);
            assertFalse(said.contains("Mailbox full"), said);
            assertEquals(OutboxStatus.PENDING, message.getStatus(), "tried again later");
        } finally {
            log.removeHandler(handler);
        }
    }

    private static OutboxDispatcher dispatcher(Outcomes sender, Clock clock) {
        OutboxDispatcher dispatcher = new OutboxDispatcher();
        dispatcher.sender = sender;
        dispatcher.clock = clock;
        dispatcher.mailSession = Session.getInstance(new Properties());
        return dispatcher;
    }

    /** A sender that answers what the test says, in order, and counts how often it was asked. */
    private static final class Outcomes extends OutboxSender {
        private final Deque<Outcome> outcomes = new ArrayDeque<>();
        int asked;

        void next(Outcome... next) {
            outcomes.addAll(List.of(next));
        }

        @Override
        public Outcome sendNextDue(SmtpConnection connection, Instant now) {
            asked++;
            return outcomes.isEmpty() ? Outcome.NONE_DUE : outcomes.poll();
        }
    }
}
