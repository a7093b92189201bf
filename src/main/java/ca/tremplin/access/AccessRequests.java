package ca.tremplin.access;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.kernel.RateLimits;
import ca.tremplin.kernel.RateLimits.Limit;
import ca.tremplin.mail.HtmlText;
import ca.tremplin.mail.MailAttachment;
import ca.tremplin.mail.MailContent;
import ca.tremplin.mail.Outbox;
import ca.tremplin.person.AccessLog;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadRepository;
import ca.tremplin.person.PersonalData;
import ca.tremplin.person.PersonalDataArchive;
import ca.tremplin.person.PersonalDataExport;
import ca.tremplin.person.PersonalDataSet;
import ca.tremplin.security.AccountTokens;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Access and portability requests, from the person's question to each centre's answer, and the same export for
 * staff from a lead's page. The person's side crosses tenants on purpose, for the request's address only; the
 * centre's side goes through the tenant filter.
 */
@ApplicationScoped
public class AccessRequests {

    /** The law's deadline to answer, counted from the day the address was proven. */
    public static final int DEADLINE_DAYS = 30;
    /** How long the e-mailed link waits to be opened. */
    static final Duration UNOPENED_LINK = Duration.ofDays(7);
    /** Once opened, how long the person may download: past the deadline, so a late answer can still be fetched. */
    static final Duration OPENED_LINK = Duration.ofDays(45);
    /** A person asking again and again is not answered with more mail than this a day. */
    static final int MOST_PER_DAY = 3;
    /** A second ask for one address within this time is the first one again (see {@link #askedJustNow}). */
    static final Duration ASKED_AGAIN_WITHIN = Duration.ofMinutes(1);
    /** The deadline is a day in Québec. */
    static final ZoneId QUEBEC = ca.tremplin.kernel.QuebecTime.ZONE;

    /**
     * Asking without sign-in: per address ({@code TREMPLIN_ACCESS_PER_IP_PER_HOUR}, default 20, shared with opening
     * and downloading) and per e-mail (5: beyond {@link #MOST_PER_DAY} a day nothing more is mailed anyway).
     */
    static final Limit[] ASK_LIMITS = {
            Limit.fromEnvironment("access-ip", "TREMPLIN_ACCESS_PER_IP_PER_HOUR", 20),
            Limit.fromEnvironment("access-email", "TREMPLIN_ACCESS_PER_EMAIL_PER_HOUR", 5)};
    /**
     * Opening the e-mailed link and downloading, without sign-in: per address (the same bucket as asking) and per
     * link (30: the page opened, reloaded, and each centre's part downloaded a few times).
     */
    static final Limit[] LINK_LIMITS = {ASK_LIMITS[0],
            Limit.fromEnvironment("access-link", "TREMPLIN_ACCESS_PER_LINK_PER_HOUR", 30)};

    private static final Pattern EMAIL = Pattern.compile(ca.tremplin.kernel.EmailAddresses.ADDRESS);

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    Outbox outbox;

    @Inject
    LeadRepository leads;

    @Inject
    PersonalDataExport export;

    @Inject
    AccessLog accessLog;

    @Inject
    ca.tremplin.person.ApprenticeErasure apprenticeErasure;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Clock clock;

    @Inject
    RateLimits rateLimits;

    /** A file to download: its name and its bytes. */
    public record Download(String fileName, byte[] content) {
    }

    /**
     * One centre's part as its privacy officer sees it; {@code guardian}: the address is, at the centre, a parent's or
     * guardian's, answered with the children held under it rather than with a child's record.
     */
    public record Row(Long partId, Long leadId, String email, Instant verifiedAt, LocalDate dueOn,
                      AccessRequestPart.Answer answer, Instant answeredAt, Long answeredBy, boolean guardian) {

        public Row(Long partId, Long leadId, String email, Instant verifiedAt, LocalDate dueOn,
                   AccessRequestPart.Answer answer, Instant answeredAt, Long answeredBy) {
            this(partId, leadId, email, verifiedAt, dueOn, answer, answeredAt, answeredBy, false);
        }

        Row asGuardian(boolean asGuardian) {
            return new Row(partId, leadId, email, verifiedAt, dueOn, answer, answeredAt, answeredBy, asGuardian);
        }

        public boolean late(LocalDate today) {
            return answer == null && today.isAfter(dueOn);
        }
    }

