package tremplin.load;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * A real SMTP server (GreenMail) for the benchmark, counting what arrives: every second it writes to a file
 * "messages recipients" — how many messages and how many different recipients to the benchmark's domain —
 * so that a message sent twice shows as more messages than recipients.
 *
 * <p>Usage: {@code MailSink <port> <count file> <recipient domain>}; runs until killed.
 */
public final class MailSink {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path countFile = Path.of(args[1]);
        String domain = "@" + args[2];
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        int counted = 0;
        long messages = 0;
        Set<String> recipients = new HashSet<>();
        while (true) {
            MimeMessage[] received = mail.getReceivedMessages();
            for (int i = counted; i < received.length; i++) {
                for (Address to : recipients(received[i])) {
                    String address = to.toString().toLowerCase();
                    if (address.endsWith(domain) || address.endsWith(domain + ">")) {
                        messages++;
                        recipients.add(address);
                    }
                }
            }
            counted = received.length;
            Path written = Files.writeString(countFile.resolveSibling(countFile.getFileName() + ".tmp"),
                    messages + " " + recipients.size() + "\n");
            Files.move(written, countFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Thread.sleep(1000);
        }
    }

    private static Address[] recipients(MimeMessage message) throws MessagingException {
        Address[] to = message.getAllRecipients();
        return to == null ? new Address[0] : to;
    }
}
