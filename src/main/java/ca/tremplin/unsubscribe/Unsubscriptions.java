package ca.tremplin.unsubscribe;

import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.kernel.RateLimits;
import ca.tremplin.kernel.RateLimits.Limit;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEvent;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.security.AccountTokens;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links in bulk e-mail and what they do. A centre's bulk e-mail asks {@link #newLink} for each message and leaves out
 * the addresses {@link #optedOut} names; the public page and the one-click address call {@link #unsubscribe}, which
 * works across tenants on purpose (the person has no account), naming the link's centre in every statement.
 */
@ApplicationScoped
public class Unsubscriptions {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * Unsubscribing writes without sign-in: per address ({@code TREMPLIN_UNSUBSCRIBE_PER_IP_PER_HOUR}, default
     * 30), so that nobody can try tokens by the thousand on the page, and per link (10: the page and the mail program's
     * button, pressed a few times, stay well within). The one-click address counts per link only ({@link #brake}).
     */
    private static final Limit[] UNSUBSCRIBE_LIMITS = {
            Limit.fromEnvironment("unsubscribe-ip", "TREMPLIN_UNSUBSCRIBE_PER_IP_PER_HOUR", 30),
            Limit.fromEnvironment("unsubscribe-link", "TREMPLIN_UNSUBSCRIBE_PER_LINK_PER_HOUR", 10)};

    @Inject
    RateLimits rateLimits;

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    @Inject
    ca.tremplin.person.LeadRepository people;

    @Inject
    ca.tremplin.person.ConsentRegister consents;

    @Inject
    ca.tremplin.mail.Outbox outbox;

    /** The two addresses of one message's link: the page a person opens, and the one mail programs post to. */
    public record Link(String page, String oneClick) {
    }

    /** A link for one message of the current centre to this address, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Link newLink(long tenantId, String emailNormalized, String language) {
        String token = AccountTokens.newClearText();
        em.persist(new UnsubscribeLink(AccountTokens.sha256(token), tenantId, emailNormalized, clock.instant()));
        return link(URLEncoder.encode(token, StandardCharsets.UTF_8), language);
    }

    /**
     * The link {@link #newLink} gives, its token shown as "…" as {@link ca.tremplin.kernel.SecretLinks} shows it, and
     * nothing written: a preview of a message, where each person will get a link of their own.
     */
    public Link shownLink(String language) {
        return link("…", language);
    }

    /**
     * Both addresses carry the message's language after the token: the page opens in the language the e-mail was
     * written in (the visitor may switch), and so does the one-click address opened in a browser, which sends the
     * person on to the page ({@code api.UnsubscribeResource}); a mail program's post ignores it.
     */
    static Link link(String encodedToken, String language) {
        return new Link(PublicAddress.of("/desabonnement.xhtml?token=" + encodedToken + "&lang=" + language),
                PublicAddress.of("/api/unsubscribe/" + encodedToken + "?lang=" + language));
    }

    /** Of these addresses (normalised), those that unsubscribed from the current centre's bulk e-mail. */
    @Transactional
    public Set<String> optedOut(Collection<String> emailsNormalized) {
        if (emailsNormalized.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "select o.emailNormalized from MailOptOut o where o.emailNormalized in :emails", String.class)
                .setParameter("emails", emailsNormalized).getResultList());
    }

    /**
     * The current centre's record of this address's opt-out, if it opted out. (In a transaction, like every read of
     * a centre's rows: the session, and so its tenant filter, is then the current centre's.)
     */
    @Transactional
    public java.util.Optional<MailOptOut> optOut(String emailNormalized) {
        return em.createQuery("select o from MailOptOut o where o.emailNormalized = :email", MailOptOut.class)
                .setParameter("email", emailNormalized).getResultStream().findFirst();
    }

    /**
     * When this address unsubscribed from each centre's bulk e-mail, by centre: the person's consent page shows it.
     * Across all centres on purpose; the caller is the person's own link.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Map<Long, Instant> optOutsAcrossAllTenants(String emailNormalized) {
        java.util.Map<Long, Instant> optOuts = new java.util.HashMap<>();
        em.createQuery("select o.tenantId, o.optedOutAt from MailOptOut o where o.emailNormalized = :email",
                        Object[].class).setParameter("email", emailNormalized).getResultList()
                .forEach(row -> optOuts.put((Long) row[0], (Instant) row[1]));
        return optOuts;
    }

    /**
     * The person subscribes again to a centre's bulk e-mail (they gave their news consent again from their own
     * page): the opt-out goes, and each of the centre's leads at that address says so on its timeline.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resubscribeAcrossAllTenants(long tenantId, String emailNormalized) {
        resubscribeIfGivenAfter(tenantId, emailNormalized, clock.instant());
    }

    /**
     * The person gave their consent to news again, on a form (a request, an event registration) at {@code givenAt}:
     * it is the latest word on the centre's bulk e-mail when it came after their unsubscribing, which then ends, as
     * it does when they give it again from their own page. An unsubscribing made after the form stands.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resubscribeIfGivenAfter(long tenantId, String emailNormalized, Instant givenAt) {
        if (emailNormalized == null) {
            return;
        }
        java.util.Optional<Lead> person = personAt(tenantId, emailNormalized);
        List<String> addresses = addresses(emailNormalized, person);
        int removed = em.createNativeQuery("delete from mail_opt_out where tenant_id = :centre"
                        + " and email_normalized in (:emails) and opted_out_at <= :given")
                .setParameter("centre", tenantId).setParameter("emails", addresses).setParameter("given", givenAt)
                .executeUpdate();
        // Said on the timeline only when the centre may write to the person again: an unsubscribing from another of
        // their addresses made after the form stands.
        if (removed > 0 && optedOut(tenantId, addresses) == 0) {
            person.ifPresent(lead -> em.persist(new LeadEvent(lead, LeadEventKind.RESUBSCRIBED, null, null,
                    clock.instant())));
        }
    }

    /**
     * A record merged into another: the person had unsubscribed from the centre's bulk e-mail at the merged record's
     * address, which the record that stays is written to at its own address from now on; that address is left out
     * too, as of when they unsubscribed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void merged(long tenantId, String mergedAddress, String keptAddress) {
        if (mergedAddress == null || keptAddress == null || mergedAddress.equals(keptAddress)) {
            return;
        }
        carry(tenantId, mergedAddress, keptAddress);
    }

    /**
     * Staff corrected a person's address: their word on the centre's bulk e-mail follows them as a merge carries it —
     * an unsubscription at the former address holds at the new one, as of when they said it, with a line on the
     * timeline —, and the links in the bulk e-mail sent to the former address, which were the person's, unsubscribe
     * them where the centre writes to them now. (The links of a record V76 kept apart under the other spelling of
     * the former address stay that record's.)
     */
    void addressCorrected(@jakarta.enterprise.event.Observes ca.tremplin.person.AddressCorrected corrected) {
        Lead lead = corrected.lead();
        if (carry(lead.getTenantId(), corrected.formerKey(), corrected.newKey()) > 0) {
            em.persist(new LeadEvent(lead, LeadEventKind.UNSUBSCRIPTION_CARRIED, corrected.staffId(), null,
                    corrected.at()));
        }
        em.createNativeQuery("update unsubscribe_link set email_normalized = :to"
                        + " where tenant_id = :centre and email_normalized = :from")
                .setParameter("to", corrected.newKey()).setParameter("centre", lead.getTenantId())
                .setParameter("from", corrected.formerKey()).executeUpdate();
    }

    /**
     * The first unsubscription at {@code from} (either spelling of its domain) written at {@code to} (both spellings),
     * where none is; returns how many were written.
     */
    private int carry(long tenantId, String from, String to) {
        int carried = 0;
        for (String address : spellings(to)) {
            carried += em.createNativeQuery("""
                            insert ignore into mail_opt_out (tenant_id, email_normalized, opted_out_at, channel,
                                                             ip_address)
                            select tenant_id, :to, opted_out_at, channel, ip_address from mail_opt_out
                            where tenant_id = :centre and email_normalized in (:from)
                            order by opted_out_at limit 1""")
                    .setParameter("to", address).setParameter("centre", tenantId)
                    .setParameter("from", spellings(from)).executeUpdate();
        }
        return carried;
    }

    /** What the link's page shows; an unknown link is not found. */
    public LinkView view(String token) {
        return tenancy.acrossAllTenants(() -> viewOf(link(token)));
    }

    /**
     * Unsubscribes the link's address from its centre's bulk e-mail, at once, and the person's address at the centre
     * when it is another: a link sent to a record merged since into another one is the person's all the same, and the
     * centre writes to the record that stays. Its bulk e-mail to those addresses that has not left yet is taken back
     * ({@link ca.tremplin.mail.Outbox#withdrawBulkMail}). A second time (the page, then the mail program's button)
     * changes nothing. The person's lead at the centre gets a line on its timeline, so that staff see why bulk e-mail leaves
     * the person out.
     */
    public LinkView unsubscribe(String token, MailOptOut.Channel channel, String ipAddress) {
        brake(rateLimits, channel, ipAddress, token);
        return tenancy.acrossAllTenants(() -> {
            UnsubscribeLink link = link(token);
            Instant now = clock.instant();
            java.util.Optional<Lead> person = personAt(link.getTenantId(), link.getEmailNormalized());
            List<String> addresses = addresses(link.getEmailNormalized(), person);
            int recorded = 0;
            for (String address : addresses) {
                // Native and "ignore": two clicks at the same moment record one opt-out and neither fails.
                recorded += em.createNativeQuery("""
                                insert ignore into mail_opt_out (tenant_id, email_normalized, opted_out_at, channel,
                                                                 ip_address)
                                values (?1, ?2, ?3, ?4, ?5)""")
                        .setParameter(1, link.getTenantId()).setParameter(2, address)
                        .setParameter(3, now).setParameter(4, channel.name())
                        .setParameter(5, ipAddress == null ? null
                                : ipAddress.substring(0, Math.min(45, ipAddress.length())))
                        .executeUpdate();
            }
            // Its bulk e-mail that has not left — held back by an outage of the mail server, or given up, which an
            // admin may queue again — never reaches the person now.
            outbox.withdrawBulkMail(link.getTenantId(), addresses);
            if (recorded > 0) {
                // Each of the centre's records at the address, under either spelling of its domain (two records V76
                // kept apart), says so: bulk e-mail leaves out both.
                peopleAt(link.getTenantId(), addresses).forEach(lead -> em.persist(new LeadEvent(lead,
                        LeadEventKind.UNSUBSCRIBED, null, channel.howSaid(), now)));
            }
            return viewOf(link);
        });
    }

    /**
     * The person withdrew their consent to the centre's news, or to being contacted at all (their preferences page,
     * or staff recording what they said): its bulk e-mail to them that has not left yet is taken back, as an
     * unsubscribing takes it back ({@link ca.tremplin.mail.Outbox#withdrawBulkMail}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeBackBulkMail(long tenantId, String emailNormalized) {
        if (emailNormalized != null) {
            outbox.withdrawBulkMail(tenantId, addresses(emailNormalized, personAt(tenantId, emailNormalized)));
        }
    }

    /**
     * The brakes on unsubscribing. A one-click unsubscribe (RFC 8058) is posted by the mailbox provider's servers, a
     * few addresses for millions of people: a limit per address would refuse the 31st person of the hour, and record
     * nothing (CASL wants every one honoured). The 256-bit token is the proof there, and only the link's own limit
     * counts; the page, which people open in their browser, keeps both.
     */
    static void brake(RateLimits limits, MailOptOut.Channel channel, String ipAddress, String token) {
        limits.acquire(UNSUBSCRIBE_LIMITS, channel == MailOptOut.Channel.ONE_CLICK ? null : ipAddress, token);
    }

    /**
     * Done when the link's address and the person's address at the centre are both left out: a link used before its
     * record was merged into another offers its button again, for the address the centre writes to now.
     */
    private LinkView viewOf(UnsubscribeLink link) {
        Tenant centre = em.find(Tenant.class, link.getTenantId());
        java.util.Optional<Lead> person = personAt(link.getTenantId(), link.getEmailNormalized());
        List<String> addresses = addresses(link.getEmailNormalized(), person);
        boolean done = optedOut(link.getTenantId(), addresses) == addresses.size();
        return LinkView.of(centre.getNameFr(), centre.getNameEn(), shown(link.getEmailNormalized(), person), done);
    }

    /** The addresses as the page names them, as people read them: the link's, then the person's own if another. */
    static List<String> shown(String emailNormalized, java.util.Optional<Lead> person) {
        java.util.LinkedHashSet<String> shown = new java.util.LinkedHashSet<>();
        shown.add(readable(emailNormalized));
        person.map(Lead::getEmailNormalized).ifPresent(own -> shown.add(readable(own)));
        return List.copyOf(shown);
    }

    private static String readable(String key) {
        return ca.tremplin.kernel.EmailAddresses.withUnicodeDomain(key).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether the person at this address unsubscribed from this centre's bulk e-mail (at the address, or at their own
     * where a merge gave them another), and has not subscribed again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean unsubscribed(long tenantId, String emailNormalized) {
        return emailNormalized != null
                && optedOut(tenantId, addresses(emailNormalized, personAt(tenantId, emailNormalized))) > 0;
    }

    /**
     * Whether news the person just ticked on a public form is held back at the centre, a stop of their own standing
     * there (news withdrawn, being contacted withdrawn, the bulk e-mail unsubscribed): the form's acknowledgement or
     * confirmation then asks them to give it from their own link ({@code person.ConsentStandings}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean newsAwaitsConfirmation(long tenantId, long leadId, String emailNormalized) {
        ca.tremplin.person.ConsentEntry news = ca.tremplin.person.ConsentStandings.inForce(consents.lines(leadId))
                .get(ca.tremplin.person.ConsentPurpose.NEWS);
        return news == null || !news.granted() || unsubscribed(tenantId, emailNormalized);
    }

    /** How many of these addresses unsubscribed from the centre's bulk e-mail. */
    private long optedOut(long tenantId, List<String> addresses) {
        return em.createQuery("""
                        select count(o) from MailOptOut o where o.tenantId = :centre
                        and o.emailNormalized in :emails""", Long.class)
                .setParameter("centre", tenantId).setParameter("emails", addresses).getSingleResult();
    }

    /**
     * The centre's live lead of the person at this address: the lead that has it, or the one a lead that had it was
     * merged into; none for an address the centre does not follow, or a person erased.
     */
    private java.util.Optional<Lead> personAt(long tenantId, String emailNormalized) {
        return em.createQuery("select l from Lead l where l.tenantId = :centre and l.emailNormalized = :email",
                        Lead.class)
                .setParameter("centre", tenantId).setParameter("email", emailNormalized).getResultStream()
                .map(people::living).filter(lead -> lead.getMergedIntoId() == null && !lead.isErased()).findFirst();
    }

    /**
     * The address, and the person's own at the centre when a merge gave them another; each with its domain written
     * both ways ({@link #spellings}).
     */
    static List<String> addresses(String emailNormalized, java.util.Optional<Lead> person) {
        java.util.LinkedHashSet<String> addresses = new java.util.LinkedHashSet<>(spellings(emailNormalized));
        person.map(Lead::getEmailNormalized).ifPresent(own -> addresses.addAll(spellings(own)));
        return List.copyOf(addresses);
    }

    /**
     * A key and the other spelling of its domain, in Unicode and in ASCII ("école.ca", "xn--cole-9oa.ca"): one
     * mailbox, which V76 left under both keys where a centre had a record under each (kept apart rather than merged
     * without anyone). An unsubscribing stands under both, so that neither record is written to again.
     */
    static List<String> spellings(String key) {
        java.util.LinkedHashSet<String> spellings = new java.util.LinkedHashSet<>();
        spellings.add(key);
        spellings.add(readable(key));
        ca.tremplin.kernel.EmailAddresses.withAsciiDomain(key)
                .map(ascii -> ascii.toLowerCase(java.util.Locale.ROOT)).ifPresent(spellings::add);
        // A spelling longer than a key can be (the ASCII one of a long domain) is no record's key.
        spellings.removeIf(spelling -> spelling.length() > 254);
        return List.copyOf(spellings);
    }

    /** The centre's live records of the person at any of these addresses. */
    private List<Lead> peopleAt(long tenantId, List<String> addresses) {
        Map<Long, Lead> people = new java.util.LinkedHashMap<>();
        addresses.forEach(address -> personAt(tenantId, address).ifPresent(lead -> people.putIfAbsent(lead.getId(),
                lead)));
        return List.copyOf(people.values());
    }

    private UnsubscribeLink link(String token) {
        return AccountTokens.lookupHash(token).map(hash -> em.find(UnsubscribeLink.class, hash))
                .orElseThrow(() -> new NotFoundException("unsubscribe link"));
    }
}
