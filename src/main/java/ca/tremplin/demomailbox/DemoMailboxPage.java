package ca.tremplin.demomailbox;

import ca.tremplin.mail.SentMailLine;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The demo's mailbox page ({@code /demo/mailbox.xhtml}): the latest messages, and the one chosen with {@code ?id=}. */
@Named
@RequestScoped
public class DemoMailboxPage {

    @Inject
    DemoMailbox mailbox;

    private Long id;
    private List<SentMailLine> messages;
    private MailboxMessage selected;

    public void load() {
        messages = mailbox.latest();
        selected = id == null ? null : mailbox.message(id);
    }

    public List<SentMailLine> getMessages() {
        return messages;
    }

    public MailboxMessage getSelected() {
        return selected;
    }

    public String frameDocument(String html) {
        return MailRendering.frameDocument(html);
    }

    public String getFrameSandbox() {
        return MailRendering.FRAME_SANDBOX;
    }

    public List<MailRendering.TextPiece> pieces(String text) {
        return MailRendering.pieces(text);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
