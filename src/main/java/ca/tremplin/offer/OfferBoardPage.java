package ca.tremplin.offer;

import ca.tremplin.catalog.SectorNames;
import ca.tremplin.kernel.Messages;
import ca.tremplin.tenant.QuebecRegion;
import ca.tremplin.web.LanguageLinks;
import ca.tremplin.web.LanguagePreference;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The public board of open apprenticeship and work-study offers; its whole state is in the address. */
@Named
@RequestScoped
public class OfferBoardPage {

    @Inject
    HttpServletRequest request;

    @Inject
    PublicOffers offers;

    @Inject
    SectorNames sectors;

    @Inject
    LanguagePreference language;

    @Inject
    LanguageLinks languageLinks;

    private OfferQuery query;
    private List<String> ignored;
    private List<String> repeated;
    private OfferPage results;

    @PostConstruct
    void search() {
        OfferQueryParser.Parsed parsed = OfferQueryParser.parse(request.getParameterMap(), sectors::isKnown);
        query = parsed.query();
        ignored = parsed.ignored();
        repeated = parsed.repeated();
        results = offers.boardAcrossAllTenants(query, language.getLocale());
        if (query.page() > results.pageCount()) {
            // A page past the last (a bookmark from when there were more offers): the last one, and said, as the
            // catalogue does, rather than an empty page under "33 offers".
            ignored = new ArrayList<>(ignored);
            ignored.add("page=" + query.page());
            query = query.onPage(results.pageCount());
            results = offers.boardAcrossAllTenants(query, language.getLocale());
        }
        languageLinks.twins(address(Locale.FRENCH, query.page()), address(Locale.ENGLISH, query.page()));
    }

    /** The board's address for this search on another page (or in another language). */
    private String address(Locale locale, int page) {
        List<String> parameters = new ArrayList<>();
        add(parameters, "q", query.text());
        query.regions().forEach(region -> add(parameters, "region", region.name()));
        query.sectors().forEach(sector -> add(parameters, "sector", sector));
        add(parameters, "employer", query.employer());
        add(parameters, "from", query.startFrom() == null ? null : query.startFrom().toString());
        add(parameters, "page", page == 1 ? null : String.valueOf(page));
        String base = OfferPaths.board(locale);
        return parameters.isEmpty() ? base : base + "?" + String.join("&", parameters);
    }

    private static void add(List<String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public String getPreviousPageLink() {
        return query.page() > 1 ? request.getContextPath() + address(language.getLocale(), query.page() - 1) : null;
    }

    public String getNextPageLink() {
        return query.page() < results.pageCount()
                ? request.getContextPath() + address(language.getLocale(), query.page() + 1) : null;
    }

    public String getIgnoredMessage() {
        return ca.tremplin.kernel.AddressParameters.ignoredMessage(language.getLocale(), ignored, repeated);
    }

    public String getResultCountText() {
        return Messages.get(language.getLocale(), "offers.resultCount", results.total());
    }

    public String getPageText() {
        return Messages.get(language.getLocale(), "catalog.pageOf", results.page(), results.pageCount());
    }

    public String getBoardPath() {
        return request.getContextPath() + OfferPaths.board(language.getLocale());
    }

    public String offerPath(OfferCard card) {
        return request.getContextPath() + OfferPaths.offer(language.getLocale(), card.tenantSlug(), card.slug());
    }

    public String employerLink(OfferCard card) {
        return request.getContextPath() + OfferPaths.board(language.getLocale()) + "?employer="
                + URLEncoder.encode(card.employerName(), StandardCharsets.UTF_8);
    }

    public String date(java.time.LocalDate date) {
        return ca.tremplin.web.Formats.longDay(date, language.getLocale());
    }

    /**
     * A value the form offers for a criterion that takes several (the regions, the sectors): a box of its own, ticked
     * when the address chose it, so that "Search" sends every value chosen and not only one.
     */
    public record Choice(String value, String label, boolean chosen) {
    }

    public List<Choice> getRegionChoices() {
        Locale locale = language.getLocale();
        return java.util.Arrays.stream(QuebecRegion.values()).map(region -> new Choice(region.name(),
                Messages.get(locale, "region." + region.name()), query.regions().contains(region))).toList();
    }

    public List<Choice> getSectorChoices() {
        Locale locale = language.getLocale();
        return sectors.all().stream().map(sector -> new Choice(sector.getCode(), sector.localizedName(locale),
                query.sectors().contains(sector.getCode()))).toList();
    }

    /** What a closed list of boxes says it holds: the values chosen, or {@code none} ("All regions"). */
    public String chosen(List<Choice> choices, String none) {
        List<String> chosen = choices.stream().filter(Choice::chosen).map(Choice::label).toList();
        return chosen.isEmpty() ? none : String.join(", ", chosen);
    }

    public OfferQuery getQuery() {
        return query;
    }

    public OfferPage getResults() {
        return results;
    }
}
