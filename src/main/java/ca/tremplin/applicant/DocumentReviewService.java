package ca.tremplin.applicant;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.mail.HtmlText;
import ca.tremplin.mail.MailContent;
import ca.tremplin.mail.Outbox;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEvent;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.security.AccountTokens;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
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
import java.util.List;

/**
 * Staff's side of the applicant's file, under the current tenant: send the person their private link, list their
 * documents, download one, accept it or refuse it with a reason. Another centre's lead or document is not found.
 */
@ApplicationScoped
public class DocumentReviewService {

    static final Duration LINK_VALIDITY = Duration.ofDays(14);

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    ca.tremplin.person.AccessLog accessLog;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Clock clock;

    @Inject
    ca.tremplin.person.MailingConsents consents;

    /** E-mails the person a link to their file, valid {@link #LINK_VALIDITY}; only its hash is kept. */
    @Transactional
    public void sendLink(long leadId) {
        requireStaff();
        Lead lead = lead(leadId);
        String token = AccountTokens.newClearText();
        if (lead.getEmail() == null) {
            throw new BusinessRuleException("lead.noEmail");
        }
        if (contactWithdrawn(leadId)) {
            throw new BusinessRuleException("applicant.linkNotSentWithdrawn");
        }
        Instant now = clock.instant();
        // A link sent again (to an address corrected since, or because the first was lost) ends the earlier ones;
        // they are kept, ended, so that one opened later says it no longer works and why, not "page not found".
        em.createQuery("update ApplicantLink l set l.expiresAt = :now where l.leadId = :lead and l.expiresAt > :now")
                .setParameter("lead", lead.getId()).setParameter("now", now).executeUpdate();
        String link = newLink(lead, token, now);
        java.util.Locale language = lead.locale();
        String subject = Messages.get(language, "applicant.mailSubject", signedInUser.tenantName(language));
        String body = Messages.get(language, "applicant.mailBody",
                ContactDetails.addressedAs(lead.getFirstName(), lead.getLastName()), link, LINK_VALIDITY.toDays(),
                signedInUser.getDisplayName());
        outbox.enqueue(lead.getTenantId(), new MailContent(lead.getEmail(), subject, body,
                HtmlText.linking(HtmlText.paragraphs(lead.getLanguage(), body), link)));
        em.persist(new LeadEvent(lead, LeadEventKind.LINK_SENT, signedInUser.getUserId(), lead.getEmail(), now));
    }

    /** The stages a person is told of when staff ask it: the decisions of the centre, Québec and Canada. */
    public static final java.util.Set<ca.tremplin.person.LeadStage> ANNOUNCED = java.util.EnumSet.of(
            ca.tremplin.person.LeadStage.ADMITTED, ca.tremplin.person.LeadStage.CAQ_OBTAINED,
            ca.tremplin.person.LeadStage.STUDY_PERMIT_OBTAINED, ca.tremplin.person.LeadStage.ENROLLED);

    /**
     * Tells the person, in their language, the step their file has reached (admitted, CAQ obtained, study permit
     * obtained, enrolled) and what comes next, with a new link to their file, where the documents the step asks for
     * (the CAQ, the study permit) are now listed. Not for a person who withdrew their consent to be contacted.
     */
    @Transactional
    public void announce(long leadId) {
        requireStaff();
        Lead lead = lead(leadId);
        if (!ANNOUNCED.contains(lead.getStage())) {
            throw new BusinessRuleException("applicant.notAnnounced");
        }
        if (lead.getEmail() == null || lead.isErased()) {
            throw new BusinessRuleException("lead.noEmail");
        }
        if (contactWithdrawn(leadId)) {
            throw new BusinessRuleException("applicant.contactWithdrawn");
        }
        Instant now = clock.instant();
        java.util.Locale language = lead.locale();
        String link = newLink(lead, AccountTokens.newClearText(), now);
        String stage = lead.getStage().name();
        String subject = Messages.get(language, "applicant.milestone.subject." + stage,
                signedInUser.tenantName(language));
        String body = Messages.get(language, "applicant.milestone.body",
                ContactDetails.addressedAs(lead.getFirstName(), lead.getLastName()),
                Messages.get(language, "applicant.milestone." + stage), link, LINK_VALIDITY.toDays(),
                signedInUser.getDisplayName());
        outbox.enqueue(lead.getTenantId(), new MailContent(lead.getEmail(), subject, body,
                HtmlText.linking(HtmlText.paragraphs(lead.getLanguage(), body), link)));
        em.persist(new LeadEvent(lead, LeadEventKind.EMAIL_SENT, signedInUser.getUserId(), subject, now));
    }

