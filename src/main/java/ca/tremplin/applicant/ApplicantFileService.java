package ca.tremplin.applicant;

import ca.tremplin.kernel.NotFoundException;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The applicant's side, reached by a private link and no account: the token names one lead, and every read and
 * write here is about that lead only. The request has no tenant, so the work crosses tenants on purpose, each query
 * naming the link's lead.
 */
@ApplicationScoped
public class ApplicantFileService {

    /**
     * The most documents one person's file holds, refused ones included (their bytes are kept too): the four kinds
     * asked for, each sent again a few times, fit well within; with {@link DocumentChecks#MAX_BYTES} each, it bounds
     * what one link can make the database keep.
     */
    public static final int MOST_DOCUMENTS = 20;

    /**
     * Room kept beyond {@link #MOST_DOCUMENTS} for the documents that follow the admission (the CAQ, the study permit,
     * each sent again a few times) and for those staff attach: a file filled with diplomas and transcripts before the
     * admission must still take the CAQ, and the centre the person is told to write to must be able to add to it.
     */
    public static final int ROOM_AFTER_ADMISSION = 10;

    /** Documents taken per link and hour. */
    static final ca.tremplin.kernel.RateLimits.Limit UPLOADS_PER_LINK =
            ca.tremplin.kernel.RateLimits.Limit.fromEnvironment("applicant-upload-link",
                    "TREMPLIN_APPLICANT_UPLOADS_PER_LINK_PER_HOUR", 30);

    @Inject
    ca.tremplin.kernel.RateLimits rateLimits;

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    @Inject
    OwnApplications ownApplications;

    @Inject
    ca.tremplin.tenant.TenantRepository tenants;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * The file the token opens; an unknown token is not found, an expired one says it expired, one of a centre closed
     * since says so and names the coordination to write to. The link, the person
     * and their documents are read across tenants, to find the link; their applications after that transaction has
     * ended, in one of their own bound to the link's centre, whose tenant filter keeps every other centre's offers and
     * applications out: one pooled connection at a time for the page, not the second one a nested transaction holds.
     */
    public ApplicantFile open(String token) {
        ApplicantFile withoutApplications = tenancy.acrossAllTenants(() -> {
            ApplicantLink link = usableLink(token);
            Lead lead = em.find(Lead.class, link.getLeadId());
            Tenant centre = em.find(Tenant.class, link.getTenantId());
            List<LeadDocument> documents = documentsOf(link.getLeadId());
            List<String> programsFr = new ArrayList<>();
            List<String> programsEn = new ArrayList<>();
            for (Object[] title : em.createQuery("""
                            select distinct p.titleFr, p.titleEn from RoutedInquiry r join r.inquiry i
                            join i.programIds pid, Program p
                            where p.id = pid and r.lead.id = :lead and p.tenantId = :tenant""", Object[].class)
                    .setParameter("lead", link.getLeadId()).setParameter("tenant", link.getTenantId())
                    .getResultList()) {
                programsFr.add((String) title[0]);
                programsEn.add((String) title[1]);
            }
            List<DocumentKind> needed = DocumentKind.stillNeeded(lead.getStage(), documents);
            return new ApplicantFile(
                    ca.tremplin.person.ContactDetails.addressedAs(lead.getFirstName(), lead.getLastName()), lead.locale(), lead.getStage(), centre.getNameFr(),
                    centre.getNameEn(), programsFr, programsEn, documents, needed,
                    centre.getId(), link.getLeadId(), List.of());
        });
        return withoutApplications.withApplications(
                ownApplications.of(withoutApplications.tenantId(), withoutApplications.leadId()));
    }

    /**
     * The link's person withdraws one of their applications ({@link OwnApplications#withdraw}); through a link that no
     * longer works (expired, its centre closed), nothing changes. Withdrawing is not sending: a file closed by the
     * centre still lets its person stop an application.
     */
    public void withdrawApplication(String token, long applicationId) {
        ApplicantLink link = tenancy.acrossAllTenants(() -> usableLink(token));
        ownApplications.withdraw(link.getTenantId(), link.getLeadId(), applicationId);
    }

