package tremplin.load;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * A real SMTP server (GreenMail) for the benchmark, counting what arrives: every second it writes to a file
 * "messages recipients" — how many messages and how many different recipients to the benchmark's domain —
 * so that a message sent twice shows as more messages than recipients.
 *
 * <p>Each delivery is counted as GreenMail accepts it, into one mailbox that is emptied every second. Left to
 * itself, GreenMail keeps every message in a mailbox of its own recipient, and reading them all back to count
 * them grows with their number: after a hundred thousand messages the sink took a whole core, on the two the
 * server under test uses, and drained slower than the server sent.
 *
 * <p>Usage: {@code MailSink <port> <count file> <recipient domain>}; runs until killed.
 */
public final class MailSink {

    private static long messages;
    private static final Set<String> RECIPIENTS = new HashSet<>();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path countFile = Path.of(args[1]);
        String domain = "@" + args[2].toLowerCase();
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        GreenMailUser sink = mail.getUserManager().createUser("sink@sink.test", "sink", "sink");
        mail.getUserManager().setMessageDeliveryHandler((message, recipient) -> {
            String address = recipient.getEmail().toLowerCase();
            if (address.endsWith(domain)) {
                synchronized (RECIPIENTS) {
                    messages++;
                    RECIPIENTS.add(address);
                }
            }
            return sink;
        });
        while (true) {
            String count;
            synchronized (RECIPIENTS) {
                count = messages + " " + RECIPIENTS.size() + "\n";
            }
            Path written = Files.writeString(countFile.resolveSibling(countFile.getFileName() + ".tmp"), count);
            Files.move(written, countFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            mail.purgeEmailFromAllMailboxes();
            Thread.sleep(1000);
        }
    }
}