    /**
     * Whether the person's latest word on being contacted is no (withdrawn, or refused having never agreed): no mail
     * about their file goes to them, by the rule of such mail ({@code ConsentStandings.Mail.APPLICANT_FILE}).
     */
    private boolean contactWithdrawn(long leadId) {
        return !consents.mayWrite(ca.tremplin.person.ConsentStandings.Mail.APPLICANT_FILE, leadId);
    }

    /** A new link to the person's file, valid {@link #LINK_VALIDITY}; only its hash is kept. */
    private String newLink(Lead lead, String token, Instant now) {
        em.persist(new ApplicantLink(lead.getTenantId(), lead.getId(), AccountTokens.sha256(token),
                signedInUser.getUserId(), now, now.plus(LINK_VALIDITY)));
        return PublicAddress.of("/dossier.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&lang=" + lead.getLanguage());
    }

    @Transactional
    public List<LeadDocument> documents(long leadId) {
        requireStaff();
        lead(leadId);
        return em.createQuery("select d from LeadDocument d where d.leadId = :lead order by d.uploadedAt desc",
                LeadDocument.class).setParameter("lead", leadId).getResultList();
    }

    /**
     * A document the person gave staff another way (by e-mail, at a fair: a CAQ, a study permit), kept in their file
     * as if sent from it, checked the same way, and accepted by the staff member who attached it.
     */
    @Transactional
    public void attach(long leadId, DocumentKind kind, String fileName, byte[] content) {
        requireStaff();
        if (kind == null) {
            throw new BusinessRuleException("document.chooseKind");
        }
        DocumentChecks.Checked file = DocumentChecks.check(fileName, content, DocumentChecks.DOCUMENT_TYPES);
        Lead lead = lead(leadId);
        em.lock(lead, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (lead.isErased()) {
            // Erased on the person's request: nothing about them is kept again, identity papers least of all.
            throw new BusinessRuleException("document.personErased");
        }
        Instant now = clock.instant();
        LeadDocument document = ApplicantFileService.store(em, lead, kind, file, signedInUser.getUserId(), now);
        document.accept(signedInUser.getUserId(), now);
    }

    /** The file, for staff of the lead's centre only. */
    @Transactional
    public DocumentFile download(long documentId) {
        requireStaff();
        LeadDocument document = document(documentId);
        // No row once the person's data was erased (ca.tremplin.person.PersonErasure): the file is gone.
        List<?> found = em.createNativeQuery(
                        "select content from lead_document_content where document_id = ?1")
                .setParameter(1, document.getId()).getResultList();
        byte[] content = found.stream().findFirst().map(byte[].class::cast)
                .orElseThrow(() -> new NotFoundException("document " + documentId));
        accessLog.record(document.getLeadId(), ca.tremplin.person.AccessAction.DOCUMENT, document.getId());
        return new DocumentFile(document.getFileName(), document.getContentType(), content);
    }

    /**
     * Accepts the document as the page showed it ({@code shownVersion}): one a colleague decided on meanwhile — a
     * refusal the person was already mailed, an acceptance — is not overridden from a stale page but refused as a
     * conflict, the page then showing the decision that stands.
     */
    @Transactional
    public void accept(long documentId, long shownVersion) {
        requireStaff();
        LeadDocument document = shown(documentId, shownVersion);
        refuseIfErased(lead(document.getLeadId()));
        Instant now = clock.instant();
        document.accept(signedInUser.getUserId(), now);
        em.persist(new LeadEvent(lead(document.getLeadId()), LeadEventKind.DOCUMENT_ACCEPTED, signedInUser.getUserId(),
                document.getKind() + " : " + document.getFileName(), now));
    }

    /** A page opened before the person was erased reviews nothing more: a reason would name them again. */
    private static void refuseIfErased(Lead lead) {
        if (lead.isErased()) {
            throw new BusinessRuleException("erasure.nothingAdded");
        }
    }

    /** Whether the person was mailed a refusal, and if not, why: staff are told which. */
    public enum RefusalTold {
        MAILED,
        NO_ADDRESS,
        CONTACT_WITHDRAWN
    }

    /**
     * Refuses a document with its reason, which the person reads in their file, and tells them by e-mail unless
     * they have no address or withdrew their consent to be contacted. As the page showed it ({@code shownVersion}):
     * one a colleague decided on meanwhile is refused as a conflict, as {@link #accept} does.
     */
    @Transactional
    public RefusalTold reject(long documentId, String reason, long shownVersion) {
        requireStaff();
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("document.reasonRequired");
        }
        LeadDocument document = shown(documentId, shownVersion);
        refuseIfErased(lead(document.getLeadId()));
        Instant now = clock.instant();
        String clean = ca.tremplin.kernel.ShortenedText.of(reason.strip(), 500);
        document.reject(clean, signedInUser.getUserId(), now);
        Lead lead = lead(document.getLeadId());
        em.persist(new LeadEvent(lead, LeadEventKind.DOCUMENT_REJECTED, signedInUser.getUserId(),
                document.getKind() + " : " + document.getFileName() + " — " + clean, now));
        return tellRefused(lead, document, clean, now);
    }

