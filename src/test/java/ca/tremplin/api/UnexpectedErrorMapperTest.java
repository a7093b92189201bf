package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.tremplin.kernel.Languages;
import jakarta.persistence.PersistenceException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/**
 * A failure no other mapper answers: a fault of ours (500), unless the database could not be reached, which every
 * address answers as the information request does, 503 (with Retry-After), so that a partner's page or a tablet at a
 * fair waits and asks again rather than giving up.
 */
class UnexpectedErrorMapperTest {

    @Test
    void aDatabaseThatCannotBeReachedIsAnUnavailableServiceToRetryNotAServerError() {
        // What the pool says when no connection can be had, as JPA passes it on.
        RuntimeException noConnection = new PersistenceException("could not prepare statement",
                new SQLTransientConnectionException("Could not create connection", "08001"));

        Problem read = UnexpectedErrorMapper.problemFor(noConnection, Languages.ENGLISH, "GET");
        assertEquals(503, read.status());
        assertEquals("Service temporarily unavailable", read.title());
        assertEquals("The service cannot answer for the moment. Try again after the delay given by Retry-After.",
                read.detail());
        assertEquals(503, UnexpectedErrorMapper.problemFor(noConnection, Languages.ENGLISH, "HEAD").status());

        Problem written = UnexpectedErrorMapper.problemFor(noConnection, Languages.FRENCH, "POST");
        assertEquals(503, written.status());
        assertEquals("Service momentanément indisponible", written.title());
        assertEquals("La requête n’a pas été enregistrée. Renvoyez-la telle quelle après le délai indiqué par "
                + "Retry-After.", written.detail());
    }

    @Test
    void anyOtherFailureIsAServerErrorThatSaysNothingOfItself() {
        Problem failed = UnexpectedErrorMapper.problemFor(new IllegalStateException("select * from secret_table"),
                Languages.ENGLISH, "GET");

        assertEquals(500, failed.status());
        assertEquals("Internal error", failed.title());
        assertFalse(failed.detail().contains("secret_table"));
    }
}