    /**
     * A request for this address whose link was mailed moments ago and not opened yet: the same button pressed twice,
     * or the form sent again while its mail is on its way, answers as the first did without a second link to follow.
     */
    private boolean askedJustNow(String address, Instant now) {
        return !em.createQuery("select r.id from AccessRequest r where r.emailNormalized = :email"
                        + " and r.requestedAt > :since and r.verifiedAt is null", Long.class)
                .setParameter("email", address).setParameter("since", now.minus(ASKED_AGAIN_WITHIN))
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The person asks: a link to prove the address is theirs is e-mailed to it. The same answer whether a centre
     * knows the address or not, so that the page tells no one who is known.
     */
    @Transactional
    public void ask(String email, Locale language, String ipAddress) {
        String address = ContactDetails.normalizeEmail(email);
        if (address == null || address.isEmpty()) {
            throw new BusinessRuleException("access.emailRequired");
        }
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new BusinessRuleException("access.invalidEmail");
        }
        rateLimits.acquire(ASK_LIMITS, ipAddress, address);
        Instant now = clock.instant();
        long today = em.createQuery("select count(r) from AccessRequest r where r.emailNormalized = :email"
                        + " and r.requestedAt > :since", Long.class)
                .setParameter("email", address).setParameter("since", now.minus(Duration.ofDays(1)))
                .getSingleResult();
        if (today >= MOST_PER_DAY || askedJustNow(address, now)) {
            return;
        }
        Locale locale = Languages.supported(language);
        String token = AccountTokens.newClearText();
        em.persist(new AccessRequest(address, Languages.code(locale), AccountTokens.sha256(token), now,
                now.plus(UNOPENED_LINK), ipAddress));
        String link = PublicAddress.of("/acces.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&lang=" + Languages.code(locale));
        String text = Messages.get(locale, "access.mail.body", link);
        outbox.enqueue(null, new MailContent(email.strip(), Messages.get(locale, "access.mail.subject"), text,
                HtmlText.linking(HtmlText.paragraphs(Languages.code(locale), text), link)));
    }

    /**
     * The person opens the e-mailed link: the first time, it proves the address and records the request with each
     * centre that holds it, each with its deadline. An unknown link is not found; an old one says so.
     */
    public AccessView open(String token, String ipAddress) {
        rateLimits.acquire(LINK_LIMITS, ipAddress, AccountTokens.lookupHash(token).orElse(null));
        return tenancy.acrossAllTenants(() -> {
            AccessRequest request = request(token);
            Instant now = clock.instant();
            if (request.isExpiredAt(now)) {
                return new AccessView("", true, List.of());
            }
            if (request.getVerifiedAt() == null) {
                request.verified(now, now.plus(OPENED_LINK));
                LocalDate due = LocalDate.ofInstant(now, QUEBEC).plusDays(DEADLINE_DAYS);
                for (Lead lead : leads.followingAddress(request.getEmailNormalized())) {
                    em.persist(new AccessRequestPart(lead.getTenantId(), request.getId(), lead.getId(), due));
                }
                // An apprentice whom a centre knows only by the profile they posted on its showcase is answered too,
                // and so is a parent or guardian who consented with this address for a child the centre holds.
                for (Long centre : export.centresHoldingTheAddressWithoutALead(request.getEmailNormalized())) {
                    em.persist(new AccessRequestPart(centre, request.getId(), null, due));
                }
                em.flush();
            }
            return viewOf(request);
        });
    }

    /** The person downloads one centre's part: in the access log as theirs, and the part answered. */
    public Download download(String token, long partId, String ipAddress) {
        rateLimits.acquire(LINK_LIMITS, ipAddress, AccountTokens.lookupHash(token).orElse(null));
        return tenancy.acrossAllTenants(() -> {
            AccessRequest request = request(token);
            Instant now = clock.instant();
            if (request.getVerifiedAt() == null || request.isExpiredAt(now)) {
                throw new NotFoundException("access request not open");
            }
            AccessRequestPart part = em.find(AccessRequestPart.class, partId);
            if (part == null || !part.getRequestId().equals(request.getId())) {
                throw new NotFoundException("part " + partId);
            }
            PersonalDataSet data = dataOf(part, request);
            Download file = archive(data);
            // In the access log as the record handed out: a lead's, or a profile's; a guardian's answer holds neither.
            if (!data.leadIds().isEmpty()) {
                accessLog.recordDownloadByThePerson(part.getTenantId(), part.getLeadId(), part.getId());
            } else if (!data.showcaseProfileIds().isEmpty()) {
                accessLog.recordApprenticeDownloadByThePerson(part.getTenantId(), data.showcaseProfileIds().get(0),
                        part.getId());
            }
            part.answered(AccessRequestPart.Answer.DOWNLOADED, null, now);
            return file;
        });
    }