    /**
     * The person learns that a document was refused, why, and where to send another: a new link to their file (the
     * one they had may have expired), in their language.
     */
    private RefusalTold tellRefused(Lead lead, LeadDocument document, String reason, Instant now) {
        if (lead.getEmail() == null || lead.isErased()) {
            return RefusalTold.NO_ADDRESS;
        }
        if (contactWithdrawn(lead.getId())) {
            return RefusalTold.CONTACT_WITHDRAWN;
        }
        java.util.Locale language = lead.locale();
        String link = newLink(lead, AccountTokens.newClearText(), now);
        String subject = Messages.get(language, "applicant.refusedSubject", signedInUser.tenantName(language));
        String body = Messages.get(language, "applicant.refusedBody",
                ContactDetails.addressedAs(lead.getFirstName(), lead.getLastName()),
                Messages.get(language, document.getKind().messageKey()), document.getFileName(), reason, link,
                LINK_VALIDITY.toDays(), signedInUser.getDisplayName());
        outbox.enqueue(lead.getTenantId(), new MailContent(lead.getEmail(), subject, body,
                HtmlText.linking(HtmlText.paragraphs(lead.getLanguage(), body), link)));
        em.persist(new LeadEvent(lead, LeadEventKind.LINK_SENT, signedInUser.getUserId(), lead.getEmail(), now));
        return RefusalTold.MAILED;
    }

    /**
     * The document, locked until the decision is written, if it is still as the page showed it: two decisions sent at
     * once are taken one after the other, the second finding the first's version.
     */
    private LeadDocument shown(long id, long shownVersion) {
        LeadDocument document = java.util.Optional.ofNullable(em.find(LeadDocument.class, id,
                        jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("document " + id));
        if (document.getVersion() != shownVersion) {
            throw new BusinessRuleException("conflict.modifiedMeanwhile");
        }
        return document;
    }

    private LeadDocument document(long id) {
        return java.util.Optional.ofNullable(em.find(LeadDocument.class, id))
                .orElseThrow(() -> new NotFoundException("document " + id));
    }

    private Lead lead(long id) {
        return java.util.Optional.ofNullable(em.find(Lead.class, id)).filter(l -> l.getMergedIntoId() == null)
                .orElseThrow(() -> new NotFoundException("lead " + id));
    }

    private void requireStaff() {
        signedInUser.require(Role.RECRUITER, Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
    }

    /** A document's name, checked type and bytes, for a download. */
    public record DocumentFile(String fileName, String contentType, byte[] content) {
    }
}
