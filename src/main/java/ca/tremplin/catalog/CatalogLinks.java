package ca.tremplin.catalog;

import ca.tremplin.tenant.QuebecRegion;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a catalogue search back as an address, so that every state of the search — text, facets, sort,
 * page — is a plain link that can be bookmarked, shared and crawled, and the back button works.
 */
public final class CatalogLinks {

    private CatalogLinks() {
    }

    public static String of(Locale locale, CatalogQuery query) {
        List<String> parameters = new ArrayList<>();
        add(parameters, "q", query.text());
        query.sectors().forEach(sector -> add(parameters, "sector", sector));
        query.regions().forEach(region -> add(parameters, "region", region.name()));
        query.types().forEach(type -> add(parameters, "type", type.name()));
        add(parameters, "instruction", query.language());
        add(parameters, "month", query.intakeMonth() == null ? null : query.intakeMonth().toString());
        add(parameters, "tuition", query.tuition() == null ? null : query.tuition().name());
        add(parameters, "open", query.openIntakeOnly() ? "1" : null);
        add(parameters, "sort", query.sort() == CatalogQuery.Sort.RELEVANCE ? null : query.sort().name().toLowerCase(Locale.ROOT));
        add(parameters, "page", query.page() == 1 ? null : String.valueOf(query.page()));
        String base = CatalogPaths.catalogue(locale);
        return parameters.isEmpty() ? base : base + "?" + String.join("&", parameters);
    }

    public static CatalogQuery toggleSector(CatalogQuery q, String sector) {
        return new CatalogQuery(q.text(), toggle(q.sectors(), sector), q.regions(), q.types(), q.language(),
                q.intakeMonth(), q.tuition(), q.openIntakeOnly(), q.sort(), 1);
    }

    public static CatalogQuery toggleRegion(CatalogQuery q, QuebecRegion region) {
        return new CatalogQuery(q.text(), q.sectors(), toggle(q.regions(), region), q.types(), q.language(),
                q.intakeMonth(), q.tuition(), q.openIntakeOnly(), q.sort(), 1);
    }

    public static CatalogQuery toggleType(CatalogQuery q, ProgramType type) {
        return new CatalogQuery(q.text(), q.sectors(), q.regions(), toggle(q.types(), type), q.language(),
                q.intakeMonth(), q.tuition(), q.openIntakeOnly(), q.sort(), 1);
    }

    public static CatalogQuery toggleLanguage(CatalogQuery q, String language) {
        return new CatalogQuery(q.text(), q.sectors(), q.regions(), q.types(),
                language.equals(q.language()) ? null : language, q.intakeMonth(), q.tuition(), q.openIntakeOnly(),
                q.sort(), 1);
    }

    public static CatalogQuery toggleMonth(CatalogQuery q, YearMonth month) {
        return new CatalogQuery(q.text(), q.sectors(), q.regions(), q.types(), q.language(),
                month.equals(q.intakeMonth()) ? null : month, q.tuition(), q.openIntakeOnly(), q.sort(), 1);
    }

    public static CatalogQuery toggleTuition(CatalogQuery q, TuitionRange range) {
        return new CatalogQuery(q.text(), q.sectors(), q.regions(), q.types(), q.language(), q.intakeMonth(),
                range == q.tuition() ? null : range, q.openIntakeOnly(), q.sort(), 1);
    }

    public static CatalogQuery toggleOpenIntake(CatalogQuery q) {
        return new CatalogQuery(q.text(), q.sectors(), q.regions(), q.types(), q.language(), q.intakeMonth(),
                q.tuition(), !q.openIntakeOnly(), q.sort(), 1);
    }

    public static CatalogQuery sortedBy(CatalogQuery q, CatalogQuery.Sort sort) {
        return new CatalogQuery(q.text(), q.sectors(), q.regions(), q.types(), q.language(), q.intakeMonth(),
                q.tuition(), q.openIntakeOnly(), sort, 1);
    }

    public static CatalogQuery onPage(CatalogQuery q, int page) {
        return new CatalogQuery(q.text(), q.sectors(), q.regions(), q.types(), q.language(), q.intakeMonth(),
                q.tuition(), q.openIntakeOnly(), q.sort(), page);
    }

    private static <T> Set<T> toggle(Set<T> selected, T value) {
        Set<T> toggled = new LinkedHashSet<>(selected);
        if (!toggled.remove(value)) {
            toggled.add(value);
        }
        return toggled;
    }

    private static void add(List<String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
