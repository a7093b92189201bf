package ca.tremplin.catalog;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gathers the programs and school service centres a transaction changed, and updates the catalogue index once
 * it commits — never before (a rolled-back change must not show) and once per transaction, however many rows
 * it wrote. The update runs on a managed thread, outside the finished transaction, and the committing thread
 * waits for it, so that a change is searchable as soon as the page that made it answers.
 */
@ApplicationScoped
public class CatalogChanges {

    private static final Logger LOG = Logger.getLogger(CatalogChanges.class.getName());
    private static final Object PENDING = CatalogChanges.class;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @Inject
    CatalogIndex index;

    private static final class Pending {
        final Set<Long> programIds = new HashSet<>();
        final Set<Long> tenantIds = new HashSet<>();
    }

    void programChanged(long programId) {
        pending().programIds.add(programId);
    }

    void tenantChanged(long tenantId) {
        pending().tenantIds.add(tenantId);
    }

    private Pending pending() {
        Pending pending = (Pending) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new Pending();
            transactions.putResource(PENDING, pending);
            Pending committed = pending;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        apply(committed);
                    }
                }
            });
        }
        return pending;
    }

    private void apply(Pending pending) {
        try {
            executor.submit(() -> index.refresh(pending.programIds, pending.tenantIds)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // The change is committed; the index catches up at its next rebuild at the latest.
            LOG.log(Level.WARNING, "Catalogue index not updated after a change", e);
        }
    }
}
