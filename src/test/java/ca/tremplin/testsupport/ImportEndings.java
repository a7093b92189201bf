package ca.tremplin.testsupport;

import ca.tremplin.leadimport.LeadImportEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The ends of import jobs, as the batch runtime announces them, for tests to wait on without polling: each run
 * of an import (a restart included) is one end, taken in order.
 */
@ApplicationScoped
public class ImportEndings {

    private final Map<Long, BlockingQueue<LeadImportEnded>> ends = new ConcurrentHashMap<>();

    void ended(@Observes LeadImportEnded end) {
        endsOf(end.importId()).add(end);
    }

    /** Waits (a minute at most) for the next run of the import to end. */
    public LeadImportEnded awaitNext(long importId) {
        try {
            LeadImportEnded end = endsOf(importId).poll(1, TimeUnit.MINUTES);
            if (end == null) {
                throw new AssertionError("Import " + importId + " still running after a minute");
            }
            return end;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for import " + importId, e);
        }
    }

    private BlockingQueue<LeadImportEnded> endsOf(long importId) {
        return ends.computeIfAbsent(importId, id -> new LinkedBlockingQueue<>());
    }
}
