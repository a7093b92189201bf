package ca.tremplin.catalog;

import ca.tremplin.kernel.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Gathers the programs and school service centres a transaction changed, and updates the catalogue index once
 * it commits — never before (a rolled-back change must not show) and once per transaction, however many rows
 * it wrote. The update runs on a managed thread, outside the finished transaction, and the committing thread
 * waits for it, so that a change is searchable as soon as the page that made it answers.
 *
 * <p>Other servers learn of it through the change stamp (V29, {@code catalog_stamp}): the transaction moves it as it
 * first touches the catalogue, so the stamp commits with the change or not at all, and each server's index follows
 * it within a second ({@link CatalogIndex#followStamp}). The stamp's row stays locked until the commit: catalogue
 * edits are staff work, rare enough to be written one at a time.
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

    @Resource(lookup = "java:jboss/datasources/TremplinDS")
    DataSource database;

    private static final class Pending {
        final Set<Long> programIds = new HashSet<>();
        final Set<Long> tenantIds = new HashSet<>();
        long stamp;
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
            pending.stamp = moveStamp();
            transactions.putResource(PENDING, pending);
            Pending committed = pending;
            AfterCommit.run(transactions, () -> apply(committed));
        }
        return pending;
    }

    /**
     * Moves the change stamp on the transaction's own connection (the data source hands the connection already
     * enlisted in it), through JDBC: this runs inside Hibernate's flush, where the entity manager cannot be used.
     */
    private long moveStamp() {
        try (Connection connection = database.getConnection();
             PreparedStatement move = connection.prepareStatement(
                     "update catalog_stamp set version = version + 1 where id = 1");
             PreparedStatement read = connection.prepareStatement("select version from catalog_stamp where id = 1")) {
            move.executeUpdate();
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Catalogue change stamp not moved", e);
        }
    }

    private void apply(Pending pending) {
        try {
            executor.submit(() -> index.refresh(pending.programIds, pending.tenantIds, pending.stamp))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // The change is committed; the index catches up at its next rebuild at the latest.
            LOG.log(Level.WARNING, "Catalogue index not updated after a change", e);
        }
    }
}
