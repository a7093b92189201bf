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
