package ca.tremplin.person;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * For a page that lists a lead's timeline (the lead's page, a request's page): under each line a merge moved to the
 * lead, the merged record it was written on ({@link TimelineDetails#mergedFrom}), each record read once per page.
 */
public final class MergedOrigins {

    private final LongFunction<Optional<String>> recordNamed;
    /** "" kept for a record with nothing left to name, so that it is not read again. */
    private final Map<Long, String> names = new HashMap<>();

    /**
     * @param recordNamed a merged record of the reader's centre by its name and address, empty when nothing of it is
     *                    kept (as {@link LeadRepository#mergedRecordName}, behind the page's own access check)
     */
    public MergedOrigins(LongFunction<Optional<String>> recordNamed) {
        this.recordNamed = recordNamed;
    }

    /**
     * A line's origin in words, in the reader's language, from the record it was written on ({@code
     * LeadEvent#getMergedFromLeadId}); null for a line of the lead's own.
     */
    public String of(Long mergedFromLeadId, Locale language) {
        return TimelineDetails.mergedFrom(mergedFromLeadId,
                recordId -> names.computeIfAbsent(recordId, key -> recordNamed.apply(key).orElse("")), language);
    }
}
