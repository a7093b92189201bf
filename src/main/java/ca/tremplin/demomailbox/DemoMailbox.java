package ca.tremplin.demomailbox;

import ca.tremplin.kernel.DemoMode;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.mail.MailAttachment;
import ca.tremplin.mail.SentMail;
import ca.tremplin.mail.SentMailLine;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Reads the demo's mailbox: every message the outbox wrote, newest first, whoever it was for — the demo's mail
 * server stands for the inbox of every person the demo writes to, so a centre's admin sees messages of other
 * centres too (the demo's people are invented). Admins only, and only in demo mode: otherwise the mailbox does not
 * exist (404), whoever asks.
 */
@ApplicationScoped
public class DemoMailbox {

    /** Enough for an afternoon's demo; older messages stay in the outbox, unlisted. */
    static final int SHOWN = 200;

    @Inject
    DemoMode demoMode;

    @Inject
    SignedInUser signedInUser;

    @Inject
    SentMail sentMail;

    /** The list's lines, without their bodies: only the message opened is read whole ({@link #message}). */
    public List<SentMailLine> latest() {
        allowed();
        return sentMail.latest(SHOWN);
    }

    public MailboxMessage message(long id) {
        allowed();
        return sentMail.find(id).map(MailboxMessage::of).orElseThrow(() -> new NotFoundException("message " + id));
    }

    public MailAttachment attachment(long id) {
        allowed();
        return sentMail.attachment(id).orElseThrow(() -> new NotFoundException("attachment of message " + id));
    }

    private void allowed() {
        if (!demoMode.isOn()) {
            throw new NotFoundException("the demo's mailbox");
        }
        signedInUser.require(Role.PLATFORM_ADMIN, Role.CSS_ADMIN);
    }
}
