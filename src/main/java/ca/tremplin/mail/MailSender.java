package ca.tremplin.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;

/**
 * The address the outbox's mail comes from: the mail session's sender ({@code TREMPLIN_MAIL_FROM}), written as the
 * message's From. Calendar programs compare a calendar file's organiser with the message's sender (RFC 6047), so the
 * files mailed name it: an event's as their ORGANIZER, whatever centre the event is of (the centre is the organiser's
 * name, and answers go to its address, the message's Reply-To); an interview's as the SENT-BY of their organiser, the
 * member of staff who set it, on whose behalf the platform sends (RFC 5545 §3.2.18).
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
