package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.Deployments;
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
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox keeps a message through an SMTP outage: while the mail server answers "try again later", the
 * request is still recorded and acknowledged to the caller; once the server is back, the acknowledgement
 * arrives, once.
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
        try (RefusingSmtpServer refusing = new RefusingSmtpServer(TestMailServer.PORT, email)) {
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(deployment.toString().replaceAll("/+$", "") + "/api/inquiries"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"firstName": "Ngozi", "lastName": "Eze", "email": "%s", "countryOfResidence": "CM",
                             "citizenship": "CM", "consentToContact": true}""".formatted(email))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
            assertTrue(refusing.triedToDeliver.await(30, TimeUnit.SECONDS),
                    "the outbox tried to deliver while the mail server was failing");
        }

        Message ack = TestMailServer.awaitMessageTo(email, Duration.ofSeconds(90));

        assertTrue(ack.getSubject().startsWith("Votre demande d’information n° "), ack.getSubject());
        assertEquals(1, TestMailServer.countTo(email), "delivered once");
    }

    /** An SMTP server that answers every recipient with "451 try again later", and says when it saw ours. */
    private static final class RefusingSmtpServer implements AutoCloseable {
        final CountDownLatch triedToDeliver = new CountDownLatch(1);
        private final ServerSocket socket;
        private final Thread acceptor;

        RefusingSmtpServer(int port, String awaitedRecipient) throws IOException {
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
                    if (line.toLowerCase(Locale.ROOT).contains(awaitedRecipient)) {
                        triedToDeliver.countDown();
                    }
                    write(out, "451 4.3.0 Try again later");
                } else if (command.startsWith("QUIT")) {
                    write(out, "221 Bye");
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
