package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The person an application is about, locked before anything of them is read ({@link LeadRegistry#lockKnown}): the
 * record their address leads to, read again once its lock is held; merged meanwhile, the record it was merged into
 * is locked in its turn and is the person; erased meanwhile, nobody — the application starts a record of its own.
 * Staff's work on an application locks its person the same way from the record it names
 * ({@link LeadRegistry#lockPerson}), before the application, as an erasure does.
 */
class LockedPersonTest {

    private static final String ADDRESS = "hoa@example.org";
    private static final ContactDetails HOA = new ContactDetails("Hoa", "Nguyễn", ADDRESS, ADDRESS, null, "VN", null,
            Locale.FRENCH);

    /** The centre's records as the database holds them, and what a merge or an erasure does while a lock is waited. */
    private static final class Records extends LeadRepository {
        final Map<Long, Lead> byId = new HashMap<>();
        final List<Long> locked = new ArrayList<>();
        Runnable meanwhile = () -> { };

        Lead add(long id, String email) {
            Lead lead = new Lead(7, new ContactDetails("Hoa", "Nguyễn", email, email, null, "VN", null,
                    Locale.FRENCH), Instant.EPOCH);
            try {
                java.lang.reflect.Field field = Lead.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(lead, id);
            } catch (ReflectiveOperationException unexpected) {
                throw new IllegalStateException(unexpected);
            }
            byId.put(id, lead);
            return lead;
        }

        @Override
        public Optional<Lead> findLead(long tenantId, String emailNormalized) {
            return byId.values().stream().filter(lead -> emailNormalized.equals(lead.getEmailNormalized()))
                    .findFirst().map(this::living);
        }

        @Override
        public Lead living(Lead lead) {
            Lead current = lead;
            while (current.getMergedIntoId() != null) {
                current = byId.get(current.getMergedIntoId());
            }
            return current;
        }

        @Override
        public Optional<Lead> byId(long leadId) {
            return Optional.ofNullable(byId.get(leadId));
        }

        @Override
        public boolean lockedHere(Lead lead) {
            return locked.contains(lead.getId());
        }

        @Override
        public void lockAndReread(Lead lead) {
            locked.add(lead.getId());
            // The change the lock waited for, committed: seen once it is held.
            Runnable change = meanwhile;
            meanwhile = () -> { };
            change.run();
        }
    }

    private final Records records = new Records();
    private final LeadRegistry registry = new LeadRegistry();

    {
        registry.leads = records;
    }

    @Test
    void thePersonsRecordIsLockedAndIsThePerson() {
        records.add(1, ADDRESS);

        assertEquals(1L, registry.lockKnown(7, HOA).orElseThrow().getId());
        assertEquals(List.of(1L), records.locked);
    }

    @Test
    void aRecordMergedWhileItsLockWasAwaitedLeadsToTheRecordItWasMergedIntoLockedInTurn() {
        Lead duplicate = records.add(1, ADDRESS);
        records.add(2, "hoa.nguyen@example.org");
        records.meanwhile = () -> duplicate.mergedInto(2);

        assertEquals(2L, registry.lockKnown(7, HOA).orElseThrow().getId());
        assertEquals(List.of(1L, 2L), records.locked, "the duplicate waited for, then the person's record");
    }

    @Test
    void aPersonErasedWhileTheirLockWasAwaitedIsNoLongerFoundByTheirAddress() {
        records.add(1, ADDRESS);
        records.meanwhile = () -> records.byId.remove(1L);

        assertTrue(registry.lockKnown(7, HOA).isEmpty(), "the application makes a record of its own");
        assertEquals(List.of(1L), records.locked);
    }

    @Test
    void aPersonTheCentreDoesNotKnowLocksNothing() {
        assertTrue(registry.lockKnown(7, HOA).isEmpty());
        assertTrue(records.locked.isEmpty(), "the unique key on the address makes one record of two at once");
    }

    @Test
    void theRecordAnApplicationNamesIsLockedAsItsPerson() {
        records.add(1, ADDRESS);

        assertEquals(1L, registry.lockPerson(1).getId());
        assertEquals(List.of(1L), records.locked);
    }

    @Test
    void aDuplicateAnApplicationStillNamesLeadsToThePersonItLivesOnInWhichAloneIsLocked() {
        records.add(1, ADDRESS).mergedInto(2);
        records.add(2, "hoa.nguyen@example.org");

        assertEquals(2L, registry.lockPerson(1).getId());
        assertEquals(List.of(2L), records.locked, "the person, as an erasure locks them, not the duplicate");
    }

    @Test
    void aPersonMergedWhileTheirLockWasAwaitedLeadsToTheRecordTheyWereMergedIntoLockedInTurn() {
        Lead person = records.add(1, ADDRESS);
        records.add(2, "hoa.nguyen@example.org");
        records.meanwhile = () -> person.mergedInto(2);

        assertEquals(2L, registry.lockPerson(1).getId());
        assertEquals(List.of(1L, 2L), records.locked);
    }

    @Test
    void aPersonThisWorkHoldsAlreadyIsNotReadAgain() {
        records.add(1, ADDRESS);
        registry.lockPerson(1);
        records.meanwhile = () -> {
            throw new AssertionError("read again, what the work changed of the person and not yet wrote would be lost");
        };

        assertEquals(1L, registry.lockPerson(1).getId());
        assertEquals(List.of(1L), records.locked);
    }

    @Test
    void thePeopleOfManyApplicationsAreLockedOnceEachInTheOrderOfTheirIds() {
        records.add(3, "c@example.org");
        records.add(1, ADDRESS).mergedInto(5);
        records.add(5, "e@example.org");
        records.add(2, "b@example.org");

        registry.lockPeople(List.of(5L, 3L, 1L, 2L, 3L));

        assertEquals(List.of(2L, 3L, 5L), records.locked, "in the order an erasure of many locks them");
    }
}
