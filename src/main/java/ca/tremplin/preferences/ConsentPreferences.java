package ca.tremplin.preferences;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.kernel.RateLimits;
import ca.tremplin.kernel.RateLimits.Limit;
import ca.tremplin.person.ConsentChannel;
import ca.tremplin.person.ConsentEntry;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentRegister;
import ca.tremplin.person.ConsentStandings;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadRepository;
import ca.tremplin.security.AccountTokens;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The preferences page's use cases, for the holder of a link: their consents at every centre that follows the
 * address, and a consent withdrawn or given again, in force at once. Crosses tenants on purpose (the person has no
 * account), naming the link's address in every statement.
 */
@ApplicationScoped
public class ConsentPreferences {

    /**
     * Opening a link and changing a consent, without sign-in: per address ({@code TREMPLIN_PREFERENCES_PER_IP_PER_HOUR},
     * default 60), so that nobody tries links by the thousand, and per link (30: a person who opens the page, withdraws
     * and gives again a few times stays well within).
     */
    static final Limit[] LIMITS = {
            Limit.fromEnvironment("preferences-ip", "TREMPLIN_PREFERENCES_PER_IP_PER_HOUR", 60),
            Limit.fromEnvironment("preferences-link", "TREMPLIN_PREFERENCES_PER_LINK_PER_HOUR", 30)};

    @Inject
    RateLimits rateLimits;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    ConsentRegister register;

    @Inject
    LeadRepository leads;

    @Inject
    Clock clock;

    @Inject
    ca.tremplin.unsubscribe.Unsubscriptions unsubscriptions;

    /** Each centre's applications under way of the person, answered by the application feature. */
    @Inject
    jakarta.enterprise.inject.Instance<ApplicationsUnderWay> applicationsUnderWay;

    /**
     * What the link opens; an unknown link is not found, an expired one says so and shows nothing.
     *
     * @throws RateLimitedException when the address or the link was used too often this hour
     */
    public PreferencesView view(String token, String ipAddress) {
        brake(token, ipAddress);
        return tenancy.acrossAllTenants(() -> {
            PreferenceLink link = link(token);
            return link.isExpiredAt(clock.instant()) ? PreferencesView.expiredLink() : viewOf(link);
        });
    }

