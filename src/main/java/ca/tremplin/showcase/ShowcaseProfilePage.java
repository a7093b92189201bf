package ca.tremplin.showcase;

import ca.tremplin.campaign.TrackedLinks;
import ca.tremplin.catalog.ProgramOffers;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.web.LanguageLinks;
import ca.tremplin.web.LanguagePreference;
import ca.tremplin.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One public profile ({@code /fr/vitrine/12-amina}): the photo with its variants, the testimony, one click to the
 * program's page, the trade's open offers and the information form (each counted), a share link with campaign
 * parameters, Open Graph and Twitter card tags so that a shared link shows the photo, and a form to report it.
 */
@Named
@RequestScoped
public class ShowcaseProfilePage {

    /** The share link's campaign: the showcase's own, so that visits it brings are told apart in analytics. */
    static final String CAMPAIGN = "fiers-d-etre-apprentis";

    @Inject
    PublicShowcase showcase;

    @Inject
    Instance<ProgramOffers> programOffers;

    @Inject
    LanguagePreference language;

    @Inject
    LanguageLinks languageLinks;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    /** Asked only of someone signed in: a visitor has no session, and asking would open one. */
    @Inject
    ca.tremplin.security.SignedInUser signedInUser;

    private ShowcaseCard card;
    private List<ShowcasePhotos.VariantSize> sizes;
    private String reportReason;
    private PublicShowcase.ReportOutcome reported;

    public void load() {
        if (!(request.getAttribute(ShowcaseAddressFilter.PROFILE_ID) instanceof Long id)) {
            throw new NotFoundException("showcase profile");
        }
        if (card == null) {
            card = showcase.profileAcrossTenants(id, "GET".equals(request.getMethod())
                    && !ca.tremplin.web.AutomatedVisits.isAutomated(request));
            sizes = showcase.photoSizesAcrossTenants(card.photoKey());
            languageLinks.twins(card.path(Locale.FRENCH), card.path(Locale.ENGLISH));
        }
    }

    /**
     * The profile, read once per request by whichever comes first: the view action, or on a post (the view is
     * stateless, rebuilt from the page) the components that ask for it while the post is decoded.
     */
    private ShowcaseCard card() {
        load();
        return card;
    }

    private List<ShowcasePhotos.VariantSize> sizes() {
        load();
        return sizes;
    }

    public void report() {
        load();
        if (!ca.tremplin.web.StaffOriginFilter.comesFromThisSite(request)) {
            // The form is stateless (no view state to forge): a page of another site must not make its visitors'
            // browsers report profiles, each from an address of its own, until they are taken down.
            messages.explain(new BusinessRuleException("showcase.report.crossSite"), "report:reason");
            return;
        }
        PublicShowcase.Reporter reporter = request.getUserPrincipal() == null
                ? PublicShowcase.Reporter.visitor(request.getRemoteAddr())
                : PublicShowcase.Reporter.signedIn(signedInUser, request.getRemoteAddr());
        try {
            reported = showcase.reportAcrossTenants(card().id(), reportReason, reporter);
        } catch (BusinessRuleException refused) {
            messages.explain(refused, "report:reason");
        } catch (RateLimitedException limited) {
            messages.rateLimited(limited);
        }
    }

    static String srcset(String contextPath, String key, List<ShowcasePhotos.VariantSize> sizes) {
        return sizes.stream().map(size -> contextPath + ShowcasePaths.photo(key, size.width()) + " " + size.width()
                + "w").collect(Collectors.joining(", "));
    }

    public String getPhoto() {
        return sizes().isEmpty() ? null : request.getContextPath() + ShowcasePaths.photo(card().photoKey(),
                sizes().get(0).width());
    }

    public String getSrcset() {
        return srcset(request.getContextPath(), card().photoKey(), sizes());
    }

    /** For Open Graph: the largest variant, as an absolute address. */
    public String getAbsolutePhoto() {
        return sizes().isEmpty() ? null
                : PublicAddress.of(ShowcasePaths.photo(card().photoKey(), sizes().get(0).width()));
    }

    public String getCanonical() {
        return PublicAddress.of(card().path(language.getLocale()));
    }

    /** The address to share, with campaign parameters that name the showcase and the profile. */
    public String getShareLink() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("utm_source", "partage");
        parameters.put("utm_medium", "social");
        parameters.put("utm_campaign", CAMPAIGN);
        parameters.put("utm_content", "profil-" + card().id());
        return TrackedLinks.link(getCanonical(), parameters);
    }

    public List<ProgramOffers.OfferLink> getOffers() {
        return programOffers.isResolvable()
                ? programOffers.get().openOffers(card().programId(), language.getLocale(), 5) : List.of();
    }

    public String click(String target) {
        return request.getContextPath() + ShowcasePaths.click(card().id(), ClickTarget.valueOf(target),
                language.getLocale());
    }

    public String getDescription() {
        String testimony = card().testimony() == null ? "" : card().testimony();
        return ca.tremplin.kernel.ShortenedText.of(testimony, 200);
    }

    public String getGalleryPath() {
        return request.getContextPath() + ShowcasePaths.gallery(language.getLocale());
    }

    public ShowcaseCard getCard() { return card(); }
    public String getReportReason() { return reportReason; }
    public void setReportReason(String reportReason) { this.reportReason = reportReason; }
    public boolean isReported() { return reported != null; }

    /**
     * What the sender of a report is told: the profile is off the showcase while its centre looks at it, or, still
     * public, the centre will look at it.
     */
    public String getReportDoneKey() {
        return reported == PublicShowcase.ReportOutcome.TAKEN_OFF ? "showcase.report.done" : "showcase.report.received";
    }
}
