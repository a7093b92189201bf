package ca.tremplin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A HEAD of a script or style sheet that the server compresses says no {@code Content-Length}, as the GET says the
 * compressed one or none. Undertow's gzip filter ({@code wildfly-config/tremplin.cli}) answers a HEAD with
 * {@code Content-Encoding: gzip} but compresses nothing (there is no body), so the length the servlet set — Faces
 * for its resources, the default servlet for a file — or the one Undertow counts when the whole answer fits in its
 * buffer, is the uncompressed length, which a client reads as the size of the gzip body. Here that length is kept
 * from the answer, and the headers are sent before the servlet output is closed, so that Undertow counts nothing:
 * the HEAD is then sent chunked or, on HTTP/2, without a length. Other answers, and a HEAD with {@code Range} or
 * without {@code Accept-Encoding}, which are never compressed, keep their length.
 */
public class CompressedHeads extends HttpFilter {

    /** The types the gzip filter compresses: its predicate's regular expression, read the same way. */
    static final Pattern COMPRESSED_TYPES = Pattern.compile(
            "(?:text/css|text/javascript|application/javascript|image/svg\\+xml)(;.*)?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!mayBeCompressed(request)) {
            chain.doFilter(request, response);
            return;
        }
        LengthHeld held = new LengthHeld(response);
        chain.doFilter(request, held);
        if (response.isCommitted()) {
            return;
        }
        if (compressed(response.getStatus(), response.getContentType())) {
            response.flushBuffer();
        } else if (held.length >= 0) {
            response.setContentLengthLong(held.length);
        }
    }

    /** A HEAD that the gzip filter may answer compressed, by what the request says. */
    static boolean mayBeCompressed(HttpServletRequest request) {
        return "HEAD".equals(request.getMethod()) && request.getHeader("Accept-Encoding") != null
                && request.getHeader("Range") == null;
    }

    /** Whether the gzip filter compresses an answer of this status and type (never a 204 or a 304). */
    static boolean compressed(int status, String contentType) {
        return status != HttpServletResponse.SC_NO_CONTENT && status != HttpServletResponse.SC_NOT_MODIFIED
                && contentType != null && COMPRESSED_TYPES.matcher(contentType.toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * The answer with its length held back and its body (none for a HEAD) dropped rather than buffered by the
     * server, whose close would count it.
     */
    private static final class LengthHeld extends HttpServletResponseWrapper {

        private long length = -1;
        private PrintWriter writer;

        LengthHeld(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentLength(int length) {
            this.length = length;
        }

        @Override
        public void setContentLengthLong(long length) {
            this.length = length;
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                length = value == null ? -1 : Long.parseLong(value.strip());
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                length = value;
            } else {
                super.setIntHeader(name, value);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return NOWHERE;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(NOWHERE, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // Nothing to send before the filter decides the length.
        }

        @Override
        public void resetBuffer() {
            // Nothing is buffered.
        }
    }

    private static final ServletOutputStream NOWHERE = new ServletOutputStream() {
        @Override
        public void write(int b) {
            // A HEAD has no body.
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            // A HEAD has no body.
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("a HEAD is answered without writing");
        }
    };
}
