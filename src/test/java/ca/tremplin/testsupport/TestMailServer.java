package ca.tremplin.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1:3025 (or the port the build names), where the server under test delivers its mail (see
 * TREMPLIN_SMTP_PORT in pom.xml). One for the whole test run, started by the first test that needs it.
 */
public final class TestMailServer {

    public static final int PORT = Integer.getInteger("it.smtp.port", 3025);
    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized GreenMail running() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Stops the server, as in an outage; the next {@link #running()} starts a new, empty one. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /**
     * Waits (up to 30 s, long enough for the outbox's next round) until a message to this address arrives,
     * and returns the newest one.
     */
    public static Message awaitMessageTo(String recipient) {
        return awaitMessageTo(recipient, java.time.Duration.ofSeconds(30));
    }

    /** As {@link #awaitMessageTo(String)}, waiting at most the given time. */
    public static Message awaitMessageTo(String recipient, java.time.Duration patience) {
        GreenMail mail = running();
        long deadline = System.currentTimeMillis() + patience.toMillis();
        while (System.currentTimeMillis() < deadline) {
            List<Message> matching = Arrays.stream((Message[]) mail.getReceivedMessages())
                    .filter(message -> isAddressedTo(message, recipient))
                    .toList();
            if (!matching.isEmpty()) {
                return matching.get(matching.size() - 1);
            }
            mail.waitForIncomingEmail(1_000, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No e-mail reached " + recipient + " within " + patience.toSeconds() + " s");
    }

    /**
     * Waits (up to 30 s) until a message to this address whose subject contains the given words arrives; returns
     * the newest such message.
     */
    public static Message awaitMessageTo(String recipient, String subjectPart) {
        GreenMail mail = running();
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            List<Message> matching = Arrays.stream((Message[]) mail.getReceivedMessages())
                    .filter(message -> isAddressedTo(message, recipient) && subjectContains(message, subjectPart))
                    .toList();
            if (!matching.isEmpty()) {
                return matching.get(matching.size() - 1);
            }
            mail.waitForIncomingEmail(1_000, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No e-mail about \"" + subjectPart + "\" reached " + recipient + " within 30 s");
    }

    /** How many messages to this address have a subject containing the given words. */
    public static long countTo(String recipient, String subjectPart) {
        return Arrays.stream(running().getReceivedMessages())
                .filter(m -> isAddressedTo(m, recipient) && subjectContains(m, subjectPart)).count();
    }

    private static boolean subjectContains(Message message, String part) {
        try {
            return message.getSubject() != null && message.getSubject().contains(part);
        } catch (MessagingException unreadable) {
            return false;
        }
    }

    public static long countTo(String recipient) {
        return Arrays.stream(running().getReceivedMessages()).filter(m -> isAddressedTo(m, recipient)).count();
    }

    public static String body(Message message) {
        return GreenMailUtil.getBody(message);
    }

    /** The first link in the message that goes to the given path, e.g. "/password-reset.xhtml". */
    public static String linkTo(Message message, String path) {
        String body = GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile("https?://[^\\s\"<]+" + Pattern.quote(path) + "[^\\s\"<]*").matcher(body);
        if (!link.find()) {
            throw new AssertionError("No link to " + path + " in: " + body);
        }
        return link.group();
    }

    private static boolean isAddressedTo(Message message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException unreadable) {
            return false;
        }
    }
}
