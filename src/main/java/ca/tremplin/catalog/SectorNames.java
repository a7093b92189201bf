package ca.tremplin.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Québec's training sectors, read once: reference data that changes with a migration, not at run time. */
@ApplicationScoped
public class SectorNames {

    @Inject
    CatalogRepository catalog;

    private Map<String, TrainingSector> byCode;

    @PostConstruct
    void load() {
        Map<String, TrainingSector> sectors = new LinkedHashMap<>();
        catalog.sectors().forEach(sector -> sectors.put(sector.getCode(), sector));
        byCode = Map.copyOf(sectors);
    }

    public String name(String code, Locale locale) {
        TrainingSector sector = byCode.get(code);
        return sector == null ? code : sector.localizedName(locale);
    }

    /** Whether the code names one of Québec's training sectors ("16"; not "99"). */
    public boolean isKnown(String code) {
        return byCode.containsKey(code);
    }

    public List<TrainingSector> all() {
        return byCode.values().stream().sorted(java.util.Comparator.comparing(TrainingSector::getCode)).toList();
    }
}
