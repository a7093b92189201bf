package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.AccessDeniedException;
import ca.tremplin.kernel.NotFoundException;
import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class ErrorStatusFilterTest {

    @Test
    void failuresWrappedByFacesStillMapToTheirStatus() {
        assertEquals(404, ErrorStatusFilter.statusFor(
                new ServletException(new FacesException(new NotFoundException("user 42")))));
        assertEquals(403, ErrorStatusFilter.statusFor(new FacesException(new AccessDeniedException("x"))));
    }

    @Test
    void aBrakeMetWhileOpeningAPageIsTooManyRequests() {
        assertEquals(429, ErrorStatusFilter.statusFor(new ServletException(new FacesException(
                new ca.tremplin.kernel.RateLimitedException(java.time.Duration.ofMinutes(2))))));
    }

    @Test
    void anUnreachableDatabaseIsTemporarilyUnavailable() {
        assertEquals(503, ErrorStatusFilter.statusFor(new FacesException(new jakarta.persistence.PersistenceException(
                new java.sql.SQLTransientConnectionException("Could not get a connection from the pool")))));
        assertEquals(503, ErrorStatusFilter.statusFor(new ServletException(
                new ca.tremplin.kernel.ServiceUnavailableException(new java.net.ConnectException("refused")))));
        assertEquals(503, ErrorStatusFilter.statusFor(new RuntimeException(
                new java.sql.SQLException("Communications link failure", "08S01"))));
    }

    @Test
    void otherFailuresAreLeftToTheGenericErrorPage() {
        assertEquals(0, ErrorStatusFilter.statusFor(new ServletException(new IllegalStateException())));
    }
}
