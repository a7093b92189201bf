package ca.tremplin.showcase;

import ca.tremplin.catalog.CatalogPaths;
import ca.tremplin.kernel.Languages;
import ca.tremplin.offer.OfferPaths;
import ca.tremplin.web.InquiryPaths;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A profile's links to its program, its trade's offers and the information form go through here to be counted
 * ({@code /vitrine-lien/{id}/{program|offers|request}}), then the visitor is sent on with a 303. Nothing about the
 * visitor is kept: one more on the profile's counter for the day.
 */
@WebServlet(urlPatterns = "/vitrine-lien/*")
public class ShowcaseClickServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * The language of the page the visitor is sent to. Not {@code lang}: that one is the language switch's, which
     * would answer with a redirect to this address without it (LanguageSwitchFilter), and the visitor would land on
     * the French page.
     */
    static final String LANGUAGE = "language";
    private static final Pattern ADDRESS = Pattern.compile("/(\\d{1,18})/(program|offers|request)");

    @Inject
    transient PublicShowcase showcase;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher address = ADDRESS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!address.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = Languages.fromTag("en".equals(request.getParameter(LANGUAGE)) ? "en" : "fr");
        ClickTarget target = ClickTarget.valueOf(address.group(2).toUpperCase(Locale.ROOT));
        long id = Long.parseLong(address.group(1));
        ShowcaseCard card = ca.tremplin.web.AutomatedVisits.isAutomated(request)
                ? showcase.profileAcrossTenants(id, false) : showcase.clickAcrossTenants(id, target);
        String to = switch (target) {
            // A program no longer published has no page: the catalogue, at its sector's programs.
            case PROGRAM -> card.programPublic() ? CatalogPaths.program(locale, card.tenantSlug(),
                    Languages.isEnglish(locale) ? card.programSlugEn() : card.programSlugFr())
                    : CatalogPaths.catalogue(locale) + "?sector=" + card.sectorCode();
            case OFFERS -> OfferPaths.board(locale) + "?sector=" + card.sectorCode();
            case REQUEST -> InquiryPaths.form(locale) + (card.programPublic() ? "?program=" + card.programId() : "");
        };
        // Each click is counted: a redirect kept by a cache would send the visitor on uncounted, and a profile
        // withdrawn meanwhile would still lead on.
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + to);
    }
}
