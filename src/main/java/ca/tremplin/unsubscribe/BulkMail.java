package ca.tremplin.unsubscribe;

import ca.tremplin.kernel.Messages;
import ca.tremplin.mail.HtmlText;
import ca.tremplin.mail.MailContent;
import ca.tremplin.tenant.Tenant;
import java.util.Locale;

/**
 * A centre's bulk e-mail as CASL wants it: the message, then a footer that names the sender with its mailing address and
 * its other contacts
 * and gives the message's own unsubscribe link (a link in the HTML twin), and the one-click address for mail programs.
 */
public final class BulkMail {

    private BulkMail() {
    }

    /**
     * How to reach the sender, as CASL asks: its mailing address and its e-mail and phone, those it gave, in
     * brackets after its name ("" when it gave none, and no blank before the full stop).
     */
    static String contact(Tenant sender) {
        String line = sender.contactLine();
        return line.isEmpty() ? "" : " (" + line + ")";
    }

    public static MailContent compose(String recipient, String subject, String body, Locale language, Tenant sender,
                                      Unsubscriptions.Link link) {
        String footer = Messages.get(language, "unsubscribe.mailFooter", sender.localizedName(language),
                contact(sender), link.page());
        String html = HtmlText.linking(HtmlText.paragraphs(language.getLanguage(), body + "\n\n" + footer),
                link.page());
        return new MailContent(recipient, subject, body + "\n\n-- \n" + footer, html).unsubscribedBy(link.oneClick());
    }
}
