package ca.tremplin.application;

import ca.tremplin.applicant.DocumentChecks;
import ca.tremplin.inquiry.FieldProblem;
import ca.tremplin.inquiry.InquiryValidator;
import ca.tremplin.inquiry.InquiryValidator.ValidContact;
import ca.tremplin.inquiry.InvalidInquiryException;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.kernel.RateLimits;
import ca.tremplin.kernel.RateLimits.Limit;
import ca.tremplin.mail.MailContent;
import ca.tremplin.mail.Outbox;
import ca.tremplin.offer.Offer;
import ca.tremplin.offer.OfferStatus;
import ca.tremplin.person.ChangeSource;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEvent;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.person.LeadRegistry;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Applications to offers. {@link #apply} is public and crosses tenants on purpose (the candidate has no tenant): it
 * records the application in the offer's centre and joins it to the person's lead there. Everything else is staff's,
 * under the current tenant: another centre's offer or application is not found.
 *
 * <p>One lock order for every path: the person's record (an application received, an erasure), then the application,
 * then the offer, then its centre, then its interviews. An application received locks the person, reads their
 * applications to the offer (locking the one it sends again), then locks the offer and its centre in share mode, and
 * decides on what it reads so. Staff's work on an application (a move, an interview) knows the application before the
 * person: it reads the person from it without a lock, locks the person, then locks the application and checks that
 * its person is still the one locked.
 */
@ApplicationScoped
public class ApplicationService {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * Applications: per address ({@code TREMPLIN_APPLICATION_PER_IP_PER_HOUR}, default 10), per e-mail (5) and per
     * offer (100). Each stores a CV of up to 8 MB, so this also bounds what one address can make the database keep:
     * 80 MB an hour at most.
     */
    /**
     * The most applications, each with its CV, that one person holds at a centre: far more than anyone sends, and
     * with {@link DocumentChecks#MAX_BYTES} per CV, a bound on what one person can make the database keep.
     */
    public static final int MOST_APPLICATIONS = 50;

    /** A cover message: a page or two of text, well within its column (TEXT, 65,535 bytes). */
    static final int MESSAGE_MAX = 4000;

    private static final Limit[] APPLY_LIMITS = {
            Limit.fromEnvironment("application-ip", "TREMPLIN_APPLICATION_PER_IP_PER_HOUR", 10),
            Limit.fromEnvironment("application-email", "TREMPLIN_APPLICATION_PER_EMAIL_PER_HOUR", 5),
            Limit.fromEnvironment("application-offer", "TREMPLIN_APPLICATION_PER_OFFER_PER_HOUR", 100)};

    @Inject
    ca.tremplin.person.CreditedTouches creditedTouches;

    @Inject
    jakarta.enterprise.inject.Instance<ca.tremplin.mail.ConsentLinks> consentLinks;

    @Inject
    ca.tremplin.offer.OfferHistory offerHistory;

    @Inject
    RateLimits rateLimits;

    @Inject
    Tenancy tenancy;

    @Inject
    ca.tremplin.person.AccessLog accessLog;

    @Inject
    LeadRegistry leads;

    @Inject
    Outbox outbox;

    @Inject
    ca.tremplin.mail.MailSender mailSender;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Clock clock;

    @Inject
    InterviewAnswers answers;

    @Inject
    ApplicationNews news;

    @Inject
    ca.tremplin.person.ConsentRegister consentRegister;

    @Inject
    EarlierSendings earlierSendings;

    /**
     * What became of an application sent: its id, where it stands, and — when it was sent again by a person who had
     * withdrawn their consent to its processing — what it had been sent before, kept as an earlier version rather
     * than replaced ({@link EarlierSendings}); null for a new application.
     */
    public record Received(long applicationId, ApplicationStatus standing, String newCvName,
                           EarlierSendings.EarlierSending keptEarlier) implements java.io.Serializable {

        /** Whether this sending gave the consent again to an application that stood, its earlier version kept. */
        public boolean sentAgain() {
            return keptEarlier != null;
        }

        /**
         * What the form says once sent, in the person's language: received; or, sent again, that the application
         * resumes where it stood with what was sent now, and that what was sent before stays with it, unread.
         */
        public String told(Locale language) {
            if (!sentAgain()) {
                return Messages.get(language, "application.received");
            }
            return Messages.get(language, "application.receivedAgain",
                    Messages.get(language, standing.asTheCandidateReadsIt().messageKey()).toLowerCase(language),
                    newCvName, keptEarlier.cvFileName(), sentOn(keptEarlier));
        }
    }

    /**
     * Records an application to an open offer, with the consent given on the form as proof (the exact versioned text
     * in the candidate's language, the time and the address it came from); returns its id.
     */
    public long apply(long offerId, ApplicationRequest request, String cvName, byte[] cv, Locale language,
                      String ipAddress) {
        return apply(offerId, request, cvName, cv, language, ipAddress, ca.tremplin.web.CampaignTouches.NONE);
    }

    /** An application with the campaign touches the candidate's browser carried, kept on it and on the lead. */
    public long apply(long offerId, ApplicationRequest request, String cvName, byte[] cv, Locale language,
                      String ipAddress, ca.tremplin.web.CampaignTouches touches) {
        return receive(offerId, request, cvName, cv, language, ipAddress, touches).applicationId();
    }

    /**
     * As {@link #apply}, saying what became of it, which the form tells the person: a new application, or one that
     * stood, sent again with the consent given again, its earlier CV and message kept beside the new ones.
     */
    public Received receive(long offerId, ApplicationRequest request, String cvName, byte[] cv, Locale language,
                            String ipAddress, ca.tremplin.web.CampaignTouches touches) {
        // The same rules as every public form's: names of 100 characters at most, control characters dropped, the
        // e-mail's form, the country, the phone read for that country, and a guardian under 14 — every problem named
        // at once, the message's, the consent's and the CV's too.
        List<FieldProblem> problems = new ArrayList<>();
        ValidContact contact = null;
        try {
            contact = InquiryValidator.validateContact(request.getFirstName(), request.getLastName(),
                    request.getEmail(), request.getPhone(), request.getCountry(), true, language,
                    request.guardianAnswers(), java.time.Year.now(ca.tremplin.inquiry.BusinessHours.ZONE));
        } catch (InvalidInquiryException invalid) {
            problems.addAll(invalid.problems());
        }
        String message = InquiryValidator.optionalText(request.getMessage(), "message", MESSAGE_MAX, problems);
        if (!request.isConsent()) {
            problems.add(new FieldProblem("consent", "application.consentRequired"));
        }
        DocumentChecks.Checked checkedCv = null;
        try {
            checkedCv = DocumentChecks.check(cvName, cv, DocumentChecks.CV_TYPES);
        } catch (BusinessRuleException refused) {
            problems.add(new FieldProblem("cv", refused.messageKey(), refused.arguments()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInquiryException(problems);
        }
        DocumentChecks.Checked file = checkedCv;
        String first = contact.person().firstName();
        String last = contact.person().lastName();
        String email = contact.person().email();
        String country = contact.person().countryOfResidence();
        String phone = contact.person().phoneE164();
        ca.tremplin.inquiry.ValidInquiry.Guardian guardian = contact.guardian();
        // After the checks, so that a typo costs nothing; before anything is stored, so that a robot cannot fill
        // the database with CVs and leads: per address, per e-mail and per offer.
        rateLimits.acquire(APPLY_LIMITS, ipAddress, InquiryValidator.normalizeEmail(email), String.valueOf(offerId));
        return tenancy.acrossAllTenants(() -> {
            Offer offer = em.find(Offer.class, offerId);
            if (offer == null || offer.getStatus() == OfferStatus.DRAFT) {
                throw new NotFoundException("offer " + offerId);
            }
            // Read first without a lock, so that an offer closed long ago costs nothing; read again locked below.
            BusinessRuleException refused = refusal(offer,
                    em.find(ca.tremplin.tenant.Tenant.class, offer.getTenantId()), clock);
            if (refused != null) {
                throw refused;
            }
            Instant now = clock.instant();
            String normalized = InquiryValidator.normalizeEmail(email);
            ContactDetails details = new ContactDetails(first, last, email, normalized, phone, country, null,
                    language);
            // The person, then their applications to the offer, then the offer, in that order — the order
            // of an erasure (the person, then their applications) and of every move (the application, then the
            // offer): two sendings at once (a double click, two tabs) are read one after the other, and a merge or
            // an erasure of the person at that moment is waited for and seen, never written over.
            leads.lockKnown(offer.getTenantId(), details);
            // A returning person joins their lead; what the form says fills what the record lacks, never rewrites it.
            var joined = leads.joinOrCreate(offer.getTenantId(), details, now, ChangeSource.APPLICATION, offerId);
            Lead lead = joined.lead();
            // The campaigns that speak for the offer's centre: another centre's is not credited here.
            ca.tremplin.web.CampaignTouches credited = creditedTouches.forCentre(offer.getTenantId(), touches);
            lead.touchedBy(credited);
            long leadId = lead.getId();
            long held = em.createQuery("select count(a) from OfferApplication a where a.leadId = :l", Long.class)
                    .setParameter("l", leadId).getSingleResult();
            if (held >= MOST_APPLICATIONS) {
                throw new BusinessRuleException("application.tooMany", MOST_APPLICATIONS);
            }
            // One standing application per person and offer; one withdrawn does not stand in the way of applying again.
            List<OfferApplication> standing = standingApplications(offerId, leadId);
            boolean sentAgain = !standing.isEmpty() && applyingAgainGivesConsent(standing.get(0).getStatus(),
                    guardian != null, processingWithdrawn(standing.get(0), lead));
            if (sentAgain) {
                lockedAsStanding(standing.get(0), language);
            }
            // Read again under its lock, after the applications, as a move takes them: a hire of the last position,
            // a closing, a deadline moved or a deletion at this moment is waited for and its outcome refused in the
            // person's words; one made after waits for this application, which it then finds. Its centre likewise,
            // after it: closed by the coordinating organisation at this moment, nothing is sent.
            readLocked(offer);
            refused = refusal(offer, lockedCentre(offer.getTenantId()), clock);
            if (refused != null) {
                throw refused;
            }
            OfferApplication application;
            EarlierSendings.EarlierSending keptEarlier = null;
            if (standing.isEmpty()) {
                application = new OfferApplication(offer.getTenantId(), offerId, leadId, message, file.fileName(),
                        file.contentType(), now);
                application.touchedBy(credited);
                application.seenFrom(request.getViewerZone());
                em.persist(application);
                em.flush();
                em.createNativeQuery("insert into offer_application_cv (application_id, content) values (?1, ?2)")
                        .setParameter(1, application.getId()).setParameter(2, file.content()).executeUpdate();
            } else if (sentAgain) {
                // Law 25: a person who withdrew their consent to the processing of their application, then applies
                // again, gives it again: the application still standing is processed again, with the CV and the
                // message sent now (the consent line below is the latest word on it). What it was sent before is
                // neither dropped nor overwritten: kept as an earlier version, which the centre does not read, since
                // its consent was withdrawn and the one given again came with what is sent now.
                application = standing.get(0);
                keptEarlier = earlierSendings.keep(application, now);
                application.sentAgainWithConsent(message, file.fileName(), file.contentType(), now);
                em.createNativeQuery("insert into offer_application_cv (application_id, content) values (?1, ?2)"
                                + " on duplicate key update content = values(content)")
                        .setParameter(1, application.getId()).setParameter(2, file.content()).executeUpdate();
            } else {
                throw alreadyApplied(em.find(ca.tremplin.tenant.Tenant.class, offer.getTenantId()), language);
            }
            if (standing.isEmpty()) {
                em.persist(ca.tremplin.person.ConsentRecord.forApplication(application.getId(), normalized, language,
                        now, ipAddress, ca.tremplin.person.ConsentSources.offerApplication(offerId)));
            } else {
                // The application's own consent keeps the first; the register says it was given again, and how.
                consentRegister.append(lead, ca.tremplin.person.ConsentPurpose.APPLICATION, true,
                        ca.tremplin.person.ConsentChannel.APPLICATION, now, "#" + offerId + " "
                                + offer.getEmployerName() + " — " + tradeOf(offer, language), null, ipAddress,
                        language);
            }
            if (guardian != null) {
                // Under 14: the parent's or guardian's own consent, word for word, with who gave it.
                em.persist(ca.tremplin.person.ConsentRecord.forApplication(application.getId(), normalized,
                        ca.tremplin.person.ConsentPurpose.GUARDIAN, language, now, ipAddress,
                        ca.tremplin.person.ConsentSources.offerApplication(offerId)).givenByGuardian(guardian.name(), guardian.email()));
                if (guardian.email() != null) {
                    String applied = ca.tremplin.kernel.Languages.isEnglish(language) ? offer.getTradeEn()
                            : offer.getTradeFr();
                    outbox.enqueue(offer.getTenantId(), ca.tremplin.person.GuardianNotice.compose(language,
                            guardian.name(), guardian.email(), (first + " " + last).strip(),
                            Messages.get(language, "guardian.what.application", applied, offer.getEmployerName()),
                            consentLinks.isResolvable() ? consentLinks.get().guardianLinkFor(normalized, language) : null));
                }
            }
            em.persist(new LeadEvent(lead, LeadEventKind.APPLIED_TO_OFFER, null,
                    offer.getEmployerName() + " — " + offer.getTradeFr(), now));
            // The candidate keeps a written trace of having applied (and, in the footer, their consents' link).
            ca.tremplin.tenant.Tenant centre = em.find(ca.tremplin.tenant.Tenant.class, offer.getTenantId());
            String trade = tradeOf(offer, language);
            // Greeted by the name they gave: a person with one name leaves the first name empty, as the form says.
            // Sent again, the mail says that the application resumes and that what was sent before stays with it.
            String body = keptEarlier == null ? Messages.get(language, "application.mail.body",
                    ca.tremplin.person.ContactDetails.addressedAs(first, last), trade, offer.getEmployerName(),
                    centre.localizedName(language), file.fileName())
                    : Messages.get(language, "application.mail.bodySentAgain",
                    ca.tremplin.person.ContactDetails.addressedAs(first, last), trade, offer.getEmployerName(),
                    centre.localizedName(language), file.fileName(), keptEarlier.cvFileName(),
                    sentOn(keptEarlier));
            outbox.enqueue(offer.getTenantId(), new MailContent(email, Messages.get(language,
                    "application.mail.subject", trade, offer.getEmployerName()), body,
                    ca.tremplin.mail.HtmlText.paragraphs(ca.tremplin.kernel.Languages.code(language), body)));
            return new Received(application.getId(), application.getStatus(), file.fileName(), keptEarlier);
        });
    }

    /**
     * The person's applications to the offer that stand (one withdrawn does not): those of their record and of the
     * records merged into it, which keep their own (a person and their duplicate who both applied before the merge),
     * so that a person merged since is not taken for one who never applied. Read once the person's record is locked:
     * another sending of theirs has committed by then, and is found. Not locked: a move by staff holds its application
     * and then writes on the person's timeline, which waits for the person's record; this sending, holding the record,
     * must not wait for the application in turn (the one application it writes to, sent again, it locks and reads
     * again, {@link #lockedAsStanding}).
     */
    private List<OfferApplication> standingApplications(long offerId, long leadId) {
        return em.createQuery("select a from OfferApplication a where a.offerId = :offer and a.leadId in (:records)"
                        + " and a.status <> :withdrawn order by a.id", OfferApplication.class)
                .setParameter("offer", offerId).setParameter("records", leads.withMergedRecords(leadId))
                .setParameter("withdrawn", ApplicationStatus.WITHDRAWN).getResultList();
    }

    /**
     * The application sent again, locked before the offer as a move takes them and read again: closed meanwhile by
     * staff, it is refused as sent already (it no longer resumes); withdrawn meanwhile, the sending is tried again,
     * which then finds none standing and applies anew.
     */
    private void lockedAsStanding(OfferApplication application, Locale language) {
        em.refresh(application, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (application.getStatus() == ApplicationStatus.WITHDRAWN) {
            throw new jakarta.persistence.OptimisticLockException("application " + application.getId()
                    + " withdrawn meanwhile");
        }
        if (application.getStatus().isFinal()) {
            throw alreadyApplied(em.find(ca.tremplin.tenant.Tenant.class, application.getTenantId()), language);
        }
    }

    /**
     * The offer, its row held in share mode until the transaction ends and read again as it stands then: other
     * applications go on at the same time, while a closing, a hire or an edit waits for this one. Deleted meanwhile
     * (one nobody had applied to, taken away as a mistake): not found, which the form says as no longer taking
     * applications.
     */
    private void readLocked(Offer offer) {
        if (em.createNativeQuery("select id from offer where id = ?1 lock in share mode")
                .setParameter(1, offer.getId()).getResultList().isEmpty()) {
            throw new NotFoundException("offer " + offer.getId());
        }
        em.refresh(offer);
    }

    /**
     * The offer's centre, its row held in share mode until the transaction ends and read again as it stands then (the
     * first read, kept by the persistence context, would answer as before): a closing of the centre by the
     * coordinating organisation at this moment is waited for and seen, so that no application is stored once the
     * closing has committed; one made after waits for this application to be stored.
     */
    private ca.tremplin.tenant.Tenant lockedCentre(long tenantId) {
        if (em.createNativeQuery("select id from tenant where id = ?1 lock in share mode")
                .setParameter(1, tenantId).getResultList().isEmpty()) {
            return null;
        }
        ca.tremplin.tenant.Tenant centre = em.find(ca.tremplin.tenant.Tenant.class, tenantId);
        em.refresh(centre);
        return centre;
    }

    /** The day, in Québec, an earlier version was sent: the day the person read on their own confirmation then. */
    public static LocalDate sentOn(EarlierSendings.EarlierSending earlier) {
        return LocalDate.ofInstant(earlier.sentAt(), ca.tremplin.kernel.QuebecTime.ZONE);
    }

    /**
     * An open offer of an active centre, for the public form; an offer filled or closed, or of a centre closed since,
     * is gone (410); a draft or unknown one not found.
     */
    public OpenOffer openOffer(long offerId) {
        return tenancy.acrossAllTenants(() -> {
            Offer offer = em.find(Offer.class, offerId);
            ca.tremplin.tenant.Tenant centre = offer == null ? null
                    : em.find(ca.tremplin.tenant.Tenant.class, offer.getTenantId());
            if (offer == null || offer.getStatus() == OfferStatus.DRAFT) {
                throw new NotFoundException("offer " + offerId);
            }
            if (!centre.isActive()) {
                // An "Apply" link kept from before the coordinating organisation closed the centre.
                throw new ca.tremplin.kernel.GoneException(ca.tremplin.kernel.GoneException.CENTRE_CLOSED);
            }
            if (offer.getStatus() != OfferStatus.OPEN) {
                // An "Apply" link the student was sent or kept, to an offer since filled or closed: said so, as the
                // offer's own page says it (410), not "no such page".
                throw new ca.tremplin.kernel.GoneException("offer.gone");
            }
            return new OpenOffer(offer.getId(), offer.getEmployerName(), offer.getTradeFr(), offer.getTradeEn(),
                    centre.getNameFr(), centre.getNameEn(), centre.getId(), offer.getApplicationDeadline(),
                    deadlinePassed(offer));
        });
    }

    /** Whether the offer's last day to apply, in Québec, is behind us. */
    private boolean deadlinePassed(Offer offer) {
        return Offer.deadlinePassed(offer.getApplicationDeadline(), clock);
    }

    /**
     * Whether the public form takes an application to this offer today: the offer open, its centre's public pages on
     * ({@link #openOffer}, else no form to send) and its last day to apply not behind us ({@link #apply}).
     */
    static boolean takesApplications(Offer offer, ca.tremplin.tenant.Tenant centre, Clock clock) {
        return refusal(offer, centre, clock) == null;
    }

    /**
     * Why the public form takes no application to this offer today, as the form says it (what the person typed kept);
     * null when it takes one. An offer filled or closed, or whose centre the coordinating organisation closed, while
     * the person was filling the form: no longer taking applications, nothing sent — a closed centre's pages are off,
     * and nobody there would read the application. Its last day to apply behind us: said with that day.
     */
    static BusinessRuleException refusal(Offer offer, ca.tremplin.tenant.Tenant centre, Clock clock) {
        if (offer.getStatus() != OfferStatus.OPEN || centre == null || !centre.isActive()) {
            return new BusinessRuleException("application.offerClosed");
        }
        if (Offer.deadlinePassed(offer.getApplicationDeadline(), clock)) {
            return new BusinessRuleException("application.deadlinePassed", offer.getApplicationDeadline());
        }
        return null;
    }

    /**
     * The refusal of a second application to an offer while the first stands, nothing sent: how to add to the first
     * what was meant now, said as the news of an application says how to reach the centre ({@link
     * ApplicationNews#reach}) — by replying to the mail that confirmed it when a reply reaches the centre, else by the
     * contact it gave, else by its name; never a reply that would go to the platform's no-reply address.
     */
    static BusinessRuleException alreadyApplied(ca.tremplin.tenant.Tenant centre, Locale language) {
        return new BusinessRuleException(ApplicationNews.reachKey("application.already", centre),
                centre.localizedName(language), centre.contactLine());
    }

    /** Whether a refusal is {@link #alreadyApplied}'s, whichever way it says to reach the centre. */
    static boolean isAlreadyApplied(BusinessRuleException refusal) {
        return refusal.messageKey().startsWith("application.already");
    }

    /**
     * Law 25: whether applying again to an offer gives again the consent to the processing of the application that
     * stands there, which {@link #apply} then processes again: the application still under way, the consent to its
     * processing withdrawn, and the person not under 14 (a guardian's consent stands with its own form; a second
     * application of theirs to the same offer is refused).
     */
    static boolean applyingAgainGivesConsent(ApplicationStatus standing, boolean underGuardian,
                                             boolean processingWithdrawn) {
        return !standing.isFinal() && !underGuardian && processingWithdrawn;
    }

    /** What the application form shows of the offer. */
    public record OpenOffer(long id, String employerName, String tradeFr, String tradeEn, String centreFr,
                            String centreEn, long tenantId, LocalDate applicationDeadline, boolean deadlinePassed) implements java.io.Serializable {
    }

    /**
     * Moves an application. Final statuses stay final; a hire takes one of the offer's positions, and the offer is
     * filled (off the public board) once every position is taken. Nothing is mailed to the candidate. The application
     * is locked first, then the offer, as every move takes them.
     */
    @Transactional
    public void changeStatus(long applicationId, ApplicationStatus target) {
        changeStatus(applicationId, target, null, false);
    }

    /**
     * Moves an application. A refusal or a withdrawal cancels the interviews still to come, each with the mail that
     * takes it out of the candidate's calendar, and closes their answer links: nobody confirms an interview for a post
     * they were refused (a hire keeps them: the meeting may still be wanted). When staff choose to
     * ({@code tellCandidate}), the candidate is told of a step that is news to them ({@link ApplicationNews}): at once
     * for a final one, a refusal with the reason staff give, if any, which the timeline keeps too; after a few minutes
     * for the others, which a move made meanwhile takes back. Returns what the candidate was told (nothing to a person
     * erased, without an address, or who withdrew their consent).
     */
    @Transactional
    public MoveOutcome changeStatus(long applicationId, ApplicationStatus target, String reasonToCandidate,
                                    boolean tellCandidate) {
        requireStaff();
        // Locked after its person and before the offer, as every move takes them: a move of the same application at
        // the same moment is waited for and its status read, an erasure of the person is waited for (or waits) whole,
        // and a hire from the board, which holds the application while it waits for the offer, is never held up by
        // one holding the offer while it waits for the application.
        OfferApplication application = lockedApplication(applicationId);
        if (target == null || target == application.getStatus()) {
            throw new BusinessRuleException("pipeline.chooseStage");
        }
        if (application.getStatus().isFinal()) {
            throw new BusinessRuleException("application.final");
        }
        Instant now = clock.instant();
        if (target == ApplicationStatus.INTERVIEW || target == ApplicationStatus.OFFER_MADE) {
            requirePositionLeft(application);
        }
        if (target == ApplicationStatus.HIRED) {
            // Locked, so that two hires at once on the offer — two colleagues, each on their candidate — are counted
            // one after the other: the second reads the position the first took, rather than failing on the offer's
            // version with an error page once the first has committed.
            Offer offer = lockedOffer(application.getOfferId());
            if (offer.getPositionsFilled() >= offer.getPositions()) {
                throw new BusinessRuleException("application.noPositionLeft");
            }
            offerHistory.recordFilledPositions(offer, offer.getPositionsFilled() + 1);
        }
        String reason = reasonToCandidate == null || reasonToCandidate.isBlank() ? null
                : ca.tremplin.person.ContactDetails.cleanText(reasonToCandidate);
        if (reason != null && reason.length() > REASON_MAX) {
            throw new BusinessRuleException("application.reasonTooLong", REASON_MAX);
        }
        Lead lead = lead(application.getLeadId());
        boolean withdrawn = !lead.isErased() && processingWithdrawn(application, lead);
        if (withdrawn && target != ApplicationStatus.REJECTED && target != ApplicationStatus.WITHDRAWN) {
            throw new BusinessRuleException("application.consentWithdrawn");
        }
        if (reason != null && target == ApplicationStatus.REJECTED && lead.isErased()) {
            // A reason is written about the person: an application of someone erased moves without one.
            throw new BusinessRuleException("erasure.reasonNotKept");
        }
        ApplicationStatus from = application.getStatus();
        // The news of the step it leaves, still held, is taken back: a move by mistake undone tells nothing.
        ApplicationStatus takenBack = news.settleHeld(application, lead, signedInUser.getUserId(), now);
        application.moveTo(target, now);
        em.persist(new LeadEvent(lead, LeadEventKind.APPLICATION_STATUS, signedInUser.getUserId(),
                "#" + application.getOfferId() + " " + from + " → " + target
                        + (target == ApplicationStatus.REJECTED && reason != null ? " — " + reason : ""), now));
        if (target == ApplicationStatus.REJECTED || target == ApplicationStatus.WITHDRAWN) {
            cancelUpcoming(application, lead, now, signedInUser.getUserId(), signedInUser.getDisplayName());
        }
        return new MoveOutcome(news.tell(application, lead, offer(application.getOfferId()), from, reason,
                tellCandidate, !lead.isErased() && !withdrawn, now), takenBack);
    }

    /**
     * Moves an application from the status the page showed ({@code seen}), as {@link #changeStatus(long,
     * ApplicationStatus, String, boolean)} does: one moved since by a colleague, or in another tab, is refused with
     * where it stands now, so that nobody moves a candidate from a step they no longer hold — a job offer made
     * meanwhile undone by a card dragged from a board read before it, or a refusal mailed to a person just offered
     * the job. The application is locked first, so that two moves at once are told apart the same way.
     */
    @Transactional
    public MoveOutcome changeStatus(long applicationId, ApplicationStatus seen, ApplicationStatus target,
                                    String reasonToCandidate, boolean tellCandidate) {
        requireStaff();
        OfferApplication application = lockedApplication(applicationId);
        requireAsSeen(application.getStatus(), seen);
        return changeStatus(applicationId, target, reasonToCandidate, tellCandidate);
    }

    /**
     * Keeps the candidate untold of the step their application was just moved to, for this move only: the news held in
     * the outbox ({@link ApplicationNews#HOLD}: screened, offer made) is taken back as staff chose, with its line on
     * the timeline — the choice a final move offers before it is made, offered for these steps once they are made,
     * since a card is moved by a drop. From the page that showed the application at {@code seen}: one moved since is
     * refused with where it stands now, and one with no news waiting is refused as such. Answers whether the mail was
     * taken back; false when it had left already, and the candidate counts as told.
     */
    @Transactional
    public boolean keepUntold(long applicationId, ApplicationStatus seen) {
        requireStaff();
        OfferApplication application = lockedApplication(applicationId);
        requireAsSeen(application.getStatus(), seen);
        if (application.getNewsHeldId() == null) {
            throw new BusinessRuleException("application.noNewsHeld");
        }
        return news.settleHeld(application, lead(application.getLeadId()), signedInUser.getUserId(),
                clock.instant()) != null;
    }

    /** The application still where the page showed it; else the move is refused with where it stands now. */
    static void requireAsSeen(ApplicationStatus now, ApplicationStatus seen) {
        if (now != seen) {
            throw new BusinessRuleException("application.changedMeanwhile", new Messages.Phrase(now.messageKey()));
        }
    }

    private Locale languageOf(OfferApplication application, Lead lead) {
        return news.languageOf(application, lead);
    }

    /** The longest reason a refusal gives the candidate. */
    static final int REASON_MAX = 1000;

    /**
     * Schedules an interview at a local date and time in a zone, at a place or by a link, and e-mails the candidate
     * an invitation with an .ics file, in their language; the application moves to "interview".
     */
    @Transactional
    public Interview scheduleInterview(long applicationId, java.time.LocalDateTime localStart, String zone,
                                       int durationMinutes, String place, String link) {
        requireStaff();
        // Locked, so that the same form sent twice (a double click) is read one after the other: the second finds
        // the interview the first set, and is refused rather than sending a second invitation.
        OfferApplication application = lockedApplication(applicationId);
        Slot slot = slot(localStart, zone, durationMinutes, place, link);
        Lead lead = invitable(application);
        refusePlannedAlready(application, slot, null);
        Instant now = clock.instant();
        Interview interview = new Interview(applicationId, slot.start(), durationMinutes, slot.place(), slot.link(),
                signedInUser.getUserId(), now);
        em.persist(interview);
        em.flush();
        mailInvitation(interview, application, lead, "interview.mailSubject", "interview.mailBody");
        application.told(ApplicationStatus.INTERVIEW);
        // An interview moves a new or screened application on; one further along (an offer made: a second interview
        // with the employer) stays where it is, and a move is on the timeline as a move made by hand is. The
        // invitation is the candidate's news: a screening's still held is taken back.
        ApplicationStatus from = application.getStatus();
        if (from.ordinal() < ApplicationStatus.INTERVIEW.ordinal()) {
            news.settleHeld(application, lead, signedInUser.getUserId(), now);
            application.moveTo(ApplicationStatus.INTERVIEW, now);
            em.persist(new LeadEvent(lead, LeadEventKind.APPLICATION_STATUS, signedInUser.getUserId(),
                    "#" + application.getOfferId() + " " + from + " → " + ApplicationStatus.INTERVIEW, now));
        }
        em.persist(new LeadEvent(lead, LeadEventKind.INTERVIEW_SCHEDULED, signedInUser.getUserId(),
                onTheTimeline(interview) + " — " + interview.where(), now));
        return interview;
    }

    /**
     * Moves an interview to another time or place: the candidate's calendar updates the event it holds (the same UID,
     * a higher SEQUENCE), with a mail that says it moved; no second invitation stays beside the first.
     */
    @Transactional
    public Interview moveInterview(long interviewId, int seenSequence, java.time.LocalDateTime localStart,
                                   String zone, int durationMinutes, String place, String link) {
        requireStaff();
        OfferApplication application = lockedApplicationOf(interviewId);
        Interview interview = liveInterview(interviewId, seenSequence);
        Slot slot = slot(localStart, zone, durationMinutes, place, link);
        Lead lead = invitable(application);
        refusePlannedAlready(application, slot, interview.getId());
        interview.moveTo(slot.start(), durationMinutes, slot.place(), slot.link());
        answers.closeFollowUp(interview, clock.instant());
        em.flush();
        mailInvitation(interview, application, lead, "interview.movedSubject", "interview.movedBody");
        em.persist(new LeadEvent(lead, LeadEventKind.INTERVIEW_MOVED, signedInUser.getUserId(),
                onTheTimeline(interview) + " — " + interview.where(), clock.instant()));
        return interview;
    }

    /**
     * Cancels an interview: the candidate's calendar removes it (METHOD:CANCEL, the same UID), with a mail that says
     * so; the application keeps its status, which staff change as they decide.
     */
    @Transactional
    public void cancelInterview(long interviewId, int seenSequence) {
        requireStaff();
        OfferApplication application = lockedApplicationOf(interviewId);
        Interview interview = liveInterview(interviewId, seenSequence);
        Lead lead = lead(application.getLeadId());
        cancel(interview, application, lead, clock.instant(), signedInUser.getUserId(), signedInUser.getDisplayName());
    }

    /**
     * The interviews of the application still to come, cancelled as {@link #cancel} does: by a refusal or a withdrawal,
     * staff's ({@code actorId}, who signs the mail as {@code signedBy}) or the candidate's own (no actor, the centre
     * signing).
     */
    void cancelUpcoming(OfferApplication application, Lead lead, Instant now, Long actorId, String signedBy) {
        for (Interview upcoming : em.createQuery("select i from Interview i where i.applicationId = :application"
                        + " and i.cancelledAt is null and i.startsAt > :now order by i.startsAt, i.id", Interview.class)
                .setParameter("application", application.getId()).setParameter("now", now)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            cancel(upcoming, application, lead, now, actorId, signedBy);
        }
    }

    /**
     * Cancels an interview: its answer link closed, the task it opened closed, the candidate mailed the calendar's
     * cancellation (METHOD:CANCEL, the same UID), the timeline told.
     */
    private void cancel(Interview interview, OfferApplication application, Lead lead, Instant now, Long actorId,
                        String signedBy) {
        interview.cancel(actorId, now);
        answers.closeFollowUp(interview, now);
        em.flush();
        if (!lead.isErased() && lead.getEmail() != null && !processingWithdrawn(application, lead)) {
            Offer offer = offer(application.getOfferId());
            Locale language = languageOf(application, lead);
            String trade = tradeOf(offer, language);
            String subject = Messages.get(language, "interview.cancelledSubject", trade, offer.getEmployerName());
            String body = Messages.get(language, "interview.cancelledBody",
                    ca.tremplin.person.ContactDetails.addressedAs(lead.getFirstName(), lead.getLastName()), trade,
                    offer.getEmployerName(), whenForCandidate(interview, application, language),
                    signedBy == null ? em.find(ca.tremplin.tenant.Tenant.class, lead.getTenantId())
                            .localizedName(language) : signedBy);
            outbox.enqueue(lead.getTenantId(), toCandidate(lead, language, subject, body),
                    InterviewInvitation.cancellation(interview, subject, body, PublicAddress.host(),
                            organizer(interview, lead, language),
                            (nonNull(lead.getFirstName()) + " " + nonNull(lead.getLastName())).strip(),
                            lead.getEmail()));
        }
        em.persist(new LeadEvent(lead, LeadEventKind.INTERVIEW_CANCELLED, actorId, onTheTimeline(interview), now));
    }

    /**
     * The centre's other interviews, not cancelled, that overlap this one in time and share its place or its link
     * or were set by the same member of staff: said to staff as a warning, never refused (a panel may see two
     * candidates in one room on purpose).
     */
    @Transactional
    public List<Interview> overlapping(Interview interview) {
        requireStaff();
        Instant end = interview.getStartsAt().plus(java.time.Duration.ofMinutes(interview.getDurationMinutes()));
        return em.createQuery("""
                        select i from Interview i where i.id <> :id and i.cancelledAt is null
                        and i.startsAt < :end and i.endsAt > :start
                        and (i.place = :place or i.link = :link or i.createdBy = :by) order by i.startsAt, i.id""",
                        Interview.class)
                .setParameter("id", interview.getId()).setParameter("start", interview.getStartsAt())
                .setParameter("end", end).setParameter("place", interview.getPlace())
                .setParameter("link", interview.getLink()).setParameter("by", signedInUser.getUserId())
                .getResultList();
    }

    /** When and where, checked: a time to come in a known zone, a place or an https link, a sensible length. */
    private record Slot(ZonedDateTime start, String place, String link) {
    }

    private Slot slot(java.time.LocalDateTime localStart, String zone, int durationMinutes, String place,
                      String link) {
        if (localStart == null) {
            throw new BusinessRuleException("interview.startRequired");
        }
        // Read as a browser's is, by its name of today ("Asia/Saigon" is Asia/Ho_Chi_Minh), whatever zone it is:
        // the page offers the ones the candidate's browsers reported, not only its short list.
        ZoneId zoneId = ca.tremplin.event.EventTimes.zone(zone)
                .orElseThrow(() -> new BusinessRuleException("interview.zoneUnknown",
                        ca.tremplin.kernel.ShortenedText.of(zone == null ? "" : zone.strip(), 60)));
        String cleanPlace = place == null || place.isBlank() ? null : place.strip();
        String cleanLink = link == null || link.isBlank() ? null : link.strip();
        if (cleanPlace == null && cleanLink == null) {
            throw new BusinessRuleException("interview.whereRequired");
        }
        if (cleanLink != null && !cleanLink.matches("https://\\S+")) {
            throw new BusinessRuleException("interview.linkInvalid");
        }
        requireWithinColumns(cleanPlace, cleanLink);
        if (durationMinutes < 10 || durationMinutes > 480) {
            throw new BusinessRuleException("interview.durationInvalid");
        }
        ZonedDateTime start = ca.tremplin.kernel.LocalTimes.at(localStart, zoneId);
        if (start.toInstant().isBefore(clock.instant())) {
            throw new BusinessRuleException("interview.inThePast");
        }
        return new Slot(start, cleanPlace, cleanLink);
    }

    /** The longest place and link an interview keeps (its columns), in characters. */
    static final int PLACE_MAX = 300;
    static final int LINK_MAX = 500;

    /**
     * A place or a link longer than the interview keeps is refused with the longest it may be — the form's own limit,
     * which a form sent otherwise (a script, an older page) does not keep: the database would refuse it at commit.
     */
    static void requireWithinColumns(String place, String link) {
        if (place != null && place.codePointCount(0, place.length()) > PLACE_MAX) {
            throw new BusinessRuleException("interview.placeTooLong", PLACE_MAX);
        }
        if (link != null && link.codePointCount(0, link.length()) > LINK_MAX) {
            throw new BusinessRuleException("interview.linkTooLong", LINK_MAX);
        }
    }

    /** The candidate, if an invitation may go to them: the application is not closed, the person not erased. */
    private Lead invitable(OfferApplication application) {
        if (application.getStatus().isFinal()) {
            // Hired, refused or withdrawn: no invitation goes to a file that is closed.
            throw new BusinessRuleException("interview.applicationFinal");
        }
        requirePositionLeft(application);
        Lead lead = lead(application.getLeadId());
        if (lead.isErased()) {
            throw new BusinessRuleException("interview.personErased");
        }
        requireProcessingConsent(application, lead);
        return lead;
    }

    /**
     * The offer filled, closed, or open past its last day to apply (listed nowhere, taking no application): each of its
     * applications still open is refused, its candidate told by e-mail when staff choose to, with the reason they give (each refusal as one made by hand: its interviews to come cancelled,
     * its line on the timeline; a person who withdrew their consent is refused without a mail). Returns how many were
     * refused, how many candidates were mailed the refusal, and how many interviews to come were cancelled (each mailed).
     */
    @Transactional
    public int[] refuseTheRemaining(long offerId, String reasonToCandidate, boolean tellCandidates) {
        requireStaff();
        // Their people locked first, in the order of their ids, then the applications still open, in the order of
        // theirs, then the offer, in the order every move takes them: an erasure of one of the people at this moment
        // is waited for whole (or waits), and an offer opened again at this moment (a position added) is waited for and
        // read as it left it, and its applications stay open, rather than refused on its status of the moment before.
        leads.lockPeople(em.createQuery("select distinct a.leadId from OfferApplication a where a.offerId = :offer"
                        + " and a.status not in :final", Long.class)
                .setParameter("offer", offerId).setParameter("final", List.of(ApplicationStatus.HIRED,
                        ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)).getResultList());
        List<OfferApplication> open = em.createQuery("select a from OfferApplication a where a.offerId = :offer"
                        + " and a.status not in :final order by a.id", OfferApplication.class)
                .setParameter("offer", offerId).setParameter("final", List.of(ApplicationStatus.HIRED,
                        ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN))
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
        Offer offer = lockedOffer(offerId);
        if (!OfferPipeline.takesNoMoreApplications(offer.getStatus(), deadlinePassed(offer))) {
            throw new BusinessRuleException("application.offerStillOpen");
        }
        int interviews = 0;
        int told = 0;
        int refused = 0;
        for (OfferApplication application : open) {
            long applicationId = application.getId();
            // Left as it stands when it was closed meanwhile — the same button pressed by a colleague, the candidate
            // withdrawing from their file, a hire —, its status read under its lock: refused once, never an error page
            // that refuses none.
            if (application.getStatus().isFinal()) {
                continue;
            }
            // Counted before: each refusal cancels its interviews to come, with the mail that takes them out of the
            // candidate's calendar, whether or not the refusal itself is mailed.
            interviews += upcomingInterviews(applicationId);
            // A person erased since keeps no reason written about them, and gets no mail (nor an address to send to).
            boolean erased = lead(application.getLeadId()).isErased();
            if (changeStatus(applicationId, ApplicationStatus.REJECTED, erased ? null : reasonToCandidate,
                    !erased && tellCandidates).mailed()) {
                told++;
            }
            refused++;
        }
        return new int[] {refused, told, interviews};
    }

    /** The interviews still to come of the application, not cancelled. */
    private int upcomingInterviews(long applicationId) {
        return em.createQuery("select count(i) from Interview i where i.applicationId = :application"
                        + " and i.cancelledAt is null and i.startsAt > :now", Long.class)
                .setParameter("application", applicationId).setParameter("now", clock.instant()).getSingleResult()
                .intValue();
    }

    /**
     * Every position of the offer taken: no interview is planned or moved and no offer made for a post nobody can
     * take (the hire would then be refused); the centre adds a position to the offer first, or closes the application.
     * The offer is locked after the application, in the order a move from the board takes them.
     */
    private void requirePositionLeft(OfferApplication application) {
        // Locked, as a hire reads it: a hire of the last position at the same moment is waited for and seen, rather
        // than an invitation sent for the post it just took.
        Offer offer = lockedOffer(application.getOfferId());
        // By its positions, not its status: a filled offer closed since, or a draft whose positions were recorded
        // filled, keeps every position taken.
        if (offer.getPositionsFilled() >= offer.getPositions()) {
            throw new BusinessRuleException("interview.offerFilled");
        }
    }

    /**
     * Law 25: an application sent before its person (or the guardian of one under 14) withdrew their consent to the
     * processing of their applications is no longer processed: no interview, no move forward; it can only be closed
     * (refused or withdrawn), and nothing more is mailed to them about it. One sent since is processed.
     */
    private void requireProcessingConsent(OfferApplication application, Lead person) {
        if (processingWithdrawn(application, person)) {
            throw new BusinessRuleException("application.consentWithdrawn");
        }
    }

    /**
     * Whether the person ({@link #lead}: the record an application's duplicate was merged into, whose register holds
     * the consents, moved there with the merge, and any withdrawal) withdrew the processing of this application: after
     * the consent it was sent with, which covers it alone. The rule of every mail about it and of its processing.
     */
    private boolean processingWithdrawn(OfferApplication application, Lead person) {
        return ca.tremplin.person.ConsentStandings.processingWithdrawn(consentRegister.lines(person.getId()),
                application.getConsentAt());
    }

    /**
     * An interview of the application already planned at this very time ({@code moving}: the one being moved, left
     * out): the same form sent twice, or the same time typed again. Refused, rather than a second invitation to the
     * same meeting in the candidate's calendar.
     */
    private void refusePlannedAlready(OfferApplication application, Slot slot, Long moving) {
        long planned = em.createQuery("select count(i) from Interview i where i.applicationId = :application"
                        + " and i.cancelledAt is null and i.startsAt = :start and i.id <> :moving", Long.class)
                .setParameter("application", application.getId()).setParameter("start", slot.start().toInstant())
                .setParameter("moving", moving == null ? -1L : moving).getSingleResult();
        if (planned > 0) {
            throw new BusinessRuleException("interview.alreadyPlanned");
        }
    }

    /**
     * The interview as the page showed it ({@code seenSequence}): one moved or cancelled since, in another tab or by
     * a colleague, is not moved or cancelled from a time the person no longer sees.
     */
    private Interview liveInterview(long interviewId, int seenSequence) {
        Interview interview = em.find(Interview.class, interviewId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (interview == null) {
            throw new NotFoundException("interview " + interviewId);
        }
        if (interview.getCancelledAt() != null) {
            throw new BusinessRuleException("interview.alreadyCancelled");
        }
        if (interview.getSequence() != seenSequence) {
            throw new BusinessRuleException("interview.changedMeanwhile");
        }
        return interview;
    }

    /**
     * The zone as people say it ("Dakar (UTC+00:00)"), not its identifier; the calendar file attached shows the time
     * in the candidate's own zone.
     */
    /**
     * When, as the timeline keeps it: the instant and the interview's zone ("2027-03-04T09:30:00Z Africa/Abidjan"),
     * which the lead's page writes in its reader's language ({@code pipeline.TimelineText}), not the candidate's.
     */
    static String onTheTimeline(Interview interview) {
        return interview.getStartsAt() + " " + interview.start().getZone().getId();
    }

    static String when(Interview interview, Locale language) {
        ZonedDateTime start = interview.start();
        return ca.tremplin.event.EventTimes.dateTime(start.toInstant(), start.getZone(), language) + ", "
                + ca.tremplin.event.EventTimes.zoneName(start.getZone(), start.toInstant(), language);
    }

    /**
     * When, as the candidate reads it: the interview's own time and zone, then, when they applied from another zone,
     * the time where they are ("· soit 19 h 00 à l'heure de Dakar (UTC+00:00)"), with its day when it is another.
     */
    static String whenForCandidate(Interview interview, OfferApplication application, Locale language) {
        String when = when(interview, language);
        java.time.ZoneId own = interview.start().getZone();
        java.util.Optional<java.time.ZoneId> theirs = application.viewerZone();
        if (theirs.isEmpty() || theirs.get().getRules().equals(own.getRules())) {
            return when;
        }
        Instant start = interview.getStartsAt();
        return when + " · " + Messages.get(language, "interview.theirTime",
                ca.tremplin.event.EventTimes.ownTime(start, own, theirs.get(), language),
                ca.tremplin.event.EventTimes.zoneName(theirs.get(), start, language));
    }

    /** The invitation (or its update) mailed with its .ics, in the candidate's language; returns when, as said. */
    private String mailInvitation(Interview interview, OfferApplication application, Lead lead, String subjectKey,
                                  String bodyKey) {
        Offer offer = offer(application.getOfferId());
        Locale language = languageOf(application, lead);
        String when = when(interview, language);
        String trade = tradeOf(offer, language);
        String subject = Messages.get(language, subjectKey, trade, offer.getEmployerName());
        // Each invitation sent carries its own link to answer it; an earlier one (and its answer) no longer holds.
        String token = ca.tremplin.security.AccountTokens.newClearText();
        interview.expectAnswer(ca.tremplin.security.AccountTokens.sha256(token));
        String answerLink = InterviewAnswers.link(token, ca.tremplin.kernel.Languages.code(language));
        String body = Messages.get(language, bodyKey,
                ca.tremplin.person.ContactDetails.addressedAs(lead.getFirstName(), lead.getLastName()), trade,
                offer.getEmployerName(), whenForCandidate(interview, application, language), interview.where(),
                signedInUser.getDisplayName(), answerLink);
        outbox.enqueue(lead.getTenantId(), new MailContent(lead.getEmail(), subject, body,
                        ca.tremplin.mail.HtmlText.linking(ca.tremplin.mail.HtmlText.paragraphs(
                                ca.tremplin.kernel.Languages.code(language), body), answerLink)),
                InterviewInvitation.of(interview, subject, body, PublicAddress.host(),
                        organizer(interview, lead, language),
                        (nonNull(lead.getFirstName()) + " " + nonNull(lead.getLastName())).strip(), lead.getEmail()));
        return when;
    }

    /**
     * Who the interview's calendar files name as organiser: the one its first file named, whoever moves or cancels it
     * later, so that every file of the interview names the same one; for the first, the member of staff who set it,
     * else the centre. The mail comes from the platform's address, named as sending on their behalf.
     */
    private InterviewInvitation.Organizer organizer(Interview interview, Lead lead, Locale language) {
        return InterviewInvitation.Organizer.fixedFor(interview, () -> InterviewInvitation.Organizer.of(
                interview.getCreatedBy() == null ? null
                        : em.find(ca.tremplin.security.UserAccount.class, interview.getCreatedBy()),
                em.find(ca.tremplin.tenant.Tenant.class, lead.getTenantId()), language, mailSender.address()),
                mailSender.address());
    }

    /**
     * The person's applications in this centre, for their lead page, newest first: two sent at the same instant (a
     * merge brings a duplicate's) keep one order, the later id first.
     */
    @Transactional
    public List<LeadApplication> ofLead(long leadId) {
        requireStaff();
        return em.createQuery("""
                        select new ca.tremplin.application.LeadApplication(a.id, o.id, o.employerName, o.tradeFr,
                               o.tradeEn, a.status, a.appliedAt)
                        from OfferApplication a, Offer o where o.id = a.offerId
                        and (a.leadId = :lead
                             or a.leadId in (select d.id from Lead d where d.mergedIntoId = :lead))
                        order by a.appliedAt desc, a.id desc""", LeadApplication.class)
                .setParameter("lead", leadId).getResultList();
    }

    /** The CV, for staff of the offer's centre only. */
    @Transactional
    public ca.tremplin.applicant.DocumentReviewService.DocumentFile cv(long applicationId) {
        requireStaff();
        OfferApplication application = application(applicationId);
        Lead lead = lead(application.getLeadId());
        if (!lead.isErased() && processingWithdrawn(application, lead)) {
            // Law 25: the person withdrew their consent to the processing of their applications; the application can
            // still be closed, without reading their CV again.
            throw new ca.tremplin.kernel.GoneException("application.cvConsentWithdrawn");
        }
        // No row once the person's data was erased (ca.tremplin.person.PersonErasure): the CV is gone.
        List<?> found = em.createNativeQuery(
                "select content from offer_application_cv where application_id = ?1")
                .setParameter(1, application.getId()).getResultList();
        byte[] content = found.stream().findFirst().map(byte[].class::cast)
                .orElseThrow(() -> new NotFoundException("cv " + applicationId));
        accessLog.record(application.getLeadId(), ca.tremplin.person.AccessAction.CV, application.getId());
        return new ca.tremplin.applicant.DocumentReviewService.DocumentFile(application.getCvFileName(),
                application.getCvContentType(), content);
    }

    /**
     * The application, locked for this transaction after its person, in the order of every path (the person, then the
     * application, then the offer): two moves of it at once are told apart, and an erasure of the person at that
     * moment, which holds the person while it closes their applications, is waited for whole — or waits for the move
     * whole — rather than each holding what the other waits for. The person is read from the application without a
     * lock, locked, then the application locked and read again: its person is the one locked, since a merge, the one
     * change that moves an application to another record, locks that record first.
     */
    private OfferApplication lockedApplication(long id) {
        Long recordId = em.createQuery("select a.leadId from OfferApplication a where a.id = :id", Long.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("application " + id));
        Lead person = leads.lockPerson(recordId);
        OfferApplication application = java.util.Optional.ofNullable(em.find(OfferApplication.class, id,
                        jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("application " + id));
        requireSamePerson(person.getId(), lead(application.getLeadId()).getId());
        return application;
    }

    /**
     * The person an application locked is about, as its record leads to them once locked, is the person locked before
     * it; else the application moved to another person between the two, which a merge never does without the lock
     * held: said as a row moved under the caller, nothing written.
     */
    static void requireSamePerson(long locked, long now) {
        if (locked != now) {
            throw new jakarta.persistence.OptimisticLockException("application of person " + now
                    + ", not of person " + locked + " locked before it");
        }
    }

    /**
     * The application of the interview, locked before the interview and the offer, in the order a refusal or a
     * withdrawal takes them (the application, then its interviews to come): a move or a cancellation of the interview
     * at the moment its application is closed waits for the closing and reads the application as it left it.
     */
    private OfferApplication lockedApplicationOf(long interviewId) {
        long applicationId = em.createQuery("select i.applicationId from Interview i where i.id = :id", Long.class)
                .setParameter("id", interviewId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("interview " + interviewId));
        return lockedApplication(applicationId);
    }

    private OfferApplication application(long id) {
        return java.util.Optional.ofNullable(em.find(OfferApplication.class, id))
                .orElseThrow(() -> new NotFoundException("application " + id));
    }

    /** The offer, its row held until the transaction ends: read as the last committed move left it. */
    private Offer lockedOffer(long id) {
        return java.util.Optional.ofNullable(em.find(Offer.class, id,
                        jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("offer " + id));
    }

    private Offer offer(long id) {
        return java.util.Optional.ofNullable(em.find(Offer.class, id))
                .orElseThrow(() -> new NotFoundException("offer " + id));
    }

    /**
     * The person an application's lead is now: itself, or the record it was merged into (and so on), whose address
     * the mails about the application go to and whose timeline keeps its lines — never a merged duplicate's, whose
     * old address and timeline no page follows.
     */
    Lead lead(long id) {
        return leads.lead(id);
    }

    private void requireStaff() {
        signedInUser.require(Role.RECRUITER, Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
    }

    /** The offer's trade as the candidate's language names it. */
    private static String tradeOf(Offer offer, Locale language) {
        return ca.tremplin.kernel.Languages.isEnglish(language) ? offer.getTradeEn() : offer.getTradeFr();
    }

    /** A mail to the candidate about their application: its text, and the same as HTML paragraphs. */
    private static MailContent toCandidate(Lead lead, Locale language, String subject, String body) {
        // The HTML part's language is the mail's: its footer (privacy contact, consents' link) is written in it.
        return new MailContent(lead.getEmail(), subject, body, ca.tremplin.mail.HtmlText.paragraphs(
                ca.tremplin.kernel.Languages.code(language), body));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
