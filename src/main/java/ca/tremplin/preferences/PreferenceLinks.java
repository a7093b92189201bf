package ca.tremplin.preferences;

import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.mail.ConsentLinks;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.security.AccountTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A new preferences link for each e-mail to a person some centre follows; staff mail (invitations, password resets)
 * gets none. Each message its own token, so that one forwarded message opens nothing else.
 */
@ApplicationScoped
public class PreferenceLinks implements ConsentLinks {

    /** How long a link works: CASL wants an unsubscribe mechanism to work at least 60 days after sending. */
    static final Duration VALIDITY = Duration.ofDays(180);

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String linkFor(String recipient) {
        return link(recipient, false);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String guardianLinkFor(String person, java.util.Locale language) {
        String link = link(person, true);
        return link == null || language == null ? link
                : link + "&lang=" + ca.tremplin.kernel.Languages.code(language);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String shownLinkFor(String recipient) {
        return followed(ContactDetails.normalizeEmail(recipient)) ? address("…") : null;
    }

    private String link(String recipient, boolean forGuardian) {
        String address = ContactDetails.normalizeEmail(recipient);
        if (!followed(address)) {
            return null;
        }
        String token = AccountTokens.newClearText();
        Instant now = clock.instant();
        em.persist(new PreferenceLink(AccountTokens.sha256(token), address, now, now.plus(VALIDITY), forGuardian));
        return address(URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private boolean followed(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        // Native: the outbox runs under whatever tenant (or none) its caller has, and the question spans centres.
        return !em.createNativeQuery("select 1 from `lead` where email_normalized = ?1"
                        + " and merged_into_id is null and erased_at is null limit 1")
                .setParameter(1, address).getResultList().isEmpty();
    }

    private static String address(String encodedToken) {
        return PublicAddress.of("/consentements.xhtml?token=" + encodedToken);
    }
}
