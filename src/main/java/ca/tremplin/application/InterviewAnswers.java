package ca.tremplin.application;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.offer.Offer;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEvent;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.person.LeadTask;
import ca.tremplin.security.AccountTokens;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The candidate's answer to an interview's invitation, from the link in its e-mail (no account): they will come,
 * they ask for another time, or they will not come, with a few words. The answer is kept beside the interview,
 * which staff see with the centre's interviews, on the person's timeline, and, when the time does not suit, as a
 * task for the member of staff who set the interview. Public, so across tenants: the link's token alone names the
 * interview, and only the last invitation's link holds (a moved interview's earlier link answers nothing).
 */
@ApplicationScoped
public class InterviewAnswers {

    /** The most a candidate's note may hold (the column's size). */
    public static final int NOTE_MAX = 500;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** Answers taken per link and hour. */
    static final ca.tremplin.kernel.RateLimits.Limit PER_LINK = ca.tremplin.kernel.RateLimits.Limit.fromEnvironment(
            "interview-answer-link", "TREMPLIN_INTERVIEW_ANSWERS_PER_LINK_PER_HOUR", 20);

    @Inject
    ca.tremplin.kernel.RateLimits rateLimits;

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    @Inject
    ca.tremplin.person.LeadRegistry leads;

    /** The interview as its candidate sees it, in the page's language. */
    public record InterviewToAnswer(String trade, String employer, String when, String where, boolean cancelled,
                                    boolean past, InterviewAnswer answer, String note, Instant answeredAt,
                                    String answeredOn) {

        /** Whether an answer can still be given (or changed): neither cancelled nor begun. */
        public boolean open() {
            return !cancelled && !past;
        }
    }

    /** The address the invitation gives for answering it, in the candidate's language. */
    static String link(String token, String language) {
        return PublicAddress.of("/entrevue.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&lang=" + language);
    }

    /** The interview a link names, or nothing when no invitation's last link is this one. */
    @Transactional
    public Optional<InterviewToAnswer> open(String token, Locale language) {
        return tenancy.acrossAllTenants(() -> find(token, false).map(interview -> {
            OfferApplication application = em.find(OfferApplication.class, interview.getApplicationId());
            Offer offer = em.find(Offer.class, application.getOfferId());
            return new InterviewToAnswer(Languages.isEnglish(language) ? offer.getTradeEn() : offer.getTradeFr(),
                    offer.getEmployerName(), ApplicationService.whenForCandidate(interview, application, language),
                    interview.where(), interview.getCancelledAt() != null,
                    !interview.getStartsAt().isAfter(clock.instant()), interview.getAnswer(),
                    interview.getAnswerNote(), interview.getAnsweredAt(), answeredOn(interview, application, language));
        }));
    }

    /**
     * The day the candidate answered, as their own calendar has it (the zone their browser reported when they
     * applied, else the interview's): a time in Québec's, unnamed, read as theirs abroad.
     */
    private static String answeredOn(Interview interview, OfferApplication application, Locale language) {
        if (interview.getAnsweredAt() == null) {
            return null;
        }
        java.time.ZonedDateTime answered = interview.getAnsweredAt()
                .atZone(application.viewerZone().orElse(interview.start().getZone()));
        return ca.tremplin.kernel.FrenchDates.withOrdinal(java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.LONG).withLocale(language).format(answered), answered, language);
    }

    /**
     * Records the candidate's answer (a later one replaces it), on their timeline, and, when the time does not suit
     * them, as a task for whoever set the interview (else the person's owner). Refused with a reason for an interview
     * cancelled or begun, without an answer chosen, or with a note too long; an unknown link changes nothing.
     */
    @Transactional
    public void answer(String token, InterviewAnswer answer, String note) {
        // Each answer is a line on the person's timeline, and all but "coming" a task for staff: a link sent again and
        // again must not fill them.
        rateLimits.acquire(PER_LINK, token == null ? "" : token);
        if (answer == null) {
            throw new BusinessRuleException("interview.answer.choose");
        }
        String cleanNote = ContactDetails.cleanText(note);
        if (cleanNote != null && cleanNote.isEmpty()) {
            cleanNote = null;
        }
        // Counted as people count characters (an emoji is one), as the column holds them.
        if (cleanNote != null && cleanNote.codePointCount(0, cleanNote.length()) > NOTE_MAX) {
            throw new BusinessRuleException("interview.answer.noteTooLong", NOTE_MAX);
        }
        String given = cleanNote;
        tenancy.acrossAllTenants(() -> {
            Interview interview = find(token, true)
                    .orElseThrow(() -> new BusinessRuleException("interview.answer.unknown"));
            if (interview.getCancelledAt() != null) {
                throw new BusinessRuleException("interview.answer.cancelled");
            }
            Instant now = clock.instant();
            if (!interview.getStartsAt().isAfter(now)) {
                throw new BusinessRuleException("interview.answer.past");
            }
            interview.answered(answer, given, now);
            closeFollowUp(interview, now);
            OfferApplication application = em.find(OfferApplication.class, interview.getApplicationId());
            // The person the application's lead is now (a duplicate merged since lives on in the record it joined).
            Lead lead = leads.lead(application.getLeadId());
            em.persist(new LeadEvent(lead, LeadEventKind.INTERVIEW_ANSWERED, null, answer.name() + " "
                    + ApplicationService.onTheTimeline(interview) + (given == null ? "" : " — " + given), now));
            if (answer != InterviewAnswer.COMING) {
                // The interview's own time, as staff read it.
                LeadTask task = CandidateTasks.open(em, lead, whoFollowsUp(interview, lead), language -> Messages.get(
                        language, "interview.answer.task." + answer.name(), lead.fullName(),
                        ApplicationService.when(interview, language)), now);
                em.flush();
                interview.followedUpBy(task.getId());
            }
            return null;
        });
    }

    /**
     * Closes the task an earlier answer opened, if it is still open: the candidate answered again, or the interview
     * moved or was cancelled, and a task to call them about a time that no longer stands would mislead.
     */
    void closeFollowUp(Interview interview, Instant now) {
        if (interview.getAnswerTaskId() != null) {
            LeadTask task = em.find(LeadTask.class, interview.getAnswerTaskId());
            if (task != null) {
                task.done(now);
            }
            interview.followedUpBy(null);
        }
    }

    /** Whoever set the interview while they still work at the centre, else the person's owner, else nobody. */
    private Long whoFollowsUp(Interview interview, Lead lead) {
        Long setter = interview.getCreatedBy();
        if (setter != null) {
            UserAccount account = em.find(UserAccount.class, setter);
            if (account != null && account.isActive()
                    && java.util.Objects.equals(account.getTenantId(), lead.getTenantId())) {
                return setter;
            }
        }
        return lead.getOwnerId();
    }

    private Optional<Interview> find(String token, boolean forUpdate) {
        return AccountTokens.lookupHash(token).flatMap(hash -> em.createQuery(
                        "select i from Interview i where i.tokenHash = :hash", Interview.class)
                .setParameter("hash", hash)
                .setLockMode(forUpdate ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst());
    }
}
