package ca.tremplin.application;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.offer.Offer;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEvent;
import ca.tremplin.person.LeadEventKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * A candidate withdraws one of their applications themselves, from their file's page (no account: the private link
 * names them). It is closed as staff withdrawing it would close it, by no member of staff: it moves to withdrawn, the
 * person's timeline saying that they did it; the news of a step still held in the outbox is taken back; each interview
 * still to come is cancelled, with the mail whose calendar file takes it out of their calendar; and whoever follows
 * the person (their owner, else the centre's team) finds a task saying so, since nobody at the centre saw it happen.
 */
@ApplicationScoped
public class CandidateWithdrawal {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    ApplicationService applications;

    @Inject
    ApplicationNews news;

    @Inject
    ca.tremplin.person.LeadRegistry leads;

    @Inject
    Clock clock;

    /**
     * Withdraws the application {@code applicationId} of the person {@code leadId} — theirs, or a duplicate's merged
     * into them — in the caller's transaction, bound to the person's centre: another person's application, or another
     * centre's, is not found. One already closed (decided, or withdrawn by a click sent twice) is refused with where it
     * stands, as the person reads it. The person is locked first, then the application, in the order of a move staff
     * make and of an erasure: either at the same moment is read one after the other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(long leadId, long applicationId) {
        leads.lockPerson(leadId);
        OfferApplication application = em.createQuery("""
                        select a from OfferApplication a where a.id = :id
                        and (a.leadId = :lead or a.leadId in (select d.id from Lead d where d.mergedIntoId = :lead))""",
                        OfferApplication.class)
                .setParameter("id", applicationId).setParameter("lead", leadId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("application " + applicationId));
        ApplicationStatus from = application.getStatus();
        if (from.isFinal()) {
            throw new BusinessRuleException("applicant.applications.alreadyClosed",
                    new Messages.Phrase(from.asTheCandidateReadsIt().messageKey()));
        }
        Lead person = applications.lead(application.getLeadId());
        Instant now = clock.instant();
        news.settleHeld(application, person, null, now);
        application.moveTo(ApplicationStatus.WITHDRAWN, now);
        em.persist(new LeadEvent(person, LeadEventKind.CANDIDATE_WITHDREW, null,
                "#" + application.getOfferId() + " " + from + " → " + ApplicationStatus.WITHDRAWN, now));
        // The centre signs the cancellations: nobody of its staff cancelled them.
        applications.cancelUpcoming(application, person, now, null, null);
        Offer offer = em.find(Offer.class, application.getOfferId());
        CandidateTasks.open(em, person, person.getOwnerId(), language -> Messages.get(language,
                "application.withdrawnByCandidate.task", person.fullName(),
                Languages.isEnglish(language) ? offer.getTradeEn() : offer.getTradeFr(), offer.getEmployerName()),
                now);
    }
}
