package ca.tremplin.showcase;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.TestCentre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the showcase's tests do again and again, as the people involved do it: a centre invites an apprentice by
 * e-mail, the apprentice posts from the link mailed to them, a moderator approves; and what the tests read back (the
 * last mail to an address, a profile as the moderators' list shows it).
 */
@ApplicationScoped
public class ShowcaseSteps {

    /** The token of an invitation's link, and of a profile's private link, as mails and pages give them. */
    static final Pattern INVITATION = Pattern.compile("invitation=([A-Za-z0-9_-]+)");
    static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Inject
    ShowcaseInvitations invitations;

    @Inject
    ShowcasePosting posting;

    @Inject
    ShowcaseModeration moderation;

    @Inject
    ModeratedProfiles profiles;

    @Inject
    PublicShowcase showcase;

    @Inject
    Tenancy tenancy;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** The centre's recruiter invites the address; the token of the link mailed to it. */
    public String invite(TestCentre centre, String to) {
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            invitations.inviteByEmail(to, Locale.FRENCH);
        }
        return tokenIn(lastMailTo(to), INVITATION);
    }

    /** An apprentice of the centre, {@code name}, invited at {@code email}, posts a profile in {@code language}. */
    public ShowcasePosting.Posted posted(TestCentre centre, String name, String email, Locale language, String ip) {
        return posting.post(invite(centre, email), profile(centre, name, email, centre.program().getId()),
                TestPhotos.photo(), language, ip);
    }

    /** As {@link #posted}, then approved by the centre's admin. */
    public ShowcasePosting.Posted approved(TestCentre centre, String name, String email, String ip) {
        ShowcasePosting.Posted posted = posted(centre, name, email, Locale.FRENCH, ip);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.approve(posted.profileId(), version(posted.profileId()));
        }
        return posted;
    }

    /** What an adult apprentice of the centre types, every consent given, naming a program. */
    public ProfilePost profile(TestCentre centre, String name, String email, Long programId) {
        return new ProfilePost(name, programId, "Pâtissière", "Pâtisserie du Fjord",
                "J’ai choisi ce métier pour créer de mes mains; ma journée commence à cinq heures.", "français, wolof",
                email, java.time.Year.now().getValue() - 22, null, null, true, true, true);
    }

    /** The version of the profile as a moderator's page would show it now. */
    public long version(long profileId) {
        return ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select version from showcase_profile where id = ?1").setParameter(1, profileId)
                .getSingleResult())).longValue();
    }

    /**
     * Reports of as many visitors as take a public profile off the showcase by themselves, each from an address of its
     * own ({@code ip} and a number): the last one's outcome.
     */
    public PublicShowcase.ReportOutcome reportedByEnoughVisitors(long profileId, String reason, String ip) {
        PublicShowcase.ReportOutcome outcome = null;
        for (int visitor = 1; visitor <= PublicShowcase.REPORTERS_TO_TAKE_OFF; visitor++) {
            outcome = showcase.reportAcrossTenants(profileId, reason, ip + "-visitor-" + visitor);
        }
        return outcome;
    }

    /** The profile as the moderators' list of every profile shows it, found by its number among the first hundred. */
    public ModeratedProfiles.Moderated listed(TestCentre centre, long profileId) {
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            return profiles.matching(ModeratedProfiles.Search.ALL, 0, 100).stream()
                    .filter(item -> item.profile().getId() == profileId).findFirst().orElseThrow();
        }
    }

    /** The owner's token of a posted profile, from the link the page showed. */
    public static String ownerToken(ShowcasePosting.Posted posted) {
        return tokenIn(posted.ownerLink(), TOKEN);
    }

    /** The subject and text of the last mail queued for the address, or null when none was. */
    @SuppressWarnings("unchecked")
    public List<String> lastMail(String recipient) {
        List<Object[]> rows = tenancy.acrossAllTenants(() -> em.createNativeQuery("select subject, body_text"
                        + " from outbox_message where recipient = ?1 order by id desc").setParameter(1, recipient)
                .setMaxResults(1).getResultList());
        return rows.isEmpty() ? null : List.of((String) rows.get(0)[0], (String) rows.get(0)[1]);
    }

    private String lastMailTo(String recipient) {
        List<String> mail = lastMail(recipient);
        assertTrue(mail != null, "a mail to " + recipient);
        return mail.get(1);
    }

    private static String tokenIn(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }
}
