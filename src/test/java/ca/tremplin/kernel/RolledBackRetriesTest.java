package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RolledBackRetriesTest {

    private static RuntimeException deadlock() {
        return new PersistenceException("could not execute statement",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));
    }

    @Test
    void workTheDatabaseRolledBackIsTriedAgain() {
        AtomicInteger tries = new AtomicInteger();
        int result = RolledBackRetries.retried(() -> {
            if (tries.incrementAndGet() < RolledBackRetries.ATTEMPTS) {
                throw deadlock();
            }
            return 42;
        });
        assertEquals(42, result);
        assertEquals(RolledBackRetries.ATTEMPTS, tries.get());
    }

    @Test
    void itGivesUpAfterItsAttemptsAndAnyOtherFailureIsTheCallersAtOnce() {
        AtomicInteger tries = new AtomicInteger();
        RuntimeException always = deadlock();
        assertSame(always, assertThrows(RuntimeException.class, () -> RolledBackRetries.retried(() -> {
            tries.incrementAndGet();
            throw always;
        })));
        assertEquals(RolledBackRetries.ATTEMPTS, tries.get());

        tries.set(0);
        IllegalStateException other = new IllegalStateException("not the database's");
        assertSame(other, assertThrows(IllegalStateException.class, () -> RolledBackRetries.retried(() -> {
            tries.incrementAndGet();
            throw other;
        })));
        assertEquals(1, tries.get());
    }
}