    /**
     * Stores a checked document on the link's lead, and puts it on the lead's timeline for staff; through a link that
     * no longer works (expired, its centre closed), nothing is kept.
     */
    public void upload(String token, DocumentKind kind, String fileName, byte[] content) {
        // Each document is a line on the person's timeline and one more for staff to review.
        rateLimits.acquire(UPLOADS_PER_LINK, token == null ? "" : token);
        if (kind == null) {
            throw new ca.tremplin.kernel.BusinessRuleException("document.chooseKind");
        }
        DocumentChecks.Checked file = DocumentChecks.check(fileName, content, DocumentChecks.DOCUMENT_TYPES);
        tenancy.acrossAllTenants(() -> {
            ApplicantLink link = usableLink(token);
            // Locked, so that two uploads at once are counted one after the other.
            Lead lead = em.find(Lead.class, link.getLeadId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (lead.getStage() == ca.tremplin.person.LeadStage.LOST) {
                // A closed file asks for nothing: a page opened before it closed cannot add to it.
                throw new ca.tremplin.kernel.BusinessRuleException("applicant.closed");
            }
            if (!kind.offeredAt(lead.getStage())) {
                // The CAQ and the study permit follow the admission: a form posted with one before it is refused.
                throw new ca.tremplin.kernel.BusinessRuleException("document.notYet");
            }
            return store(em, lead, kind, file, null, clock.instant()).getId();
        });
    }

    /**
     * Keeps a checked document in the lead's file — its bytes apart, never under the web root — and puts it on the
     * timeline, by the person ({@code staffId} null) or by a staff member who received it. The lead is locked by the
     * caller, so that two documents sent at once are counted one after the other against the file's limit.
     */
    static LeadDocument store(EntityManager em, Lead lead, DocumentKind kind, DocumentChecks.Checked file,
                              Long staffId, Instant now) {
        long held = em.createQuery("select count(d) from LeadDocument d where d.leadId = :lead", Long.class)
                .setParameter("lead", lead.getId()).getSingleResult();
        int most = staffId != null || kind.followsAdmission() ? MOST_DOCUMENTS + ROOM_AFTER_ADMISSION
                : MOST_DOCUMENTS;
        if (held >= most) {
            throw new ca.tremplin.kernel.BusinessRuleException("document.tooMany", most);
        }
        refuseSentAgain(em, lead, kind, file);
        LeadDocument document = new LeadDocument(lead.getTenantId(), lead.getId(), kind, file, now);
        em.persist(document);
        em.flush();
        em.createNativeQuery("insert into lead_document_content (document_id, content) values (?1, ?2)")
                .setParameter(1, document.getId()).setParameter(2, file.content()).executeUpdate();
        em.persist(new LeadEvent(lead, LeadEventKind.DOCUMENT_UPLOADED, staffId, kind + " : " + file.fileName(),
                now));
        return document;
    }

    /**
     * The very file already held as this document (the form sent twice, the same file chosen again after a refusal):
     * not kept twice, and the sender told what became of the first. The same file as another document is taken, as
     * a person who scanned everything into one PDF sends it for each.
     */
    private static void refuseSentAgain(EntityManager em, Lead lead, DocumentKind kind, DocumentChecks.Checked file) {
        List<LeadDocument> sameSize = em.createQuery("select d from LeadDocument d where d.leadId = :lead"
                        + " and d.kind = :kind and d.sizeBytes = :size order by d.id desc", LeadDocument.class)
                .setParameter("lead", lead.getId()).setParameter("kind", kind)
                .setParameter("size", file.content().length).getResultList();
        for (LeadDocument held : sameSize) {
            List<?> content = em.createNativeQuery(
                            "select content from lead_document_content where document_id = ?1")
                    .setParameter(1, held.getId()).getResultList();
            if (!content.isEmpty() && java.util.Arrays.equals((byte[]) content.get(0), file.content())) {
                throw held.getStatus() == DocumentStatus.REJECTED
                        ? new ca.tremplin.kernel.BusinessRuleException("document.sameAsRefused",
                                held.getRejectionReason() == null ? "—" : held.getRejectionReason())
                        : new ca.tremplin.kernel.BusinessRuleException("document.alreadyHeld", held.getFileName());
            }
        }
    }

    private ApplicantLink usableLink(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException("applicant link");
        }
        ApplicantLink link = em.createQuery("select l from ApplicantLink l where l.tokenHash = :hash",
                        ApplicantLink.class)
                .setParameter("hash", AccountTokens.sha256(token)).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("applicant link"));
        if (!link.isValidAt(clock.instant())) {
            throw new LinkExpiredException();
        }
        Tenant centre = em.find(Tenant.class, link.getTenantId());
        if (!centre.isActive()) {
            // Closed by the coordination: nobody there reads the file any more, and what was sent would wait for
            // nobody. The person is told whom to write to instead.
            throw new CentreClosedException(centre, tenants.findCoordination()
                    .orElseThrow(() -> new IllegalStateException("No coordinating organisation")));
        }
        return link;
    }

    private List<LeadDocument> documentsOf(long leadId) {
        return em.createQuery("select d from LeadDocument d where d.leadId = :lead order by d.uploadedAt desc",
                LeadDocument.class).setParameter("lead", leadId).getResultList();
    }
}
