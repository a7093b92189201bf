package ca.tremplin.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

/** One SMTP connection shared by the messages of a batch, opened when the first of them is sent. */
public final class SmtpConnection implements AutoCloseable {

    private final Session session;
    private Transport transport;

    SmtpConnection(Session session) {
        this.session = session;
    }

    /** The open connection; connects on first use, and again after a failed attempt to connect. */
    Transport open() throws MessagingException {
        if (transport == null) {
            Transport connecting = session.getTransport();
            connecting.connect();
            transport = connecting;
        }
        return transport;
    }

    /**
     * Whether mail to an address with letters outside ASCII before the at sign ("élève@…") can go through this
     * connection: the mail session writes such addresses ({@code mail.mime.allowutf8}, a property of the server's mail
     * session) and the mail server takes them (it offers SMTPUTF8, RFC 6531). Connects if need be.
     */
    boolean takesInternationalAddresses() throws MessagingException {
        return Boolean.parseBoolean(session.getProperty("mail.mime.allowutf8")) && offersSmtpUtf8(open());
    }

    /**
     * Whether the server named SMTPUTF8 among its extensions, as the SMTP transport of the server's mail provider
     * (Angus Mail) tells it; the application compiles against Jakarta Mail's API alone, which does not say. Any
     * other transport is taken as not offering it.
     */
    static boolean offersSmtpUtf8(Transport transport) {
        try {
            return Boolean.TRUE.equals(transport.getClass().getMethod("supportsExtension", String.class)
                    .invoke(transport, "SMTPUTF8"));
        } catch (ReflectiveOperationException | RuntimeException notSmtp) {
            return false;
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException alreadyGone) {
                // The messages are recorded already; a connection that will not close cleanly changes nothing.
            }
        }
    }
}
