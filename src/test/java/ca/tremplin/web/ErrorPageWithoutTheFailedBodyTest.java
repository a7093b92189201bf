package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.Stubs;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorPageWithoutTheFailedBodyTest {

    /** A file form's post whose body would fail to parse: any read of it fails the test. */
    private static HttpServletRequest refusedUpload() {
        return Stubs.stub(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getContentType" -> "multipart/form-data; boundary=x";
            case "getMethod" -> "POST";
            case "getAttribute" -> "tremplin.sentBytes".equals(args[0]) ? 12_000_000L : null;
            case "getHeader" -> "Content-Type".equals(args[0]) ? "multipart/form-data; boundary=x" : "fr";
            default -> throw new AssertionError("the refused body was read: " + method);
        });
    }

    @Test
    void theErrorPageOfARefusedFileFormSeesAPlainVisitWithTheRefusalsFiguresButNeverReadsTheBody() throws Exception {
        List<ServletRequest> passedOn = new ArrayList<>();
        HttpServletResponse response = Stubs.stub(HttpServletResponse.class, (method, args) -> null);
        new ErrorPageWithoutTheFailedBody().doFilter(refusedUpload(), response,
                (request, answer) -> passedOn.add(request));

        HttpServletRequest page = (HttpServletRequest) passedOn.get(0);
        assertEquals("GET", page.getMethod(), "Faces builds the error page afresh instead of restoring a view");
        assertNull(page.getParameter("jakarta.faces.ViewState"));
        assertTrue(page.getParameterMap().isEmpty());
        assertTrue(page.getParts().isEmpty());
        assertNull(page.getContentType());
        assertNull(page.getHeader("Content-Type"));
        assertEquals(-1, page.getInputStream().read());
        assertEquals(12_000_000L, page.getAttribute("tremplin.sentBytes"), "what was sent, which the page says");
        assertEquals("fr", page.getHeader("Accept-Language"));
    }

    @Test
    void anyOtherRequestReachesItsErrorPageAsItCame() throws Exception {
        HttpServletRequest form = Stubs.stub(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getContentType" -> "application/x-www-form-urlencoded";
            default -> null;
        });
        List<ServletRequest> passedOn = new ArrayList<>();
        new ErrorPageWithoutTheFailedBody().doFilter(form, Stubs.stub(HttpServletResponse.class, (m, a) -> null),
                (request, answer) -> passedOn.add(request));
        assertSame(form, passedOn.get(0));
        assertFalse(ErrorPageWithoutTheFailedBody.sentAFileForm(form));
    }
}
