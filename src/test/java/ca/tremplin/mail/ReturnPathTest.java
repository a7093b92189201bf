package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Each message's return path names it, and only a tag written with the server's key is taken for it. */
class ReturnPathTest {

    private final ReturnPath returnPath = BounceReportTest.RETURN_PATH;

    @Test
    void aMessagesReturnPathNamesItWithItsTag() {
        String address = returnPath.forMessage(4127);

        assertEquals("bounces+4127-04d41375341e@tremplin.example.org", address);
        assertEquals(OptionalLong.of(4127), returnPath.messageOf(address));
        assertEquals(OptionalLong.of(4127), returnPath.messageOf("<" + address.toUpperCase() + ">"),
                "a server that wrote it in capitals");
    }

    @Test
    void anotherNumberUnderTheSameTagAnotherDomainOrAnotherKeyNamesNoMessage() {
        String tagged = returnPath.forMessage(4127);

        assertEquals(OptionalLong.empty(), returnPath.messageOf(tagged.replace("+4127-", "+4128-")));
        assertEquals(OptionalLong.empty(), returnPath.messageOf(tagged.replace("tremplin.example.org",
                "elsewhere.example")));
        assertEquals(OptionalLong.empty(), new ReturnPath("bounces@tremplin.example.org",
                text -> BounceReportTest.sha256("another key " + text)).messageOf(tagged));
        assertEquals(OptionalLong.empty(), returnPath.messageOf("bounces@tremplin.example.org"));
        assertEquals(OptionalLong.empty(), returnPath.messageOf(null));
    }

    @Test
    void aMessageLeavesWithItsReturnPathAsItsEnvelopeSenderAndItsFromUnchanged() throws Exception {
        OutboxMessage message = new OutboxMessage(7L, new MailContent("ana@example.org", "Rentrée", "Bonjour", null),
                java.time.Instant.now());
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("mail.from", "Tremplin <no-reply@tremplin.example.org>");

        jakarta.mail.internet.MimeMessage mime = OutboxSender.toMime(jakarta.mail.Session.getInstance(properties),
                message, null, null, returnPath.forMessage(4127));

        assertEquals("bounces+4127-04d41375341e@tremplin.example.org",
                ((org.eclipse.angus.mail.smtp.SMTPMessage) mime).getEnvelopeFrom());
        assertEquals("Tremplin <no-reply@tremplin.example.org>", mime.getHeader("From", null));
    }

    @Test
    void aBounceAddressThatCannotCarryANumberIsRefusedAtStart() {
        assertThrows(IllegalStateException.class, () -> new ReturnPath("bounces+x@tremplin.example.org", t -> t));
        assertThrows(IllegalStateException.class, () -> new ReturnPath("tremplin.example.org", t -> t));
    }
}
