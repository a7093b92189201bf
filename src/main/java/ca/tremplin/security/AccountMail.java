package ca.tremplin.security;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.mail.HtmlText;
import ca.tremplin.mail.MailContent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The e-mails about accounts: an invitation to join, a password reset. Text and HTML, in one language. */
final class AccountMail {

    private AccountMail() {
    }

    static MailContent invitation(UserAccount account, String organisationName, String token, Locale locale) {
        String link = PublicAddress.of("/password-reset.xhtml?token=" + encode(token) + language(locale));
        // The role said, so that an administrator and a recruiter invited the same day know which they were asked to be.
        return compose(account, locale, "mail.invitation",
                account.getDisplayName(), organisationName, link, AccountTokens.INVITATION_VALIDITY.toDays(),
                Messages.get(locale, "role." + account.getRole()));
    }

    /** Someone invited an address that already has an account (in another centre): its owner hears of it. */
    static MailContent invitationToAnExistingAccount(UserAccount account, String organisationName, Locale locale) {
        return compose(account, locale, "mail.invitationExisting", account.getDisplayName(), organisationName,
                PublicAddress.of("/signin.xhtml?" + language(locale).substring(1)), 0);
    }

    static MailContent passwordReset(UserAccount account, String token, Locale locale) {
        String link = PublicAddress.of("/password-reset.xhtml?token=" + encode(token) + language(locale));
        return compose(account, locale, "mail.passwordReset",
                account.getDisplayName(), "", link, AccountTokens.RESET_VALIDITY.toMinutes());
    }

    /** The page a link opens speaks the mail's language, whatever the browser that follows it last chose. */
    private static String language(Locale locale) {
        return "&lang=" + Languages.code(locale);
    }

    /**
     * Builds subject, text and HTML from {@code KEY.subject}, {@code KEY.body} (a paragraph per line) and
     * the shared signature; arguments are {0} name, {1} organisation, {2} link, {3} validity (and, for an invitation,
     * {4} the role).
     */
    private static MailContent compose(UserAccount account, Locale locale, String key, Object... arguments) {
        String subject = Messages.get(locale, key + ".subject", arguments);
        String body = Messages.get(locale, key + ".body", arguments);
        String signature = Messages.get(locale, "mail.signature");
        String text = body + "\n\n" + signature + "\n";

        Object[] escaped = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            escaped[i] = arguments[i] instanceof String s ? HtmlText.escape(s) : arguments[i];
        }
        String link = HtmlText.escape((String) arguments[2]);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage()).append("\"><body style=\"font-family:sans-serif;line-height:1.5\">");
        for (String paragraph : Messages.get(locale, key + ".body", escaped).split("\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(paragraph.replace(link, "<a href=\"" + link + "\">" + link + "</a>"))
                        .append("</p>");
            }
        }
        html.append("<p style=\"color:#555\">").append(HtmlText.escape(signature)).append("</p></body></html>");
        return new MailContent(account.getEmail(), subject, text, html.toString());
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
