package ca.tremplin.offer;

import ca.tremplin.catalog.CatalogAddressFilter;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.web.LanguageLinks;
import ca.tremplin.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * An open offer's public page; a filled or closed offer, one deleted while it was public, or one of a centre closed
 * since, answers 410 ("no longer offered"); a draft or unknown one 404; an address from before its employer, its trade
 * or its centre's name changed, 301 to its address of today.
 */
@Named
@RequestScoped
public class OfferPublicPage {

    @Inject
    HttpServletRequest request;

    @Inject
    PublicOffers offers;

    @Inject
    LanguagePreference language;

    @Inject
    LanguageLinks languageLinks;

    @Inject
    java.time.Clock clock;

    @Inject
    ca.tremplin.kernel.GonePages gonePages;

    @Inject
    ca.tremplin.tenant.FormerSlugs formerSlugs;

    private OfferDetail shown;

    /** View action: runs before anything is written, so an unknown offer is a clean 404. */
    public void load() {
        if (shown != null) {
            return;
        }
        String tenantSlug = (String) request.getAttribute(CatalogAddressFilter.TENANT_SLUG);
        String slug = (String) request.getAttribute(CatalogAddressFilter.ITEM_SLUG);
        shown = offers.findOpenOfferAcrossAllTenants(tenantSlug, slug).orElse(null);
        if (shown == null) {
            // An address from before its centre was renamed: the same address under the centre's name of today.
            java.util.Optional<String> centreRenamed = formerSlugs.currentSlug(tenantSlug);
            if (centreRenamed.isPresent()) {
                ca.tremplin.web.MovedPermanently.to(request,
                        OfferPaths.offer(language.getLocale(), centreRenamed.get(), slug));
                return;
            }
            // An offer public until the coordinating organisation closed its centre: gone with the centre's pages.
            if (offers.ofClosedCentreAcrossAllTenants(tenantSlug, slug)) {
                throw new ca.tremplin.kernel.GoneException(ca.tremplin.kernel.GoneException.CENTRE_CLOSED);
            }
            // A link an applicant was sent, to an offer since filled or closed: said so, not "no such page".
            if (offers.existsAcrossAllTenants(tenantSlug, slug)) {
                throw new ca.tremplin.kernel.GoneException("offer.gone");
            }
            // An address from before the employer or the trade was corrected leads to the offer for good.
            String current = offers.renamedAcrossAllTenants(tenantSlug, slug).orElseThrow(() -> {
                // An offer deleted while it was public: gone too, rather than "no such page".
                if (slug != null && gonePages.isGone(ca.tremplin.kernel.GonePages.Kind.OFFER, tenantSlug,
                        java.util.List.of(slug))) {
                    return new ca.tremplin.kernel.GoneException("offer.goneDeleted");
                }
                return new NotFoundException("offer " + tenantSlug + "/" + slug);
            });
            ca.tremplin.web.MovedPermanently.to(request, OfferPaths.offer(language.getLocale(), tenantSlug, current));
            return;
        }
        languageLinks.twins(OfferPaths.offer(Locale.FRENCH, tenantSlug, slug),
                OfferPaths.offer(Locale.ENGLISH, tenantSlug, slug));
    }

    public OfferDetail getShown() {
        return shown;
    }

    public OfferCard getCard() {
        return shown.card();
    }

    public String getCanonicalAddress() {
        return PublicAddress.of(OfferPaths.offer(language.getLocale(), getCard().tenantSlug(), getCard().slug()));
    }

    /** The programs that prepare for the trade, in the reader's order. */
    public java.util.List<OfferDetail.LinkedProgram> getPrograms() {
        return shown.programs(language.getLocale());
    }

    public String programPath(OfferDetail.LinkedProgram program) {
        return request.getContextPath() + shown.programPath(language.getLocale(), program);
    }

    /** Whether the offer still takes applications: no deadline, or one not yet past in Québec. */
    public boolean isTakingApplications() {
        return !Offer.deadlinePassed(getCard().applicationDeadline(), clock);
    }

    public String closedMessage() {
        return ca.tremplin.kernel.Messages.get(language.getLocale(), "board.closedOn",
                date(getCard().applicationDeadline()));
    }

    public String date(java.time.LocalDate date) {
        return ca.tremplin.web.Formats.longDay(date, language.getLocale());
    }
}