    /**
     * The person withdraws ({@code given} false) or gives again a consent at one of the centres that follow their
     * address, with the sentence the page showed, in their language.
     */
    public PreferencesView change(String token, long tenantId, ConsentPurpose purpose, boolean given,
                                  String ipAddress, Locale language) {
        brake(token, ipAddress);
        return tenancy.acrossAllTenants(() -> {
            PreferenceLink link = link(token);
            if (link.isExpiredAt(clock.instant())) {
                return PreferencesView.expiredLink();
            }
            Lead lead = followedBy(link).stream().filter(l -> l.getTenantId() == tenantId).findFirst()
                    .orElseThrow(() -> new NotFoundException("centre " + tenantId + " for this link"));
            // Under 14, the parent or guardian consents (Law 25): the person's own link withdraws but does not give
            // back what the guardian withdrew; the guardian's link gives it, and the register says who acted.
            boolean guardianConsents = register.registers(List.of(lead.getId())).getOrDefault(lead.getId(), List.of())
                    .stream().anyMatch(line -> line.purpose() == ConsentPurpose.GUARDIAN && line.granted());
            if (given && guardianConsents && !link.isForGuardian()) {
                throw new BusinessRuleException("preferences.guardianGives");
            }
            String who = link.isForGuardian() ? ca.tremplin.kernel.Messages.get(language, "preferences.byGuardian")
                    : null;
            // A button pressed twice (a double click, two tabs): the second finds the change the first made and
            // records nothing more. The lead's row is locked first, so that two at the same moment see each other.
            em.lock(lead, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            List<ConsentEntry> lines = register.registers(List.of(lead.getId())).getOrDefault(lead.getId(),
                    List.of());
            ConsentEntry inForce = ConsentStandings.inForce(lines).get(purpose);
            // The processing of applications, by the applications it covers: withdrawn for those sent before, it is
            // still withdrawn from one sent since; given to one sent since, it is still given back to those on hold.
            boolean already = purpose == ConsentPurpose.APPLICATION
                    ? applications(lead, lines, inForce).already(given)
                    : inForce != null && (given ? inForce.granted() : inForce.withdrawal());
            if (!already) {
                register.append(lead, purpose, given, ConsentChannel.PREFERENCES, clock.instant(), who, null,
                        ipAddress, language, link.isForGuardian());
            }
            if (!given && (purpose == ConsentPurpose.NEWS || purpose == ConsentPurpose.CONTACT)) {
                // Neither news nor anything else: the centre's bulk e-mail held back by an outage stays unsent.
                unsubscriptions.takeBackBulkMail(tenantId, link.getEmailNormalized());
            }
            if (given && purpose == ConsentPurpose.NEWS) {
                // News asked for again: the centre's bulk e-mail, unsubscribed from before, may reach the person.
                unsubscriptions.resubscribeAcrossAllTenants(tenantId, link.getEmailNormalized());
            }
            return viewOf(link);
        });
    }

    private PreferencesView viewOf(PreferenceLink link) {
        List<Lead> leads = followedBy(link);
        Map<Long, List<ConsentEntry>> registers = register.registers(leads.stream().map(Lead::getId).toList());
        Map<Long, java.time.Instant> unsubscribed = unsubscriptions.optOutsAcrossAllTenants(link.getEmailNormalized());
        List<PreferencesView.Centre> centres = new ArrayList<>();
        for (Lead lead : leads) {
            // News asked for once is not undone by the next form.
            List<ConsentEntry> lines = registers.getOrDefault(lead.getId(), List.of());
            Map<ConsentPurpose, ConsentEntry> current = ConsentStandings.inForce(lines);
            List<PreferencesView.Purpose> purposes = new ArrayList<>();
            for (ConsentPurpose purpose : ConsentPurpose.CHANGEABLE) {
                ConsentEntry inForce = current.get(purpose);
                if (purpose == ConsentPurpose.APPLICATION && inForce != null) {
                    // Application by application: the register's one line would say "withdrawn" of one sent since.
                    purposes.add(applications(lead, lines, inForce));
                } else if (inForce != null || purpose == ConsentPurpose.NEWS) {
                    // News is always offered; another purpose only once the person has been asked for it.
                    purposes.add(new PreferencesView.Purpose(purpose, inForce != null && inForce.granted(),
                            inForce != null && inForce.withdrawal(), inForce == null ? null : inForce.at(),
                            purpose == ConsentPurpose.NEWS ? impliedUntil(lines) : null));
                }
            }
            Tenant centre = em.find(Tenant.class, lead.getTenantId());
            centres.add(new PreferencesView.Centre(centre.getId(), centre.getNameFr(), centre.getNameEn(), purposes,
                    unsubscribed.get(centre.getId())));
        }
        return new PreferencesView(ContactDetails.masked(link.getEmailNormalized()), false, centres,
                link.isForGuardian());
    }

    /**
     * The processing of the person's applications at the lead's centre, each application under way with where its
     * own processing stands ({@link ConsentStandings#processing}): on hold since a withdrawal that came after its
     * consent, or processed since its consent or the consent given back to all.
     */
    private PreferencesView.Purpose applications(Lead lead, List<ConsentEntry> lines, ConsentEntry inForce) {
        List<ApplicationsUnderWay.UnderWay> underWay = applicationsUnderWay.isResolvable()
                ? applicationsUnderWay.get().of(lead.getTenantId(), lead.getId()) : List.of();
        return PreferencesView.Purpose.ofApplications(inForce, underWay.stream().map(application -> {
            ConsentStandings.Processing processing = ConsentStandings.processing(lines, application.consentAt());
            return new PreferencesView.Application(application.tradeFr(), application.tradeEn(),
                    application.employerName(), processing.onHold(), processing.since());
        }).toList());
    }

    /**
     * Until when the centre may send its news by the consent a request, a registration or an application implies
     * (CASL: six months after the latest), when that is what it sends by now; null when news was given or withdrawn,
     * or the implied consent has lapsed.
     */
    private Instant impliedUntil(List<ConsentEntry> lines) {
        Instant lapsedBefore = ca.tremplin.person.MailingConsents.lapsedBefore(clock.instant());
        if (ConsentStandings.standing(lines, lapsedBefore) != ca.tremplin.person.MailingConsents.Standing.IMPLIED) {
            return null;
        }
        return ca.tremplin.person.MailingConsents.lapsesAt(ConsentStandings.emailContact(lines, null, lapsedBefore)
                .since());
    }

    private List<Lead> followedBy(PreferenceLink link) {
        return leads.followingAddress(link.getEmailNormalized());
    }

    /** @throws RateLimitedException when the address or the link was used too often this hour */
    private void brake(String token, String ipAddress) {
        rateLimits.acquire(LIMITS, ipAddress, AccountTokens.lookupHash(token).orElse(null));
    }

    private PreferenceLink link(String token) {
        return AccountTokens.lookupHash(token).map(hash -> em.find(PreferenceLink.class, hash))
                .orElseThrow(() -> new NotFoundException("preferences link"));
    }
}
