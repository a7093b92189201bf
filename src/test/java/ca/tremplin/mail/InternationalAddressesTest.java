package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Provider;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Mail to an address with an internationalised domain goes to the domain in ASCII, which every mail server reads; an
 * address no attempt could send to is given up at once, with why, rather than tried for hours.
 */
class InternationalAddressesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void theMessageIsWrittenToTheDomainInAsciiAndKeptAsGiven() throws Exception {
        OutboxMessage message = new OutboxMessage(7L, new MailContent("Eleve@école.ca", "Inscription",
                "Merci.", null), NOW);
        assertEquals("Eleve@école.ca", message.getRecipient(),
                "kept as given, as the person's key writes it, which finds it when their data is erased or exported");

        MimeMessage mime = OutboxSender.toMime(Session.getInstance(new Properties()), message);

        assertEquals("Eleve@xn--cole-9oa.ca", headerAsSent(mime, "To"));
        assertEquals("Eleve@xn--cole-9oa.ca", ((jakarta.mail.internet.InternetAddress) mime.getAllRecipients()[0])
                .getAddress(), "and the envelope's recipient");
    }

    @Test
    void aPartBeforeTheAtSignOutsideAsciiIsWrittenAsItIsThroughASessionThatAllowsIt() throws Exception {
        Properties utf8 = new Properties();
        utf8.setProperty("mail.mime.allowutf8", "true");
        OutboxMessage message = new OutboxMessage(7L, new MailContent("élève@école.ca", "Inscription", "Merci.",
                null), NOW);

        MimeMessage mime = OutboxSender.toMime(Session.getInstance(utf8), message);

        assertEquals("élève@xn--cole-9oa.ca", headerAsSent(mime, "To"));
    }

    @Test
    void anAddressNoAttemptCouldSendToSaysWhyWithoutWaitingForTheServer() throws Exception {
        try (SmtpConnection plain = new SmtpConnection(Session.getInstance(new Properties()))) {
            assertNull(OutboxSender.undeliverable("eleve@école.ca", plain));
            assertNull(OutboxSender.undeliverable("awa@exemple.sn", plain));
            assertEquals(OutboxSender.UNWRITABLE_DOMAIN, OutboxSender.undeliverable("max@straße.de", plain),
                    "never to strasse.de, another domain");
            assertEquals(OutboxSender.NO_SMTPUTF8, OutboxSender.undeliverable("élève@école.ca", plain),
                    "a session that cannot write it: no connection needed to tell");
        }
    }

    /** Through a session allowed to write it, the mail server's greeting decides. */
    @Test
    void aPartBeforeTheAtSignOutsideAsciiGoesToAServerOfferingSmtpUtf8Only() throws Exception {
        try (SmtpConnection offering = new SmtpConnection(sessionWith(OfferingSmtpUtf8.class));
             SmtpConnection notOffering = new SmtpConnection(sessionWith(NotOfferingSmtpUtf8.class))) {
            assertNull(OutboxSender.undeliverable("élève@école.ca", offering));
            assertEquals(OutboxSender.NO_SMTPUTF8, OutboxSender.undeliverable("élève@école.ca", notOffering));
        }
        assertFalse(SmtpConnection.offersSmtpUtf8(new WithoutExtensions(Session.getInstance(new Properties()))),
                "a transport that cannot tell is taken as not offering it");
    }

    @Test
    void aMessageGivenUpAtOnceSaysWhy() {
        OutboxMessage message = new OutboxMessage(7L, new MailContent("élève@école.ca", "s", "t", null), NOW);

        message.markUndeliverable(OutboxSender.NO_SMTPUTF8);

        assertEquals(OutboxStatus.FAILED, message.getStatus(), "not tried again for hours");
        assertEquals(OutboxSender.NO_SMTPUTF8, message.getLastError());
        assertEquals(1, message.getAttempts());
        assertTrue(message.getLastError().contains("SMTPUTF8"));
    }

    private static Session sessionWith(Class<? extends Transport> transport) throws Exception {
        Properties utf8 = new Properties();
        utf8.setProperty("mail.mime.allowutf8", "true");
        Session session = Session.getInstance(utf8);
        Provider provider = new Provider(Provider.Type.TRANSPORT, "smtp", transport.getName(), "test", "1");
        session.addProvider(provider);
        session.setProvider(provider);
        return session;
    }

    /** The header's line as the message is written to the server. */
    private static String headerAsSent(MimeMessage mime, String name) throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        mime.writeTo(wire);
        for (String line : wire.toString(StandardCharsets.UTF_8).split("\r\n")) {
            if (line.startsWith(name + ": ")) {
                return line.substring(name.length() + 2);
            }
        }
        return null;
    }

    /** A mail server's transport as Angus Mail's SMTP one tells its extensions. */
    public abstract static class Greeted extends Transport {

        Greeted(Session session, URLName name) {
            super(session, name);
        }

        @Override
        protected boolean protocolConnect(String host, int port, String user, String password) {
            return true;
        }

        @Override
        public void sendMessage(Message message, Address[] addresses) {
            throw new UnsupportedOperationException("not sent in this test");
        }

        public abstract boolean supportsExtension(String extension);
    }

    public static class OfferingSmtpUtf8 extends Greeted {

        public OfferingSmtpUtf8(Session session, URLName name) {
            super(session, name);
        }

        @Override
        public boolean supportsExtension(String extension) {
            return "SMTPUTF8".equals(extension);
        }
    }

    public static class NotOfferingSmtpUtf8 extends Greeted {

        public NotOfferingSmtpUtf8(Session session, URLName name) {
            super(session, name);
        }

        @Override
        public boolean supportsExtension(String extension) {
            return false;
        }
    }

    static class WithoutExtensions extends Transport {

        WithoutExtensions(Session session) {
            super(session, null);
        }

        @Override
        public void sendMessage(Message message, Address[] addresses) {
            throw new UnsupportedOperationException("not sent in this test");
        }
    }
}
