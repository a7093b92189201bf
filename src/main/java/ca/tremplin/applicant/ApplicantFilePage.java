package ca.tremplin.applicant;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/**
 * The applicant's page, opened from the private link: where the file stands, the documents sent and staff's
 * decisions, what is still needed, and an upload form. The token stays in the view, never in a cookie.
 */
@Named
@ViewScoped
public class ApplicantFilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the page says what became of an application withdrawn: beside the applications, not the upload form. */
    private static final String APPLICATIONS = "applications";

    @Inject
    ApplicantFileService files;

    @Inject
    PageMessages messages;

    @Inject
    ca.tremplin.web.LanguagePreference language;

    private String token;
    private transient ApplicantFile file;
    private boolean expired;
    /** What the page says of a link whose centre was closed since, in the page's language; null otherwise. */
    private String centreClosed;
    private DocumentKind kind;
    private transient UploadedFile upload;
    /** The application the person asked to withdraw, which the page asks them to confirm; null otherwise. */
    private OwnApplication withdrawing;

    /**
     * View action: an unknown token answers 404; an expired one, or one whose centre was closed since, shows why and
     * what to do.
     */
    public void load() {
        try {
            file = files.open(token);
        } catch (LinkExpiredException gone) {
            expired = true;
        } catch (CentreClosedException closed) {
            centreClosed = closed.localizedMessage(messages.locale());
        }
    }

    /**
     * Comes back to the page's own address, its private link in it (redirect after post, the messages carried
     * over): the address a posted form leaves in the browser has no token, and its language link, a reload or a
     * bookmark then found nothing.
     */
    public String send() {
        try {
            files.upload(token, kind, upload == null ? null : upload.getFileName(),
                    upload == null ? null : upload.getContent());
            messages.info("document.received");
            // Sent: the next document is another kind; refused, the address keeps the kind chosen for the next try.
            kind = null;
        } catch (BusinessRuleException refused) {
            messages.explain(refused, "upload:file");
        } catch (ca.tremplin.kernel.RateLimitedException limited) {
            messages.rateLimited(limited);
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/dossier.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /** "Withdraw this application": the page asks first, naming it, since it cannot be undone. */
    public void askToWithdraw(OwnApplication application) {
        withdrawing = application;
    }

    public void keepApplication() {
        withdrawing = null;
    }

    /**
     * Withdraws the application confirmed, and comes back to the page's own address as {@link #send} does, with what
     * became of it beside the applications.
     */
    public String withdraw() {
        if (withdrawing != null) {
            try {
                files.withdrawApplication(token, withdrawing.applicationId());
                messages.infoAt(APPLICATIONS, "applicant.applications.withdrawn",
                        withdrawing.trade(language.getLocale()), withdrawing.employerName());
            } catch (BusinessRuleException refused) {
                messages.explain(refused, APPLICATIONS);
            }
            withdrawing = null;
        }
        messages.keepForNextPage();
        return "/dossier.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public OwnApplication getWithdrawing() { return withdrawing; }

    public ApplicantFile getFile() {
        if (file == null && !expired && centreClosed == null && token != null) {
            load();
        }
        return file;
    }

    /** The public page of an offer the person applied to, in the page's language, while the offer is published. */
    public String offerPath(OwnApplication application) {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + application.path(language.getLocale());
    }

    /** What the person can send at the file's stage: the CAQ and the study permit once admitted. */
    public java.util.List<DocumentKind> getKinds() {
        ApplicantFile shown = getFile();
        return shown == null ? java.util.List.of() : DocumentKind.offeredTo(shown.stage());
    }
    /**
     * The largest document the page lets go ({@code resources/js/file-limits.js}), and what it says of a larger
     * one: said when the file is chosen, not after minutes of sending it from a phone abroad.
     */
    public long getMaxBytes() { return DocumentChecks.MAX_BYTES; }

    public String getTooLarge() {
        return DocumentChecks.tooLargeWhenChosen(messages.locale());
    }

    public boolean isExpired() { return expired; }
    public String getCentreClosed() { return centreClosed; }

    /** Whether the link opens nothing (expired, or its centre closed): the page says why instead of a file. */
    public boolean isUnusable() { return expired || centreClosed != null; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public DocumentKind getKind() { return kind; }

    /**
     * The kind as the address carries it after a refused file: read leniently, since the address is the person's to
     * keep and share (a mangled or outdated one still opens their file, with no kind chosen).
     */
    public String getKindInAddress() { return kind == null ? null : kind.name(); }

    public void setKindInAddress(String name) {
        kind = java.util.Arrays.stream(DocumentKind.values()).filter(known -> known.name().equals(name)).findFirst()
                .orElse(null);
    }
    public void setKind(DocumentKind kind) { this.kind = kind; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
}
