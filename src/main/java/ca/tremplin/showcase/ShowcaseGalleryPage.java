package ca.tremplin.showcase;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.tenant.QuebecRegion;
import ca.tremplin.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The public gallery ({@code /fr/vitrine}, {@code /en/showcase}): filters by trade (program), sector and region as a
 * plain GET form, and pages as links, so that it works without scripts; a small script loads the next page into the
 * list instead of following the link.
 */
@Named
@RequestScoped
public class ShowcaseGalleryPage {

    @Inject
    PublicShowcase showcase;

    @Inject
    LanguagePreference language;

    @Inject
    ca.tremplin.catalog.SectorNames sectorNames;

    @Inject
    HttpServletRequest request;

    private GalleryQuery query;
    private PublicShowcase.Gallery gallery;
    private List<Option> trades;
    private List<Option> sectors;
    private List<Option> regions;

    /**
     * A filter's option as the page writes it, worked out here once: a filter may offer a hundred trades, and
     * expressions that look the page up again for each option's label and state cost more than the query.
     */
    public record Option(String value, String label, boolean selected) {
    }

    public void load() {
        query = new GalleryQuery(trade(request.getParameter("trade")), code(request.getParameter("sector")),
                region(request.getParameter("region")), Math.max(1, number(request.getParameter("page")) == null ? 1
                : Math.min(1000, number(request.getParameter("page")).intValue())));
        gallery = showcase.galleryAcrossTenants(query);
        Map<String, List<PublicShowcase.Choice>> filters = showcase.filtersAcrossTenants();
        boolean english = Languages.isEnglish(locale());
        // Trades and sectors by their names in the reader's language; regions in their official order.
        trades = options(filters.get("trade"), query.tradeCode(), choice -> english ? choice.labelEn() : choice.labelFr(),
                code -> showcase.tradeTitleAcrossTenants(code, locale()), Languages.alphabetical(locale()));
        sectors = options(filters.get("sector"), query.sectorCode(),
                choice -> english ? choice.labelEn() : choice.labelFr(), code -> sectorNames.name(code, locale()),
                Languages.alphabetical(locale()));
        regions = options(filters.get("region"), query.region() == null ? null : query.region().name(),
                choice -> Messages.get(locale(), "region." + choice.value()),
                name -> Messages.get(locale(), "region." + name), null);
        // The Français / English links are the section's twin with the same filters (LanguageLinks' own fallback):
        // naming the bare addresses here lost the trade, sector, region and page chosen.
    }

    public List<ShowcaseCard> getCards() { return gallery.cards(); }

    public String getNextPage() {
        if (!gallery.more()) {
            return null;
        }
        List<String> parameters = new ArrayList<>();
        if (query.tradeCode() != null) {
            parameters.add("trade=" + query.tradeCode());
        }
        if (query.sectorCode() != null) {
            parameters.add("sector=" + query.sectorCode());
        }
        if (query.region() != null) {
            parameters.add("region=" + query.region().name());
        }
        parameters.add("page=" + (query.page() + 1));
        return request.getContextPath() + ShowcasePaths.gallery(locale()) + "?" + String.join("&", parameters);
    }

    public String photo(ShowcaseCard card) {
        List<ShowcasePhotos.VariantSize> sizes = gallery.sizes().getOrDefault(card.photoKey(), List.of());
        return sizes.isEmpty() ? null : request.getContextPath() + ShowcasePaths.photo(card.photoKey(),
                sizes.get(sizes.size() - 1).width());
    }

    public String srcset(ShowcaseCard card) {
        return ShowcaseProfilePage.srcset(request.getContextPath(), card.photoKey(),
                gallery.sizes().getOrDefault(card.photoKey(), List.of()));
    }

    public String path(ShowcaseCard card) { return request.getContextPath() + card.path(locale()); }
    public List<Option> getTrades() { return trades; }
    public List<Option> getSectors() { return sectors; }
    public List<Option> getRegions() { return regions; }
    public GalleryQuery getQuery() { return query; }
    public String getAction() { return request.getContextPath() + ShowcasePaths.gallery(locale()); }

    /**
     * A filter's options: the values some public profile has, and the one the address chose if none has it any more
     * (a link kept or shared after the last profile of a sector left), named and selected: the form then says which
     * filter empties the page, where every menu read "All". Listed by {@code byName} when given, else as given.
     */
    List<Option> options(List<PublicShowcase.Choice> choices, String chosen,
                         Function<PublicShowcase.Choice, String> label, Function<String, String> nameOfChosen,
                         java.util.Comparator<String> byName) {
        List<Option> options = new java.util.ArrayList<>(choices.stream().map(choice -> new Option(choice.value(),
                label.apply(choice), choice.value().equals(chosen))).toList());
        if (byName != null) {
            options.sort(java.util.Comparator.comparing(Option::label, byName));
        }
        if (chosen != null && options.stream().noneMatch(Option::selected)) {
            options.add(0, new Option(chosen, Messages.get(locale(), "showcase.gallery.noProfileYet",
                    nameOfChosen.apply(chosen)), true));
        }
        return options;
    }

    /** Whether a filter narrows the gallery: an empty page then offers to see every profile. */
    public boolean isFiltered() {
        return query.tradeCode() != null || query.sectorCode() != null || query.region() != null;
    }

    private Locale locale() {
        return language.getLocale();
    }

    private static Long number(String value) {
        return value != null && value.matches("\\d{1,9}") ? Long.valueOf(value) : null;
    }

    /** A program's ministry code: four to six digits ({@code Program.code}). */
    private static String trade(String value) {
        return value != null && value.matches("\\d{4,6}") ? value : null;
    }

    private static String code(String value) {
        return value != null && value.matches("[A-Za-z0-9]{1,10}") ? value : null;
    }

    private static QuebecRegion region(String value) {
        try {
            return value == null || value.isBlank() ? null : QuebecRegion.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
