package ca.tremplin.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whose turn it is in each centre's round robin: a counter per centre, in memory, started from the number of
 * requests the centre has already assigned. In memory on purpose: a counter row in the database would have to
 * stay locked until each request commits, and a burst of requests for one centre (a webinar's audience) would
 * then be recorded one at a time. The price: several servers each keep their own turns, so the recruiters
 * still share the requests evenly, but not in strict alternation.
 */
@ApplicationScoped
public class RecruiterTurns {

    private final Map<Long, AtomicLong> turns = new ConcurrentHashMap<>();

    @Inject
    InquiryRepository inquiries;

    /** The centre's next turn: 0, 1, 2, ... */
    public long next(long tenantId) {
        return turns.computeIfAbsent(tenantId, id -> new AtomicLong(inquiries.countAssignedParts(id)))
                .getAndIncrement();
    }
}
