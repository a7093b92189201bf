package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.tenant.Tenancy;
import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.InServerTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A message's file (a scheduled report's workbook, an event's calendar file) is kept beside its message, not in its
 * row: the outbox's lists and counts read the messages without a byte of any file, and the file comes back whole when
 * its message is sent or downloaded; it goes with its message.
 */
class OutboxAttachmentIT extends InServerTest {

    @Inject
    Outbox outbox;

    @Inject
    SentMail sentMail;

    @Inject
    Tenancy tenancy;

    @Inject
    DatabaseRows rows;

    @Test
    void aWorkbookIsKeptBesideItsMessageAndReadBackWhole() throws Exception {
        byte[] workbook = new byte[2_000_000];
        new Random(98).nextBytes(workbook);
        OutboxMessage message = held(new MailAttachment("rapport.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook));

        assertEquals(0, rows.count("select count(*) from information_schema.columns where table_schema = database()"
                + " and table_name = 'outbox_message' and data_type like '%blob%'"),
                "the message's row holds no file: reading a message reads none");
        assertEquals(String.valueOf(workbook.length), rows.string("select length(content) from outbox_attachment"
                + " where message_id = ?", message.getId()));
        assertTrue(sentMail.latest(50).stream().anyMatch(listed -> listed.id() == message.getId()
                && "rapport.xlsx".equals(listed.attachmentName())), "listed with its file's name");
        MailAttachment read = sentMail.attachment(message.getId()).orElseThrow();
        assertEquals("rapport.xlsx", read.fileName());
        assertTrue(read.contentType().contains("spreadsheetml"), read.contentType());
        assertArrayEquals(workbook, read.content(), "byte for byte");
    }

    @Test
    void aMessageWithoutAFileHasNoneAndAMessageTakenBackTakesItsFileWithIt() throws Exception {
        OutboxMessage plain = held(null);
        OutboxMessage invitation = held(new MailAttachment("event-7.ics", "text/calendar; charset=UTF-8",
                "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertTrue(sentMail.attachment(plain.getId()).isEmpty());
        assertEquals(0, rows.count("select count(*) from outbox_attachment where message_id = ?", plain.getId()));
        assertTrue(tenancy.acrossAllTenants(() -> outbox.withdraw(invitation.getId())));
        assertEquals(0, rows.count("select count(*) from outbox_attachment where message_id = ?",
                invitation.getId()), "nothing of a message taken back stays, its file neither");
        assertTrue(sentMail.attachment(invitation.getId()).isEmpty());
    }

    @Test
    void theListOfSentMailReadsLinesAndOnlyTheMessageOpenedWhole() {
        OutboxMessage invitation = held(new MailAttachment("event-8.ics", "text/calendar; charset=UTF-8",
                "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        OutboxMessage plain = held(null);

        SentMailLine listed = sentMail.latest(50).stream().filter(line -> line.id() == invitation.getId())
                .findFirst().orElseThrow();
        assertEquals(invitation.getRecipient(), listed.recipient());
        assertEquals("Rapport hebdomadaire", listed.subject());
        assertEquals(OutboxStatus.PENDING, listed.status());
        assertTrue(listed.writtenAt() != null);
        assertTrue(listed.hasAttachment(), "its file's name is listed, not its bytes");
        assertTrue(sentMail.latest(50).stream().filter(line -> line.id() == plain.getId())
                .noneMatch(SentMailLine::hasAttachment));
        // The body as written, followed by the footer every message carries.
        String body = sentMail.find(invitation.getId()).orElseThrow().getBodyText();
        assertTrue(body.startsWith("Ci-joint."), "the message opened is read with its body: " + body);
    }

    /** A message with this file, held a year: no round sends it while the test reads it. */
    private OutboxMessage held(MailAttachment file) {
        MailContent content = new MailContent("zoe." + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org", "Rapport hebdomadaire", "Ci-joint.", null);
        return tenancy.acrossAllTenants(() -> outbox.enqueueHeld(null, file == null ? content : content.attaching(file),
                Instant.now().plus(Duration.ofDays(365))));
    }
}
