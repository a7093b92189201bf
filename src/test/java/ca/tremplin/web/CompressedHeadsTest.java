package ca.tremplin.web;

import static ca.tremplin.testsupport.Stubs.stub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompressedHeadsTest {

    @Test
    void aHeadOfACompressedScriptSaysNoLengthAndIsSentAsItsGetWouldBe() throws Exception {
        Sent sent = head(Map.of("Accept-Encoding", "gzip, deflate, br"), "text/javascript;charset=UTF-8", 200);

        assertEquals(List.of("flushBuffer"), sent.calls,
                "no length, no body, and the headers sent before the server counts a length");
    }

    @Test
    void aHeadThatIsNotCompressedKeepsItsLength() throws Exception {
        for (Sent sent : List.of(
                head(Map.of(), "text/css", 200),
                head(Map.of("Accept-Encoding", "gzip", "Range", "bytes=0-10"), "text/css", 200),
                head(Map.of("Accept-Encoding", "gzip"), "text/html;charset=UTF-8", 200),
                head(Map.of("Accept-Encoding", "gzip"), "text/css", 304))) {
            assertFalse(sent.calls.contains("flushBuffer"), sent.calls.toString());
        }
        assertEquals(List.of("setContentLengthLong 1234"), head(Map.of("Accept-Encoding", "gzip"),
                "text/html;charset=UTF-8", 200).calls, "the length the page set, passed on");
    }

    @Test
    void theTypesAreThoseOfTheServersGzipFilter() {
        for (String type : List.of("text/css", "text/javascript", "application/javascript;charset=UTF-8",
                "image/svg+xml")) {
            assertTrue(CompressedHeads.compressed(200, type), type);
        }
        for (String type : List.of("text/html", "application/json", "image/png", "text/css-like")) {
            assertFalse(CompressedHeads.compressed(200, type), type);
        }
        assertFalse(CompressedHeads.compressed(204, "text/css"));
        assertFalse(CompressedHeads.compressed(200, null));
    }

    /** A HEAD through the filter to a servlet that sets its type and length and writes its body, as Faces does. */
    private static Sent head(Map<String, String> headers, String contentType, int status) throws Exception {
        Sent sent = new Sent();
        HttpServletRequest request = stub(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getMethod" -> "HEAD";
            case "getHeader" -> headers.get((String) args[0]);
            default -> throw new UnsupportedOperationException(name);
        });
        HttpServletResponse response = stub(HttpServletResponse.class, (name, args) -> switch (name) {
            case "setContentType" -> sent.state.put("type", args[0]);
            case "getContentType" -> sent.state.get("type");
            case "setStatus" -> sent.state.put("status", args[0]);
            case "getStatus" -> sent.state.getOrDefault("status", 200);
            case "isCommitted" -> false;
            case "getOutputStream" -> new jakarta.servlet.ServletOutputStream() {
                @Override
                public void write(int b) {
                    sent.calls.add("write");
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(jakarta.servlet.WriteListener listener) {
                }
            };
            default -> {
                sent.calls.add(name + (args == null ? "" : " " + args[0]));
                yield null;
            }
        });
        new CompressedHeads().doFilter(request, response, (servletRequest, servletResponse) -> {
            HttpServletResponse servlet = (HttpServletResponse) servletResponse;
            servlet.setContentType(contentType);
            servlet.setStatus(status);
            servlet.setContentLength(1234);
            servlet.getOutputStream().write("body();".getBytes(StandardCharsets.UTF_8));
            servlet.getOutputStream().close();
        });
        return sent;
    }

    private static final class Sent {
        final List<String> calls = new ArrayList<>();
        final Map<String, Object> state = new HashMap<>();
    }
}
