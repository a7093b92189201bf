package ca.tremplin.pipeline;

import ca.tremplin.kernel.StatementCounter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only filter, deployed with {@link PipelineStatementsIT}: counts the SQL statements each request to a back-office
 * page issues, from the first filter after sign-in to the last byte of the rendered page (beans, services and the
 * rendering's own reads included), and keeps the count under the request's address for the test to read.
 */
@WebFilter(urlPatterns = "/admin/*")
public class StatementsPerRequest extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String address = request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            COUNTS.put(address, StatementCounter.count(() -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new IllegalStateException(e);
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The statements the last request to this address (path and query) issued, or null if none came. */
    static Integer of(String address) {
        return COUNTS.get(address);
    }
}
