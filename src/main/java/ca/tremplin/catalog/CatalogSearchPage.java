package ca.tremplin.catalog;

import ca.tremplin.kernel.Messages;
import ca.tremplin.tenant.QuebecRegion;
import ca.tremplin.web.LanguageLinks;
import ca.tremplin.web.LanguagePreference;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The public catalogue page. Everything comes from the address and goes back into links: no form state, no
 * session, so the page can be cached, bookmarked and crawled.
 */
@Named
@RequestScoped
public class CatalogSearchPage {

    @Inject
    HttpServletRequest request;

    @Inject
    PublicCatalog catalog;

    @Inject
    SectorNames sectors;

    @Inject
    LanguagePreference language;

    @Inject
    LanguageLinks languageLinks;

    private CatalogQuery query;
    private List<String> ignored;
    private List<String> repeated;
    private CatalogPage results;

    /** A choice in a facet: its label, how many programs it gives, whether it is on, and the link that flips it. */
    public record FacetOption(String label, long count, boolean selected, String link) {
    }

    @PostConstruct
    void search() {
        CatalogQueryParser.Parsed parsed = CatalogQueryParser.parse(request.getParameterMap(), sectors::isKnown);
        query = parsed.query();
        ignored = parsed.ignored();
        repeated = parsed.repeated();
        results = catalog.searchAcrossAllTenants(query, locale());
        if (query.page() > results.pageCount()) {
            ignored = new ArrayList<>(ignored);
            ignored.add("page=" + query.page());
            query = CatalogLinks.onPage(query, results.pageCount());
            results = catalog.searchAcrossAllTenants(query, locale());
        }
        languageLinks.twins(CatalogLinks.of(Locale.FRENCH, query), CatalogLinks.of(Locale.ENGLISH, query));
    }

    public List<FacetOption> getSectorOptions() {
        return options(results.sectorCounts(), code -> sectors.name(code, locale()),
                code -> query.sectors().contains(code), code -> CatalogLinks.toggleSector(query, code));
    }

    public List<FacetOption> getRegionOptions() {
        return options(results.regionCounts(), code -> Messages.get(locale(), "region." + code),
                code -> query.regions().contains(QuebecRegion.valueOf(code)),
                code -> CatalogLinks.toggleRegion(query, QuebecRegion.valueOf(code)));
    }

    public List<FacetOption> getTypeOptions() {
        return options(results.typeCounts(), code -> Messages.get(locale(), "programType." + code),
                code -> query.types().contains(ProgramType.valueOf(code)),
                code -> CatalogLinks.toggleType(query, ProgramType.valueOf(code)));
    }

    public List<FacetOption> getInstructionOptions() {
        return options(results.languageCounts(), code -> Messages.get(locale(), "instruction." + code),
                code -> code.equals(query.language()), code -> CatalogLinks.toggleLanguage(query, code));
    }

    public List<FacetOption> getMonthOptions() {
        return options(results.intakeMonthCounts(), code -> monthLabel(YearMonth.parse(code)),
                code -> YearMonth.parse(code).equals(query.intakeMonth()),
                code -> CatalogLinks.toggleMonth(query, YearMonth.parse(code)));
    }

    public List<FacetOption> getTuitionOptions() {
        return options(results.tuitionCounts(), code -> Messages.get(locale(), "tuition." + code),
                code -> TuitionRange.valueOf(code) == query.tuition(),
                code -> CatalogLinks.toggleTuition(query, TuitionRange.valueOf(code)));
    }

    public FacetOption getOpenIntakeOption() {
        return new FacetOption(Messages.get(locale(), "catalog.openIntakeOnly"), results.withOpenIntake(),
                query.openIntakeOnly(), link(CatalogLinks.toggleOpenIntake(query)));
    }

    public List<FacetOption> getSortOptions() {
        List<FacetOption> sorts = new ArrayList<>();
        for (CatalogQuery.Sort sort : CatalogQuery.Sort.values()) {
            sorts.add(new FacetOption(Messages.get(locale(), "catalog.sort." + sort.name()), 0,
                    sort == query.sort(), link(CatalogLinks.sortedBy(query, sort))));
        }
        return sorts;
    }

    public String getPreviousPageLink() {
        return query.page() > 1 ? link(CatalogLinks.onPage(query, query.page() - 1)) : null;
    }

    public String getNextPageLink() {
        return query.page() < results.pageCount() ? link(CatalogLinks.onPage(query, query.page() + 1)) : null;
    }

    /** Shown above the results when a link carried values the catalogue does not know. */
    public String getIgnoredMessage() {
        return ca.tremplin.kernel.AddressParameters.ignoredMessage(locale(), ignored, repeated);
    }

    public String getResultCountText() {
        return Messages.get(locale(), "catalog.resultCount", results.total());
    }

    public String getPageText() {
        return Messages.get(locale(), "catalog.pageOf", results.page(), results.pageCount());
    }

    public String getClearLink() {
        return link(CatalogQuery.everything());
    }

    public boolean isFiltered() {
        return !query.equals(CatalogQuery.everything());
    }

    public String nextStart(ProgramCard card) {
        // Written as the program's page writes it: "1er septembre 2027", "September 1, 2027".
        return card.nextStart() == null ? null : ca.tremplin.kernel.FrenchDates.longDay(card.nextStart(), locale());
    }

    public CatalogQuery getQuery() {
        return query;
    }

    public CatalogPage getResults() {
        return results;
    }

    public String getCataloguePath() {
        return request.getContextPath() + CatalogPaths.catalogue(locale());
    }

    /** Where the programs ticked on this page are sent: the information request form, which reads them. */
    public String getInquiryFormPath() {
        return request.getContextPath() + ca.tremplin.web.InquiryPaths.form(locale());
    }

    private String monthLabel(YearMonth month) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL, locale());
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + month.getYear();
    }

    private List<FacetOption> options(Map<String, Long> counts, Function<String, String> label,
                                      Function<String, Boolean> selected, Function<String, CatalogQuery> toggled) {
        List<FacetOption> options = new ArrayList<>(counts.size());
        counts.forEach((code, count) -> options.add(
                new FacetOption(label.apply(code), count, selected.apply(code), link(toggled.apply(code)))));
        return options;
    }

    private String link(CatalogQuery target) {
        return request.getContextPath() + CatalogLinks.of(locale(), target);
    }

    private Locale locale() {
        return language.getLocale();
    }
}
