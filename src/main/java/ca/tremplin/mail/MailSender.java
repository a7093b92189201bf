package ca.tremplin.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;

/**
 * The address the outbox's mail comes from: the mail session's sender ({@code TREMPLIN_MAIL_FROM}), written as the
 * message's From. A calendar file mailed with an invitation, an update or a cancellation names it as its ORGANIZER:
 * calendar programs apply an update or a cancellation only from the organiser of the event they hold, and RFC 6047
 * has that organiser be the message's sender, whatever centre the event is of (the centre is the organiser's name,
 * and answers go to its address, the message's Reply-To).
 */
@ApplicationScoped
public class MailSender {

    @Resource(lookup = "java:jboss/mail/Default")
    Session mailSession;

    /** The sender's address alone ("no-reply@…"), without its display name; null if the session names none. */
    public String address() {
        InternetAddress sender = of(mailSession);
        return sender == null ? null : sender.getAddress();
    }

    /** The session's sender: its {@code mail.from}, as Jakarta Mail reads it for the SMTP envelope. */
    static InternetAddress of(Session session) {
        return session == null ? null : InternetAddress.getLocalAddress(session);
    }
}
