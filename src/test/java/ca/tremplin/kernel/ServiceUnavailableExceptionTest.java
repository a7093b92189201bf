package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is away, try again" (503) rather than a fault of the request. */
class ServiceUnavailableExceptionTest {

    @Test
    void aStatementClosedUnderARequestWhenTheDatabaseWentAwayIsAnOutage() {
        SQLException closed = new SQLException("No operations allowed after statement closed.", "S1009");

        assertTrue(ServiceUnavailableException.isDatabaseUnreachable(new RuntimeException("insert failed", closed)));
    }

    @Test
    void aRefusedValueIsNot() {
        assertFalse(ServiceUnavailableException.isDatabaseUnreachable(
                new SQLException("Data too long for column 'first_name'", "22001")));
    }
}
