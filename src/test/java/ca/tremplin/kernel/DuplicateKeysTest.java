package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/**
 * The database's refusals that a second try answers: a row another sending wrote a moment before (a unique key), and
 * a row naming what was deleted a moment before (a foreign key), each found however deep the persistence layer wraps
 * it, and neither taken for the other.
 */
class DuplicateKeysTest {

    private static RuntimeException wrapped(int errorCode, String message) {
        return new PersistenceException("could not execute statement",
                new RuntimeException(new SQLIntegrityConstraintViolationException(message, "23000", errorCode)));
    }

    @Test
    void aRowNamingAnOfferDeletedAMomentBeforeIsFoundAndIsNoDuplicate() {
        RuntimeException parentGone = wrapped(1452, "Cannot add or update a child row: a foreign key constraint fails"
                + " (`tremplin`.`offer_application`, CONSTRAINT `fk_offer_application_offer` FOREIGN KEY (`offer_id`)"
                + " REFERENCES `offer` (`id`))");
        assertTrue(DuplicateKeys.parentGone(parentGone));
        assertFalse(DuplicateKeys.refused(parentGone));
    }

    @Test
    void aDuplicateEntryIsNoMissingParent() {
        RuntimeException duplicate = wrapped(1062, "Duplicate entry '12-34' for key 'uk_offer_application'");
        assertTrue(DuplicateKeys.refused(duplicate));
        assertFalse(DuplicateKeys.parentGone(duplicate));
        assertFalse(DuplicateKeys.parentGone(new IllegalStateException("no database in it")));
    }

    /** A refusal by the key a caller explains, as MariaDB and MySQL name it, and not by another key. */
    @Test
    void aDuplicateIsToldByTheKeyThatRefusedIt() {
        String key = "uk_showcase_profile_address";
        assertTrue(DuplicateKeys.refused(wrapped(1062, "Duplicate entry '7-a@b.ca-0' for key '" + key + "'"), key),
                "MariaDB");
        assertTrue(DuplicateKeys.refused(wrapped(1062, "Duplicate entry '7-a@b.ca-0' for key 'showcase_profile."
                + key + "'"), key), "MySQL");
        assertFalse(DuplicateKeys.refused(wrapped(1062, "Duplicate entry 'ab12' for key 'PRIMARY'"), key),
                "another key");
        assertFalse(DuplicateKeys.refused(wrapped(1062, "Duplicate entry '7-a@b.ca-0' for key '" + key
                + "_old'"), key), "a key whose name only starts the same");
    }
}
