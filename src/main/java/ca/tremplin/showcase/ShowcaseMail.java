package ca.tremplin.showcase;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.mail.MailContent;
import ca.tremplin.mail.Outbox;
import ca.tremplin.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/** The showcase's e-mails, each in its recipient's language, through the outbox in the caller's transaction. */
@ApplicationScoped
class ShowcaseMail {

    @Inject
    Outbox outbox;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    void invitation(long tenantId, String recipient, Locale language, String token) {
        send(tenantId, recipient, language, "showcase.mail.invitation", PublicAddress.of(ShowcasePaths.posting(token,
                language)));
    }

    void ownerLink(ShowcaseProfile profile, String token) {
        Locale language = Languages.fromTag(profile.getLanguage());
        send(profile.getTenantId(), profile.getEmailNormalized(), language, "showcase.mail.owner",
                PublicAddress.of(ShowcasePaths.ownerPage(token, language)));
    }

    void guardianRequest(ShowcaseProfile profile, String token) {
        Locale language = Languages.fromTag(profile.getLanguage());
        send(profile.getTenantId(), profile.getGuardianEmail(), language, "showcase.mail.guardian",
                PublicAddress.of(ShowcasePaths.guardianPage(token, language)), profile.getDisplayName());
    }

    void changesRequested(ShowcaseProfile profile, String token) {
        Locale language = Languages.fromTag(profile.getLanguage());
        send(profile.getTenantId(), profile.getEmailNormalized(), language, "showcase.mail.changes",
                PublicAddress.of(ShowcasePaths.ownerPage(token, language)), profile.getModerationNote());
    }

    /** Not published; or, published before and reported since, taken off the showcase: said as such. */
    void refused(ShowcaseProfile profile, boolean wasPublic) {
        Locale language = Languages.fromTag(profile.getLanguage());
        send(profile.getTenantId(), profile.getEmailNormalized(), language,
                wasPublic ? "showcase.mail.removed" : "showcase.mail.refused", "", profile.getModerationNote());
    }

    /** The guardian withdrew their consent: the profile is off the showcase and erased; its apprentice is told. */
    void guardianWithdrew(ShowcaseProfile profile) {
        Locale language = Languages.fromTag(profile.getLanguage());
        boolean wasPublic = profile.getStatus() == ProfileStatus.APPROVED || profile.isOffForReview();
        send(profile.getTenantId(), profile.getEmailNormalized(), language, wasPublic
                ? "showcase.mail.guardianWithdrew" : "showcase.mail.guardianWithdrewUnpublished", "");
    }

    /**
     * Under 14: the guardian who consented learns the profile is now public, with its link, and that their consent
     * stays theirs to withdraw, by the link given here ({@code guardianToken}: the one of their first mail may have
     * been replaced since, when the apprentice changed the profile and the guardian confirmed again).
     */
    void approvedToGuardian(ShowcaseProfile profile, String guardianToken) {
        Locale language = Languages.fromTag(profile.getLanguage());
        send(profile.getTenantId(), profile.getGuardianEmail(), language, "showcase.mail.guardianPublished",
                PublicAddress.of(ShowcasePaths.profile(language, profile.getId(), profile.getDisplayName())),
                profile.getDisplayName(), PublicAddress.of(ShowcasePaths.guardianPage(guardianToken, language)));
    }

    void approved(ShowcaseProfile profile) {
        Locale language = Languages.fromTag(profile.getLanguage());
        send(profile.getTenantId(), profile.getEmailNormalized(), language, "showcase.mail.approved",
                PublicAddress.of(ShowcasePaths.profile(language, profile.getId(), profile.getDisplayName())));
    }

    /** Published before, off the showcase for a review since, approved again: back online, said as such. */
    void backOnline(ShowcaseProfile profile) {
        Locale language = Languages.fromTag(profile.getLanguage());
        send(profile.getTenantId(), profile.getEmailNormalized(), language, "showcase.mail.backOnline",
                PublicAddress.of(ShowcasePaths.profile(language, profile.getId(), profile.getDisplayName())));
    }

    /**
     * The published profile left the showcase for the centre to look again (a visitor's report, a moderator): the
     * apprentice is told, without the report's words, which are a stranger's.
     */
    void offForReview(ShowcaseProfile profile) {
        Locale language = Languages.fromTag(profile.getLanguage());
        send(profile.getTenantId(), profile.getEmailNormalized(), language, "showcase.mail.offForReview", "");
    }

    /**
     * The centre withdrew the profile at the apprentice's request: they are told at the address the profile had,
     * before it forgets it, so that a request made in someone else's name does not go unnoticed.
     */
    void withdrawnAtRequest(ShowcaseProfile profile) {
        Locale language = Languages.fromTag(profile.getLanguage());
        send(profile.getTenantId(), profile.getEmailNormalized(), language, "showcase.mail.withdrawnAtRequest", "");
    }

    /**
     * The profile's address was changed from its owner's link: the address it leaves is told, in the profile's
     * language, so that a link in other hands does not move the profile to someone else unnoticed. The new address is
     * not said: it is its owner's.
     */
    void addressChanged(ShowcaseProfile profile, String formerAddress) {
        Locale language = Languages.fromTag(profile.getLanguage());
        send(profile.getTenantId(), formerAddress, language, "showcase.mail.addressChanged", "");
    }

    /** Subject {@code key.subject}; body {@code key.body} with {0} the centre, {1} the link, {2} an extra. */
    private void send(long tenantId, String recipient, Locale language, String key, String link, Object... extra) {
        if (recipient == null) {
            return;
        }
        Tenant centre = em.find(Tenant.class, tenantId);
        String centreName = Languages.isEnglish(language) ? centre.getNameEn() : centre.getNameFr();
        Object[] arguments = new Object[2 + extra.length];
        arguments[0] = centreName;
        arguments[1] = link;
        System.arraycopy(extra, 0, arguments, 2, extra.length);
        // With its HTML twin, which says its language: the footer is then in that language alone.
        String body = Messages.get(language, key + ".body", arguments);
        outbox.enqueue(tenantId, new MailContent(recipient, Messages.get(language, key + ".subject", centreName),
                body, ca.tremplin.mail.HtmlText.paragraphs(Languages.code(language), body)));
    }
}
