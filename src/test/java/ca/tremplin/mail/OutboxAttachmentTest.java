package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A message with a file, as the recipient's mail program receives it: the readable body, then the file. */
class OutboxAttachmentTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    /**
     * The message says who sends it, the mail session's sender: a calendar file it carries names that address as its
     * organiser, and calendar programs compare the two.
     */
    @Test
    void theMessageComesFromTheSessionsSenderTheAddressCalendarFilesNameAsOrganiser() throws Exception {
        Properties sending = new Properties();
        sending.setProperty("mail.from", "Tremplin <no-reply@tremplin.example>");
        Session session = Session.getInstance(sending);
        OutboxMessage message = new OutboxMessage(7L, new MailContent("ana@example.org", "Inscription",
                "Merci.", null), Instant.parse("2026-11-26T12:00:00Z"));

        MimeMessage received = reread(OutboxSender.toMime(session, message, null, "international@du-fjord.demo"));

        assertEquals("no-reply@tremplin.example",
                ((jakarta.mail.internet.InternetAddress) received.getFrom()[0]).getAddress());
        assertEquals("no-reply@tremplin.example", MailSender.of(session).getAddress());
        assertEquals("international@du-fjord.demo",
                ((jakarta.mail.internet.InternetAddress) received.getReplyTo()[0]).getAddress(),
                "answers still go to the centre");
    }

    /**
     * RFC 3834: "Auto-Submitted: auto-generated" says no person sent the message, and autoresponders do not answer it:
     * an acknowledgement or a reminder, not a reply or a bulk e-mail a member of staff sends.
     */
    @Test
    void onlyTheApplicationsOwnMailSaysItIsAutomatic() throws Exception {
        MailContent content = new MailContent("ana@example.org", "Votre demande", "Bonjour Ana,", null);
        Instant now = Instant.parse("2026-11-26T12:00:00Z");

        MimeMessage acknowledgement = reread(OutboxSender.toMime(SESSION, new OutboxMessage(7L, content, now)));
        MimeMessage reply = reread(OutboxSender.toMime(SESSION, new OutboxMessage(7L, content.bySomeoneOfStaff(),
                now)));

        assertEquals("auto-generated", acknowledgement.getHeader("Auto-Submitted", null));
        assertEquals(null, reply.getHeader("Auto-Submitted"), "a reply staff send is no automatic mail");
    }

    @Test
    void aReplyGoesToTheCentresAddressAndAnUnusableOneIsLeftOut() throws Exception {
        OutboxMessage message = new OutboxMessage(7L, new MailContent("ana@example.org", "Votre demande",
                "Répondez simplement à ce courriel.", null), Instant.parse("2026-11-26T12:00:00Z"));

        MimeMessage replied = reread(OutboxSender.toMime(SESSION, message, null, "international@du-fjord.demo"));
        assertEquals("international@du-fjord.demo",
                ((jakarta.mail.internet.InternetAddress) replied.getReplyTo()[0]).getAddress());
        MimeMessage without = reread(OutboxSender.toMime(SESSION, message, null, "pas une adresse <"));
        assertEquals(null, without.getHeader("Reply-To"), "an address no mail program could use is left out");
    }

    @Test
    void theFileTravelsAsAnAttachmentAfterTheTextAndHtmlBody() throws Exception {
        byte[] calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        OutboxMessage message = new OutboxMessage(7L, new MailContent("ana@example.org", "Inscription confirmée",
                "Bonjour Ana", "<p>Bonjour Ana</p>").attaching(new MailAttachment("event-42.ics",
                "text/calendar; charset=UTF-8", calendar)), Instant.parse("2026-11-26T12:00:00Z"));

        MimeMessage received = reread(OutboxSender.toMime(SESSION, message, message.attachmentWith(calendar), null));

        Multipart mixed = (Multipart) received.getContent();
        assertTrue(received.getContentType().startsWith("multipart/mixed"), received.getContentType());
        assertEquals(2, mixed.getCount());
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertEquals("Bonjour Ana", alternative.getBodyPart(0).getContent());
        BodyPart file = mixed.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, file.getDisposition());
        assertEquals("event-42.ics", file.getFileName());
        assertTrue(file.getContentType().startsWith("text/calendar"), file.getContentType());
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        file.getInputStream().transferTo(content);
        assertEquals(new String(calendar, StandardCharsets.UTF_8), content.toString(StandardCharsets.UTF_8));
    }

    /**
     * The sender's rounds, the counts and the mailbox read messages by the thousand: none of them reads a file, which
     * only the message being sent reads ({@link OutboxAttachment}). A lazy column would not keep the bytes out, since
     * Hibernate reads a lazy basic attribute with its row unless the classes are enhanced, and they are not.
     */
    @Test
    void aMessageHoldsItsFilesNameAndTypeButNeverItsBytes() {
        byte[] workbook = {0x50, 0x4b, 0x03, 0x04};
        OutboxMessage message = new OutboxMessage(7L, new MailContent("ana@example.org", "Rapport hebdomadaire",
                "Ci-joint.", null).attaching(new MailAttachment("rapport.xlsx", "application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet", workbook)), Instant.parse("2026-11-26T12:00:00Z"));

        assertEquals("rapport.xlsx", message.getAttachmentName());
        assertTrue(message.getAttachmentType().contains("spreadsheetml"), message.getAttachmentType());
        for (java.lang.reflect.Field field : OutboxMessage.class.getDeclaredFields()) {
            Class<?> type = field.getType();
            assertTrue(java.lang.reflect.Modifier.isStatic(field.getModifiers()) || !(type == byte[].class
                            || type == java.sql.Blob.class || type == MailAttachment.class),
                    "the message's row holds no file's bytes: " + field.getName());
        }
        MailAttachment file = message.attachmentWith(workbook);
        assertEquals("rapport.xlsx", file.fileName());
        assertTrue(java.util.Arrays.equals(workbook, file.content()));
    }

    @Test
    void aMessageSentAgainCarriesTheSameMessageId() throws Exception {
        OutboxMessage message = new OutboxMessage(7L, new MailContent("ana@example.org", "Objet", "Texte", null),
                Instant.parse("2026-11-26T12:00:00Z"));
        setId(message, 41L);

        String first = reread(OutboxSender.toMime(SESSION, message)).getMessageID();
        String again = reread(OutboxSender.toMime(SESSION, message)).getMessageID();

        assertEquals(first, again);
        assertTrue(first.startsWith("<outbox-41@"), first);
    }

    private static void setId(OutboxMessage message, long id) throws ReflectiveOperationException {
        java.lang.reflect.Field field = OutboxMessage.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(message, id);
    }

    @Test
    void aMessageWithoutFileIsAsBefore() throws Exception {
        OutboxMessage message = new OutboxMessage(null, new MailContent("ana@example.org", "Objet", "Texte", null),
                Instant.parse("2026-11-26T12:00:00Z"));

        MimeMessage received = reread(OutboxSender.toMime(SESSION, message));

        assertTrue(received.getContentType().startsWith("text/plain"), received.getContentType());
        assertEquals("Texte", received.getContent());
    }

    @Test
    void bulkEmailOffersMailProgramsAOneClickUnsubscribeAndOtherMailDoesNot() throws Exception {
        String address = "https://tremplin.example.org/api/unsubscribe/abc123";
        OutboxMessage bulk = new OutboxMessage(7L, new MailContent("ana@example.org", "Portes ouvertes", "Texte",
                null).unsubscribedBy(address), Instant.parse("2026-11-26T12:00:00Z"));

        MimeMessage received = reread(OutboxSender.toMime(SESSION, bulk));

        assertEquals("<" + address + ">", received.getHeader("List-Unsubscribe")[0]);
        assertEquals("List-Unsubscribe=One-Click", received.getHeader("List-Unsubscribe-Post")[0]);
        MimeMessage reply = reread(OutboxSender.toMime(SESSION, new OutboxMessage(7L,
                new MailContent("ana@example.org", "Re: votre demande", "Texte", null), Instant.now())));
        assertEquals(null, reply.getHeader("List-Unsubscribe"), "a reply to a person's own request is not bulk");
    }

    /** Written to bytes and read back, as it crosses SMTP. */
    private static MimeMessage reread(MimeMessage sent) throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        sent.writeTo(wire);
        return new MimeMessage(SESSION, new ByteArrayInputStream(wire.toByteArray()));
    }
}
