package ca.tremplin.catalog;

import java.math.BigDecimal;

/** Tuition brackets of the catalogue's facet, in Canadian dollars for the whole program or per year. */
public enum TuitionRange {
    UNDER_10000(null, 10_000),
    FROM_10000_TO_15000(10_000, 15_000),
    FROM_15000_TO_20000(15_000, 20_000),
    FROM_20000(20_000, null);

    private final Integer from;
    private final Integer below;

    TuitionRange(Integer from, Integer below) {
        this.from = from;
        this.below = below;
    }

    BigDecimal from() {
        return from == null ? BigDecimal.ZERO : BigDecimal.valueOf(from);
    }

    boolean includes(BigDecimal tuition) {
        return tuition.compareTo(from()) >= 0 && tuition.compareTo(below()) < 0;
    }

    BigDecimal below() {
        return below == null ? BigDecimal.valueOf(10_000_000) : BigDecimal.valueOf(below);
    }
}
