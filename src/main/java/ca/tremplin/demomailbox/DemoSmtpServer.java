package ca.tremplin.demomailbox;

import ca.tremplin.kernel.DemoMode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The demo's mail server: an embedded GreenMail SMTP server on 127.0.0.1, started when the demo names its port
 * ({@code TREMPLIN_DEMO_MAILBOX_PORT}; {@code mvn -Pdemo} points {@code TREMPLIN_SMTP_PORT} at the same port). It
 * accepts every message, so the outbox sends through real SMTP, marks its messages sent and goes on.
 *
 * <p>Why a server that only accepts, and a mailbox page that reads the outbox rather than this server: the outbox
 * already keeps every message as it was sent (text, HTML, attached file) in the database, so the demo's mailbox
 * survives a restart of the demo and looks the same from every server; and the integration tests, whose server
 * delivers to the tests' own SMTP server, see the same page without a second path for mail. What this server
 * receives is kept in memory only (a few kilobytes a message) and forgotten when the server stops.
 */
@ApplicationScoped
public class DemoSmtpServer {

    private static final Logger LOG = Logger.getLogger(DemoSmtpServer.class.getName());

    @Inject
    DemoMode demoMode;

    private GreenMail server;

    /** Called at start-up, before the outbox starts sending (see {@code StartupSequence}). */
    public synchronized void startIfRequested() {
        String port = System.getenv("TREMPLIN_DEMO_MAILBOX_PORT");
        if (port == null || port.isBlank() || server != null) {
            return;
        }
        if (!demoMode.isOn()) {
            LOG.warning("TREMPLIN_DEMO_MAILBOX_PORT is set but demo mode is off: no demo mail server started");
            return;
        }
        server = new GreenMail(new ServerSetup(Integer.parseInt(port.strip()), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        LOG.info(() -> "Demo mail server listening on 127.0.0.1:" + port.strip() + "; read it at /demo/mailbox.xhtml");
    }

    @PreDestroy
    synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
