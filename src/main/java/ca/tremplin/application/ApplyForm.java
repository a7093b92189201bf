package ca.tremplin.application;

import ca.tremplin.applicant.DocumentChecks;
import ca.tremplin.inquiry.FieldProblem;
import ca.tremplin.inquiry.InvalidInquiryException;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentTexts;
import ca.tremplin.web.LanguagePreference;
import ca.tremplin.web.PageMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;

import org.primefaces.model.file.UploadedFile;

/** The public application form of one open offer. */
@Named
@ViewScoped
public class ApplyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationService applications;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    private Long offer;
    private ApplicationService.OpenOffer card;
    private final ApplicationRequest request = new ApplicationRequest();
    private transient UploadedFile cv;
    /**
     * The CV of an attempt refused for another field, sent again unless another is chosen: a candidate on a phone
     * abroad need not upload it twice. At most {@link DocumentChecks#MAX_BYTES}, and only until the form is sent.
     */
    private byte[] keptCv;
    private String keptCvName;
    private boolean sent;
    /** What became of the application sent; null before, or when a second try found the first one's. */
    private ApplicationService.Received received;

    /**
     * View action: an unknown or draft offer answers 404, a filled or closed one, or one of a centre closed since, 410
     * (no longer offered).
     */
    public void load() {
        if (card == null) {
            card = applications.openOffer(offer == null ? 0 : offer);
        }
    }

    public void send() {
        try {
            applyOnce();
            sent = true;
            keptCv = null;
            keptCvName = null;
        } catch (InvalidInquiryException invalid) {
            // A CV refused is not kept (a CV kept before it stays, as a refused replacement leaves it).
            if (invalid.problems().stream().noneMatch(problem -> problem.field().equals("cv"))) {
                keepCv();
            }
            // Each message beside its own field: names, e-mail, phone, country, message, year of birth, guardian.
            Locale locale = language.getLocale();
            for (FieldProblem problem : invalid.problems()) {
                // The form asks for the country of residence as "country".
                String field = problem.field().equals("countryOfResidence") ? "country" : problem.field();
                FacesContext.getCurrentInstance().addMessage("apply:" + field,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(locale), null));
            }
        } catch (BusinessRuleException refused) {
            // A CV refused for its name, type, size or content is said beside the CV field, where PrimeFaces' own
            // check of file names speaks too.
            String key = refused.messageKey();
            boolean aboutTheCv = key.startsWith("cv.") || key.startsWith("document.") || key.startsWith("archive.");
            if (!aboutTheCv) {
                keepCv();
            }
            messages.explain(refused, aboutTheCv ? "apply:cv" : null);
        } catch (RateLimitedException limited) {
            keepCv();
            messages.rateLimited(limited);
        } catch (ca.tremplin.kernel.NotFoundException withdrawn) {
            // The form opened on an offer taking applications: gone since (put back to draft, or deleted as a
            // mistake), it is an offer no longer taking any, said on the form with what was typed still there —
            // not an error page that loses it.
            keepCv();
            messages.explain(new BusinessRuleException("application.offerClosed"), null);
        }
    }

    /** The CV chosen for this attempt, kept for the next (a new choice replaces the kept one). */
    private void keepCv() {
        if (cv != null && cv.getSize() > 0 && cv.getSize() <= DocumentChecks.MAX_BYTES) {
            keptCv = cv.getContent();
            keptCvName = cv.getFileName();
        }
    }

    /**
     * The application, tried a second time when the database refused it because the same one, sent at the same moment
     * (a double click), was being written: the second try finds it, and the candidate is told it was received, as it
     * was, rather than shown an error that says nothing was saved.
     */
    private void applyOnce() {
        try {
            apply();
        } catch (RuntimeException failed) {
            // The offer deleted as a mistake while the form was sent: tried again, it is said gone (below, in send).
            if (failed instanceof BusinessRuleException || failed instanceof RateLimitedException
                    || !(ca.tremplin.kernel.RolledBackRetries.raced(failed)
                    || ca.tremplin.kernel.DuplicateKeys.parentGone(failed))) {
                throw failed;
            }
            try {
                apply();
            } catch (BusinessRuleException already) {
                if (!ApplicationService.isAlreadyApplied(already)) {
                    throw already;
                }
            }
        }
    }

    private void apply() {
        boolean chosen = cv != null && cv.getSize() > 0;
        received = applications.receive(offer, request, chosen ? cv.getFileName() : keptCvName,
                chosen ? cv.getContent() : keptCv,
                language.getLocale(), remoteAddress(),
                ca.tremplin.web.CampaignTouches.of((HttpServletRequest) FacesContext.getCurrentInstance()
                        .getExternalContext().getRequest()));
    }

    /**
     * The address the server received the request from (the client's, once the proxy's forwarding is trusted by
     * the server), never a forwarded header a client may write itself.
     */
    private static String remoteAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    /**
     * What the page says once the application is sent: received; or, sent again by a person who had withdrawn their
     * consent to its processing, that it resumes where it stood with what was sent now, and that what was sent before
     * stays with it as an earlier version, unread — nothing the person gave is dropped without a word.
     */
    public String receivedMessage() {
        return received == null ? ca.tremplin.kernel.Messages.get(language.getLocale(), "application.received")
                : received.told(language.getLocale());
    }

    /** The consent sentence shown, word for word the one recorded with the application. */
    public String consentText() {
        return ConsentTexts.of(ConsentPurpose.APPLICATION, language.getLocale()).text();
    }

    /** The parent's or guardian's consent sentence, word for word the one recorded for a person under 14. */
    public String guardianConsentText() {
        return ConsentTexts.of(ConsentPurpose.GUARDIAN, ConsentTexts.Occasion.APPLICATION, language.getLocale()).text();
    }

    /** Past the offer's deadline the form is not shown: said before anything is typed, not after it is sent. */
    public boolean isClosed() {
        return card != null && card.deadlinePassed() && !sent;
    }

    public String closedMessage() {
        return ca.tremplin.kernel.Messages.get(language.getLocale(), "board.closedOn",
                card.applicationDeadline());
    }

    public String trade() {
        return ca.tremplin.kernel.Languages.isEnglish(language.getLocale()) ? card.tradeEn() : card.tradeFr();
    }

    public ApplicationService.OpenOffer getCard() { return card; }
    public ApplicationRequest getRequest() { return request; }
    public boolean isSent() { return sent; }
    public Long getOffer() { return offer; }
    public void setOffer(Long offer) { this.offer = offer; }
    /** The largest CV the page lets go ({@code resources/js/file-limits.js}), and what it says of a larger one. */
    public long getMaxCvBytes() { return DocumentChecks.MAX_BYTES; }

    public String getCvTooLarge() {
        return DocumentChecks.tooLargeWhenChosen(language.getLocale());
    }

    /** The name of the CV kept from a refused attempt; null when none is. */
    public String getKeptCvName() { return keptCv == null ? null : keptCvName; }
    public UploadedFile getCv() { return cv; }
    public void setCv(UploadedFile cv) { this.cv = cv; }
}
