package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

/**
 * Staff's work on an application locks its person first, then the application, in the order of an erasure: the
 * application, once locked, is still about the person locked before it, and is worked on; one that moved to another
 * person between the two is not, nothing written, and the work is said to have met a change made meanwhile.
 */
class SamePersonLockedTest {

    @Test
    void anApplicationStillAboutThePersonLockedBeforeItIsWorkedOn() {
        assertDoesNotThrow(() -> ApplicationService.requireSamePerson(4, 4));
    }

    @Test
    void anApplicationThatMovedToAnotherPersonMeanwhileIsNotWorkedOnUnderTheWrongLock() {
        assertThrows(OptimisticLockException.class, () -> ApplicationService.requireSamePerson(4, 5));
    }
}
