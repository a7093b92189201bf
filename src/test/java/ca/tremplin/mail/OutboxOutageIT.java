package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.TestDatabase;
import ca.tremplin.testsupport.TestMailServer;
import jakarta.mail.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox keeps a message through an SMTP outage: while the mail server answers "try again later", or no mail
 * server answers at all, the request is still recorded and acknowledged to the caller, the message loses nothing of its
 * time; once the server is back, the acknowledgement arrives, once. A message is given up when the mail server refuses
 * its recipient for good, or once it has waited the outbox's time, saying why.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxOutageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void anAcknowledgementRefusedByAFailingMailServerArrivesOnceItIsBack() throws Exception {
        String email = "outage." + UUID.randomUUID().toString().substring(0, 8) + "@example.cm";
        TestMailServer.stop();
        try (RefusingSmtpServer refusing = new RefusingSmtpServer(TestMailServer.PORT, email, TRY_AGAIN_LATER)) {
            ask(email);
            assertTrue(refusing.triedToDeliver.await(30, TimeUnit.SECONDS),
                    "the outbox tried to deliver while the mail server was failing");
        }

        Message ack = TestMailServer.awaitMessageTo(email, Duration.ofSeconds(90));

        assertTrue(ack.getSubject().startsWith("Votre demande d’information n° "), ack.getSubject());
        assertEquals(1, TestMailServer.countTo(email), "delivered once");
    }

    /**
     * No mail server answers: the message waits where it is, no attempt counted against it (an outage of hours gave up
     * every message after twelve), and arrives once a server is back.
     */
    @Test
    void aMessageWrittenWhileNoMailServerAnswersWaitsUnchargedAndArrivesOnceItIsBack() throws Exception {
        String email = "no-server." + UUID.randomUUID().toString().substring(0, 8) + "@example.cm";
        TestMailServer.stop();
        try (HangingUpServer nobody = new HangingUpServer(TestMailServer.PORT)) {
            ask(email);
            // Each call is a round of the outbox: three rounds without a server.
            assertTrue(nobody.calls.tryAcquire(3, 90, TimeUnit.SECONDS), "the outbox keeps asking for a server");
            assertEquals("PENDING 0", TestDatabase.firstColumn("select concat(status, ' ', attempts)"
                    + " from outbox_message where recipient = ?", email), "no attempt counted against it");
        }

        TestMailServer.awaitMessageTo(email, Duration.ofSeconds(150));

        assertEquals(1, TestMailServer.countTo(email), "delivered once");
    }

    /** A recipient the mail server refuses for good (550): given up at once, with the reply's codes. */
    @Test
    void aRecipientRefusedForGoodIsGivenUpAtOnceSayingWhy() throws Exception {
        String email = "unknown." + UUID.randomUUID().toString().substring(0, 8) + "@example.cm";
        TestMailServer.stop();
        try (RefusingSmtpServer refusing = new RefusingSmtpServer(TestMailServer.PORT, email,
                "550 5.1.1 <" + email + ">: Recipient address rejected: User unknown")) {
            ask(email);
            assertTrue(refusing.doneWith.await(30, TimeUnit.SECONDS), "the outbox tried and left");
        } finally {
            TestMailServer.running();
        }

        assertEquals("FAILED 1", TestDatabase.firstColumn("select concat(status, ' ', attempts)"
                + " from outbox_message where recipient = ?", email), "given up at the first refusal");
        assertTrue(TestDatabase.firstColumn("select last_error from outbox_message where recipient = ?", email)
                .startsWith("Refused by the mail server: SMTP 550 5.1.1"));
    }

    /** A message that waited the outbox's time (72 hours) through an outage is given up, saying so. */
    @Test
    void aMessageNotSentWithinItsTimeIsGivenUpSayingSo() throws Exception {
        String email = "late." + UUID.randomUUID().toString().substring(0, 8) + "@example.cm";
        String next = "next." + UUID.randomUUID().toString().substring(0, 8) + "@example.cm";
        TestMailServer.stop();
        try (HangingUpServer nobody = new HangingUpServer(TestMailServer.PORT)) {
            ask(email);
            assertTrue(nobody.calls.tryAcquire(30, TimeUnit.SECONDS));
            // Queued 73 hours ago, and due since: the first message the next round looks at.
            assertEquals(1, TestDatabase.update("update outbox_message set queued_at = utc_timestamp(6)"
                    + " - interval 73 hour, next_attempt_at = utc_timestamp(6) - interval 73 hour"
                    + " where recipient = ?", email));
            nobody.calls.drainPermits();
            // A new request's round asks for a server at once, after it has looked at the older message.
            ask(next);
            for (int call = 0; call < 3 && !"FAILED".equals(status(email)); call++) {
                assertTrue(nobody.calls.tryAcquire(60, TimeUnit.SECONDS), "the outbox keeps asking for a server");
            }
        } finally {
            TestMailServer.running();
        }

        assertEquals("FAILED", status(email));
        assertTrue(TestDatabase.firstColumn("select last_error from outbox_message where recipient = ?", email)
                .startsWith("Given up: not sent within 72 hours"));
        // The next message is not given up with it: due now, it leaves with the round a new request asks for (the
        // scheduled rounds, paused by the outage, would take up to two minutes; the test above waits for those).
        TestDatabase.update("update outbox_message set next_attempt_at = utc_timestamp(6)"
                + " where recipient = ? and status = 'PENDING'", next);
        ask("wake." + UUID.randomUUID().toString().substring(0, 8) + "@example.cm");
        TestMailServer.awaitMessageTo(next, Duration.ofSeconds(150));
        assertEquals(1, TestMailServer.countTo(next), "delivered once");
    }

    private static final String TRY_AGAIN_LATER = "451 4.3.0 Try again later";

    private static String status(String email) throws Exception {
        return TestDatabase.firstColumn("select status from outbox_message where recipient = ?", email);
    }

    /** Sends an information request through the API, which acknowledges it by e-mail. */
    private void ask(String email) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(deployment.toString().replaceAll("/+$", "") + "/api/inquiries"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Ngozi", "lastName": "Eze", "email": "%s", "countryOfResidence": "CM",
                         "citizenship": "CM", "consentToContact": true}""".formatted(email))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
    }

    /** Where no mail server listens: a port that takes each connection and hangs up at once, a permit per call. */
    private static final class HangingUpServer implements AutoCloseable {
        final Semaphore calls = new Semaphore(0);
        private final ServerSocket socket;
        private final Thread acceptor;

        HangingUpServer(int port) throws IOException {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        calls.release();
                    } catch (IOException closed) {
                        // The test closed the server: done.
                    }
                }
            }, "hanging-up-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            acceptor.join(5_000);
        }
    }

    /**
     * An SMTP server that answers our recipient with {@code reply} and every other one with "451 try again later", and
     * says when it saw ours, and when the outbox left after it (its outcome recorded by then).
     */
    private static final class RefusingSmtpServer implements AutoCloseable {
        final CountDownLatch triedToDeliver = new CountDownLatch(1);
        final CountDownLatch doneWith = new CountDownLatch(1);
        private final ServerSocket socket;
        private final Thread acceptor;
        private final String reply;

        RefusingSmtpServer(int port, String awaitedRecipient, String reply) throws IOException {
            this.reply = reply;
            socket = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        converse(client, awaitedRecipient);
                    } catch (IOException closed) {
                        // The test closed the server, or the client hung up: wait for the next one.
                    }
                }
            }, "refusing-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void converse(Socket client, String awaitedRecipient) throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            write(out, "220 refusing.test ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("RCPT TO")) {
                    boolean ours = line.toLowerCase(Locale.ROOT).contains(awaitedRecipient);
                    write(out, ours ? reply : TRY_AGAIN_LATER);
                    if (ours) {
                        triedToDeliver.countDown();
                    }
                } else if (command.startsWith("QUIT")) {
                    write(out, "221 Bye");
                    if (triedToDeliver.getCount() == 0) {
                        doneWith.countDown();
                    }
                    return;
                } else {
                    write(out, "250 OK");
                }
            }
        }

        private static void write(OutputStream out, String reply) throws IOException {
            out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            acceptor.join(5_000);
        }
    }
}