    /**
     * The centre's requests, those still to answer first, by deadline (its admins: its privacy officer). A person
     * erased here since their request is shown without their address: a lead by its number, an apprentice known only
     * by the showcase as such.
     */
    @Transactional
    public List<Row> ofCentre() {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        List<Row> rows = em.createQuery("""
                        select new ca.tremplin.access.AccessRequests$Row(p.id, p.leadId,
                            case when exists (select 1 from Lead l where l.id = p.leadId and l.erasedAt is not null)
                                then '' else r.emailNormalized end,
                            r.verifiedAt, p.dueOn, p.answer, p.answeredAt, p.answeredBy)
                        from AccessRequestPart p, AccessRequest r where r.id = p.requestId
                        order by case when p.answer is null then 0 else 1 end, p.dueOn, p.id""", Row.class)
                .setMaxResults(200).getResultList();
        long centre = ca.tremplin.tenant.TenantContext.currentTenantId();
        List<String> addresses = rows.stream().map(Row::email).filter(email -> !email.isEmpty()).distinct().toList();
        java.util.Set<String> apprentices = apprenticeErasure.addressesHeld(centre, addresses);
        java.util.Set<String> guardians = export.heldAsGuardian(centre, addresses);
        return rows.stream().map(row -> row.leadId() != null || apprentices.contains(row.email())
                        || guardians.contains(row.email()) ? row.asGuardian(guardians.contains(row.email()))
                : new Row(row.partId(), null, "", row.verifiedAt(), row.dueOn(), row.answer(), row.answeredAt(),
                        row.answeredBy())).toList();
    }

    /**
     * The privacy officer sends the centre's part to the proven address, the data attached; data too large for a
     * message ({@link MailAttachment#MOST_BYTES}) is refused, saying until when the person's own link downloads it.
     */
    @Transactional
    public void send(long partId) {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        AccessRequestPart part = em.find(AccessRequestPart.class, partId);
        // The part's number comes from the page's form: another centre's is not found, whatever number is sent.
        if (part == null || part.getTenantId() != ca.tremplin.tenant.TenantContext.currentTenantId()) {
            throw new NotFoundException("part " + partId);
        }
        AccessRequest request = em.find(AccessRequest.class, part.getRequestId());
        Lead erased = part.getLeadId() == null ? null : em.find(Lead.class, part.getLeadId());
        if (request.getEmailNormalized() == null || request.getEmailNormalized().isBlank()
                || (erased != null && erased.isErased())
                || (part.getLeadId() == null && apprenticeErasure.addressesHeld(part.getTenantId(),
                        List.of(request.getEmailNormalized())).isEmpty() && export.heldAsGuardian(part.getTenantId(),
                        List.of(request.getEmailNormalized())).isEmpty())) {
            // The person was erased here (or everywhere) since — a lead, or an apprentice known only by the showcase,
            // whose profiles are gone, or the children a guardian consented for —: this centre has no address left to
            // send to.
            throw new BusinessRuleException("access.noAddressLeft");
        }
        PersonalDataSet data = dataOf(part, request);
        Locale locale = Languages.fromTag(request.getLanguage());
        Tenant centre = em.find(Tenant.class, part.getTenantId());
        String text = Messages.get(locale, "access.sent.body", centre.localizedName(locale));
        Download file = archive(data);
        if (!MailAttachment.fits(file.content().length)) {
            // Too large for a message (CVs, documents): the relay would refuse it and the page say "sent". Said to the
            // privacy officer now, with what the person can do: download it from their own link.
            throw new BusinessRuleException("access.tooLargeToMail", new ca.tremplin.kernel.FileSize(
                    file.content().length), new ca.tremplin.kernel.FileSize(MailAttachment.MOST_BYTES),
                    LocalDate.ofInstant(request.getLinkExpiresAt(), QUEBEC));
        }
        outbox.enqueue(part.getTenantId(), new MailContent(request.getEmailNormalized(),
                Messages.get(locale, "access.sent.subject", centre.localizedName(locale)), text,
                HtmlText.paragraphs(Languages.code(locale), text))
                .attaching(new MailAttachment(file.fileName(), "application/zip", file.content())));
        if (!data.leadIds().isEmpty()) {
            accessLog.recordExport(List.of(part.getLeadId()), part.getId());
        } else if (!data.showcaseProfileIds().isEmpty()) {
            accessLog.recordApprenticeExport(part.getTenantId(), data.showcaseProfileIds().get(0), part.getId());
        }
        part.answered(AccessRequestPart.Answer.SENT, signedInUser.getUserId(), clock.instant());
    }

