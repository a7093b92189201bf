package ca.tremplin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Median and 90th percentile read from a histogram of whole days, as the database groups them. */
class PercentilesTest {

    @Test
    void theNearestRankOfTheHistogram() {
        // 1, 1, 2, 2, 2, 3, 5, 8, 13, 30 days
        Map<Long, Long> days = Map.of(1L, 2L, 2L, 3L, 3L, 1L, 5L, 1L, 8L, 1L, 13L, 1L, 30L, 1L);
        assertEquals(2L, Percentiles.of(days, 0.5));
        assertEquals(13L, Percentiles.of(days, 0.9));
        assertEquals(30L, Percentiles.of(days, 1.0));
    }

    @Test
    void nothingCountedHasNoPercentile() {
        assertNull(Percentiles.of(Map.of(), 0.5));
    }
}
