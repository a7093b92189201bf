package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

/**
 * What the mail server answered decides what becomes of a message: refused for good (a 5xx reply to its recipient or
 * content), given up at once; "not now" (4xx), tried again; no answer at all, or a refusal of our session (the sender,
 * authentication, relaying), which every message would get, never held against a message. Read from the failures the
 * mail provider (Angus Mail) reports, as it chains them.
 */
class SmtpReplyTest {

    private static final InternetAddress RECIPIENT = address("awa.diop@exemple.sn");

    @Test
    void anUnknownMailboxRefusesTheMessageForGood() {
        SmtpReply reply = SmtpReply.of(refusedRecipient(550, "550 5.1.1 <awa.diop@exemple.sn>: Recipient unknown"))
                .orElseThrow();

        assertTrue(reply.refusesTheMessageForGood());
        assertEquals("SMTP 550 5.1.1", reply.said(), "the codes, never the server's words, which name the person");
    }

    @Test
    void aTemporaryRefusalIsTriedAgainAndTheConnectionServesTheNextMessage() {
        SmtpReply reply = SmtpReply.of(refusedRecipient(451, "451 4.3.0 Try again later")).orElseThrow();

        assertFalse(reply.refusesTheMessageForGood());
        assertTrue(reply.aboutTheMessage());
        assertEquals("SMTP 451 4.3.0", reply.said());
    }

    @Test
    void aMessageTooLargeForTheServerIsRefusedForGood() {
        SmtpReply reply = SmtpReply.of(new SMTPSendFailedException(".", 552,
                "552 5.3.4 Message size exceeds fixed limit", null, null, null, null)).orElseThrow();

        assertTrue(reply.refusesTheMessageForGood());
    }

    /** A relay not set up to take our mail refuses every message alike: none is given up for it before its time. */
    @Test
    void aRefusalOfOurSessionOrOfTheRelaysPolicyGivesNoMessageUp() {
        SmtpReply authentication = SmtpReply.of(new SMTPSendFailedException("MAIL FROM:<no-reply@tremplin.local>",
                530, "530 5.7.0 Authentication required", null, null, null, null)).orElseThrow();
        assertFalse(authentication.refusesTheMessageForGood());
        assertFalse(authentication.aboutTheMessage(), "the next message would get the same: the round stops");

        SmtpReply relaying = SmtpReply.of(refusedRecipient(554, "554 5.7.1 <awa.diop@exemple.sn>: Relay access denied"))
                .orElseThrow();
        assertFalse(relaying.refusesTheMessageForGood());

        SmtpReply closing = SmtpReply.of(refusedRecipient(421, "421 4.7.0 Closing connection")).orElseThrow();
        assertFalse(closing.aboutTheMessage(), "the server closed the connection");
    }

    @Test
    void noReplyWhenNoServerAnswered() {
        assertEquals(Optional.empty(), SmtpReply.of(new MessagingException("Couldn't connect to host",
                new IOException("Connection refused"))));
        assertEquals(Optional.empty(), SmtpReply.of(new IllegalStateException("Not connected")));
    }

    /** As Angus Mail reports a recipient refused: "Invalid Addresses", the server's reply chained after it. */
    private static SendFailedException refusedRecipient(int code, String reply) {
        SMTPAddressFailedException refused = new SMTPAddressFailedException(RECIPIENT, "RCPT TO:<" + RECIPIENT
                .getAddress() + ">", code, reply);
        return new SendFailedException("Invalid Addresses", refused, new Address[0], new Address[0],
                new Address[] {RECIPIENT});
    }

    private static InternetAddress address(String text) {
        try {
            return new InternetAddress(text);
        } catch (jakarta.mail.internet.AddressException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
