package ca.tremplin.application;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.mail.HtmlText;
import ca.tremplin.mail.MailContent;
import ca.tremplin.mail.Outbox;
import ca.tremplin.offer.Offer;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEvent;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What a candidate is told by e-mail when their application moves on the offer's board, in the language they applied
 * in, signed by the member of staff and the centre, with how to reach the centre. A candidate waits for news: each
 * step that changes what they may expect is told, once; a step that is the centre's own work is not.
 * <ul>
 * <li>Screened (their application read and kept for a closer look) and offer made: told the first time the
 * application reaches them moving forward, never when a card goes back nor a second time. Their mail is held in the
 * outbox for {@link #HOLD}: a card dropped on the wrong column and put back within minutes sends nothing, the next move
 * taking the mail back (the timeline says so).</li>
 * <li>Interview: the invitation, with its calendar file, is the news; a card moved there without one tells nothing
 * until the interview is planned.</li>
 * <li>Hired, refused, withdrawn: final, confirmed by staff first, who choose whether the person is told (yes by
 * default); mailed at once. A refusal says so with regard and carries only the reason typed for the person, never a
 * note of the centre's.</li>
 * </ul>
 * A mail about one's own application is transactional (CASL): it needs no consent to news, but none goes to a person
 * erased, without an address, or who withdrew their consent to the processing of their applications (Law 25). Every
 * mail queued or taken back is a line on the person's timeline.
 */
@ApplicationScoped
public class ApplicationNews {

    /** How long the news of a step not final waits in the outbox, for a move made by mistake to be undone unsaid. */
    static final Duration HOLD = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    SignedInUser signedInUser;

    /**
     * Whether a move from {@code from} to {@code target} is news to the candidate, who was told for sure of steps up to
     * {@code toldUpTo} (null: none beyond the receipt of their application).
     */
    static boolean isNews(ApplicationStatus from, ApplicationStatus target, ApplicationStatus toldUpTo) {
        return switch (target) {
            case SCREENED, OFFER_MADE -> target.ordinal() > from.ordinal()
                    && (toldUpTo == null || target.ordinal() > toldUpTo.ordinal());
            case HIRED, REJECTED, WITHDRAWN -> true;
            // Received is where every application starts; an interview is told by its invitation.
            case APPLIED, INTERVIEW -> false;
        };
    }

    /** Whether the news of this step waits in the outbox before it leaves: every step that is not final. */
    static boolean isHeld(ApplicationStatus step) {
        return !step.isFinal();
    }

    /**
     * Before the application leaves the step it stands at: the news of that step still held is taken back, with a line
     * on the timeline by {@code actorId} (null: the candidate's own move), or, sent already, counted as told — not
     * one given up or no longer in the outbox (the person's erasure gives up what was to leave), which nobody read.
     * Returns the step whose news was taken back, or null.
     */
    ApplicationStatus settleHeld(OfferApplication application, Lead lead, Long actorId, Instant now) {
        Long held = application.getNewsHeldId();
        if (held == null) {
            return null;
        }
        application.newsHeld(null);
        ApplicationStatus step = application.getStatus();
        if (outbox.withdraw(held)) {
            em.persist(new LeadEvent(lead, LeadEventKind.APPLICATION_NEWS_WITHDRAWN, actorId,
                    detail(application.getOfferId(), step, false), now));
            return step;
        }
        if (outbox.sent(held)) {
            application.told(step);
        }
        return null;
    }

    /**
     * After the application moved from {@code from} to where it stands now: its candidate told when the step is news to
     * them, staff chose to ({@code tell}) and the person can be written to ({@code reachable}), with the reason typed
     * for them, if any (a refusal's).
     */
    MoveOutcome.News tell(OfferApplication application, Lead lead, Offer offer, ApplicationStatus from, String reason,
                          boolean tell, boolean reachable, Instant now) {
        ApplicationStatus step = application.getStatus();
        if (!isNews(from, step, application.getNewsTold())) {
            return step == ApplicationStatus.INTERVIEW ? MoveOutcome.News.AT_INVITATION : MoveOutcome.News.NOTHING;
        }
        if (!tell) {
            return MoveOutcome.News.NOT_ASKED;
        }
        if (!reachable || lead.getEmail() == null) {
            return MoveOutcome.News.UNREACHABLE;
        }
        Locale language = languageOf(application, lead);
        MailContent mail = mail(step, language, lead.getEmail(),
                ContactDetails.addressedAs(lead.getFirstName(), lead.getLastName()), offer,
                em.find(Tenant.class, offer.getTenantId()), reason, signedInUser.getDisplayName());
        boolean held = isHeld(step);
        if (held) {
            application.newsHeld(outbox.enqueueHeld(lead.getTenantId(), mail, now.plus(HOLD)).getId());
        } else {
            outbox.enqueue(lead.getTenantId(), mail);
        }
        em.persist(new LeadEvent(lead, LeadEventKind.APPLICATION_NEWS_QUEUED, signedInUser.getUserId(),
                detail(application.getOfferId(), step, held), now));
        return held ? MoveOutcome.News.HELD : MoveOutcome.News.MAILED;
    }

    /** The timeline's detail: the offer's number, the step, and the minutes a held mail waits. */
    static String detail(long offerId, ApplicationStatus step, boolean held) {
        return "#" + offerId + " " + step.name() + (held ? " " + HOLD.toMinutes() : "");
    }

    /**
     * The mail of a step, in the candidate's language, greeting them as {@code addressedAs}: the step's own words,
     * then how to reach the centre, signed by the member of staff and the centre. {@code reason}, for a refusal only, is what staff typed for the person.
     */
    static MailContent mail(ApplicationStatus step, Locale language, String recipient, String addressedAs,
                            Offer offer, Tenant centre, String reason, String signedBy) {
        String trade = Languages.isEnglish(language) ? offer.getTradeEn() : offer.getTradeFr();
        String said = Messages.get(language, "application.news." + step.name() + ".body", addressedAs, trade,
                offer.getEmployerName(),
                step == ApplicationStatus.REJECTED && reason != null
                        ? Messages.get(language, "application.news.reason", reason) : "");
        String centreName = centre.localizedName(language);
        String signature = signedBy == null || signedBy.isBlank() ? centreName : signedBy.strip() + "\n" + centreName;
        String body = said + "\n\n" + reach(centre, language) + "\n\n" + signature;
        return new MailContent(recipient, Messages.get(language, "application.news." + step.name()
                + ".subject", trade, offer.getEmployerName()), body, HtmlText.paragraphs(Languages.code(language),
                body));
    }

    /**
     * How to reach the centre: by a reply, which goes to the centre's contact address (the mail's Reply-To), when it
     * gave one, and by the e-mail, phone and address it gave; by its name alone when it gave none.
     */
    static String reach(Tenant centre, Locale language) {
        return Messages.get(language, reachKey("application.news.reach", centre), centre.localizedName(language),
                centre.contactLine());
    }

    /**
     * Which of three sentences says how to reach the centre, each taking its name ({0}) and the contact it gave ({1}):
     * {@code key} itself when a reply reaches it (its contact address is the mails' Reply-To); {@code key + "NoReply"}
     * when it gave a phone or an address but no e-mail, a reply going to the platform's no-reply address; {@code key +
     * "Name"} when it gave none.
     */
    static String reachKey(String key, Tenant centre) {
        if (centre.contactLine().isEmpty()) {
            return key + "Name";
        }
        boolean replies = centre.getContactEmail() != null && !centre.getContactEmail().isBlank();
        return replies ? key : key + "NoReply";
    }

    /**
     * The language the candidate applied in, which every mail about the application speaks (its consents were read in
     * it); the person's own language when none was kept. A person the centre knew in English who applies from the
     * French page is written to in French about that application.
     */
    Locale languageOf(OfferApplication application, Lead lead) {
        return em.createQuery("select c.language from ConsentRecord c where c.offerApplicationId = :application"
                        + " order by c.id", String.class)
                .setParameter("application", application.getId()).setMaxResults(1).getResultStream().findFirst()
                .map(Languages::fromTag).orElseGet(lead::locale);
    }
}
