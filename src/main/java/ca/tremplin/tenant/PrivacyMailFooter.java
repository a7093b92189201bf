package ca.tremplin.tenant;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.mail.MailFooters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Every e-mail names the sender's person in charge of personal information, in French and in English: a message
 * does not know its reader's language, and those who write them should not have to remember the footer.
 */
@ApplicationScoped
public class PrivacyMailFooter implements MailFooters {

    @Inject
    PrivacyOfficers officers;

    @Inject
    TenantRepository tenants;

    @Inject
    Tenancy tenancy;

    @Override
    public String footer(Long tenantId) {
        PrivacyContact contact = officers.of(tenantId);
        if (contact == null) {
            return null;
        }
        return Messages.get(Languages.FRENCH, "mail.privacyFooter", contact.line(Languages.FRENCH)) + "\n"
                + Messages.get(Languages.ENGLISH, "mail.privacyFooter", contact.line(Languages.ENGLISH));
    }

    @Override
    public String replyAddress(Long tenantId) {
        return tenancy.acrossAllTenants(() -> (tenantId == null ? tenants.findCoordination()
                : tenants.findById(tenantId)).map(Tenant::getContactEmail)
                .filter(address -> address != null && !address.isBlank()).map(String::strip).orElse(null));
    }

    @Override
    public String footer(Long tenantId, java.util.Locale language) {
        if (language == null) {
            return footer(tenantId);
        }
        PrivacyContact contact = officers.of(tenantId);
        return contact == null ? null : Messages.get(language, "mail.privacyFooter", contact.line(language));
    }
}
