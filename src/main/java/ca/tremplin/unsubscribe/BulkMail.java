package ca.tremplin.unsubscribe;

import ca.tremplin.kernel.Messages;
import ca.tremplin.mail.HtmlText;
import ca.tremplin.mail.MailContent;
import ca.tremplin.tenant.Tenant;
import java.util.Locale;

/**
 * A centre's bulk e-mail as CASL wants it: the message, then a footer that names the sender and its contact address
 * and gives the message's own unsubscribe link (a link in the HTML twin), and the one-click address for mail programs.
 */
public final class BulkMail {

    private BulkMail() {
    }

    public static MailContent compose(String recipient, String subject, String body, Locale language, Tenant sender,
                                      Unsubscriptions.Link link) {
        String footer = Messages.get(language, "unsubscribe.mailFooter", sender.localizedName(language),
                sender.getContactEmail() == null ? "" : "(" + sender.getContactEmail() + ")", link.page());
        String html = HtmlText.linking(HtmlText.paragraphs(language.getLanguage(), body + "\n\n" + footer),
                link.page());
        return new MailContent(recipient, subject, body + "\n\n-- \n" + footer, html).unsubscribedBy(link.oneClick());
    }
}
