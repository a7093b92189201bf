package ca.tremplin.person;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.mail.HtmlText;
import ca.tremplin.mail.MailContent;
import java.util.Locale;

/**
 * The mail to a parent or guardian who consented for a person under 14 (Law 25): what they consented to, for whom,
 * and the person's consent page where they withdraw it, in the form's language. Every form that takes such a consent
 * (an information request, an event registration, an offer application) sends it.
 */
public final class GuardianNotice {

    private GuardianNotice() {
    }

    /**
     * @param what        what was consented to, a sentence part ("sa demande d'information n° 12…")
     * @param consentPage the person's consent page, or null when none could be made (then: write to the centre)
     */
    public static MailContent compose(Locale language, String guardianName, String guardianEmail, String child,
                                      String what, String consentPage) {
        String body = Messages.get(language, "guardian.mail.body", guardianName == null ? "" : guardianName, child,
                what, consentPage == null ? Messages.get(language, "guardian.mail.writeToTheCentre") : consentPage);
        return new MailContent(guardianEmail, Messages.get(language, "guardian.mail.subject", child), body,
                HtmlText.paragraphs(Languages.code(language), body));
    }
}
