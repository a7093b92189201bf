package ca.tremplin.report;

import java.util.Map;
import java.util.TreeMap;

/**
 * Median and 90th percentile from a histogram (a whole number of days or hours, and how many took that long), so
 * that the database returns a row per length instead of a row per lead. The percentile is the smallest length that
 * at least that share of the counted reached (nearest rank).
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** The nearest-rank percentile ({@code share} from 0 to 1) of the histogram, or {@code null} when it is empty. */
    public static Long of(Map<Long, Long> histogram, double share) {
        TreeMap<Long, Long> sorted = new TreeMap<>(histogram);
        long total = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(share * total));
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : sorted.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return bucket.getKey();
            }
        }
        return sorted.lastKey();
    }
}