    /**
     * Staff's export of an apprentice from the moderation page, in the same format as a lead's: the person the centre
     * knows only by their showcase profile, as their own request gets it, in the access log by the profile's number; a
     * person the centre also follows as a lead (since the page was shown, say), as the lead page exports them — their
     * profiles with the rest. Another centre's profile is not found, whatever number is sent.
     */
    @Transactional
    public Download staffExportOfApprentice(long profileId) {
        signedInUser.require(Role.RECRUITER, Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        long centre = ca.tremplin.tenant.TenantContext.currentTenantId();
        java.util.Optional<Long> lead = export.leadFollowingApprentice(centre, profileId);
        if (lead.isPresent()) {
            return staffExport(lead.get());
        }
        PersonalDataSet data = export.collectApprentice(centre, profileId);
        Download file = archive(signedInUser.isTenantAdmin() ? data : data.without(PersonalData.ADMINS_ONLY));
        accessLog.recordApprenticeExport(centre, profileId, null);
        return file;
    }

    /** Staff's export of one of the centre's people, from the lead page: the same archive, in the access log. */
    @Transactional
    public Download staffExport(long leadId) {
        signedInUser.require(Role.RECRUITER, Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        Lead lead = em.find(Lead.class, leadId);
        if (lead == null || lead.getMergedIntoId() != null) {
            throw new NotFoundException("lead " + leadId);
        }
        PersonalDataSet data = export.collect(leadId);
        Download file = archive(signedInUser.isTenantAdmin() ? data : data.without(PersonalData.ADMINS_ONLY));
        accessLog.recordExport(List.of(leadId), null);
        return file;
    }

    /**
     * A part's data, as the centre answers the request's proven address ({@link PersonalDataExport#answerToAddress}):
     * the person's lead at the centre, or, for an apprentice the centre knows only by their showcase profile, that
     * profile found by the address; for a parent or guardian, which children the centre holds under their address and
     * what they consented to, never a child's record.
     */
    private PersonalDataSet dataOf(AccessRequestPart part, AccessRequest request) {
        return export.answerToAddress(part.getTenantId(), part.getLeadId(), request.getEmailNormalized());
    }

    private static Download archive(PersonalDataSet data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PersonalDataArchive.write(data, bytes);
        return new Download(PersonalDataArchive.fileName(data), bytes.toByteArray());
    }

    private AccessView viewOf(AccessRequest request) {
        List<AccessView.Centre> centres = new ArrayList<>();
        for (AccessRequestPart part : em.createQuery("select p from AccessRequestPart p where p.requestId = :request"
                + " order by p.tenantId", AccessRequestPart.class).setParameter("request", request.getId())
                .getResultList()) {
            Tenant centre = em.find(Tenant.class, part.getTenantId());
            centres.add(new AccessView.Centre(part.getId(), centre.getNameFr(), centre.getNameEn(), part.getDueOn(),
                    part.getAnswer() != null));
        }
        return new AccessView(ContactDetails.masked(request.getEmailNormalized()), false, centres);
    }

    private AccessRequest request(String token) {
        return AccountTokens.lookupHash(token).flatMap(hash -> em.createQuery(
                        "select r from AccessRequest r where r.tokenHash = :hash", AccessRequest.class)
                .setParameter("hash", hash).getResultStream().findFirst())
                .orElseThrow(() -> new NotFoundException("access request link"));
    }
}
