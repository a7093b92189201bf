package ca.tremplin.api;

import ca.tremplin.kernel.Messages;
import ca.tremplin.web.RequestSizeFilter;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The API's negotiation headers, read before JAX-RS reads them. RESTEasy parses {@code Accept} and
 * {@code Accept-Language} as a request arrives and answers one it cannot read with the server's HTML error page
 * (or, for an {@code Accept} whose quality is not a number, with a failure further on): the caller, a script,
 * gets no problem document and no reason. Here an {@code Accept-Language} that cannot be read is left out (it is
 * a preference: the answer is in French, as without one), one written with underscores ({@code en_US}, as some
 * clients send it) is read as its hyphens say, and an {@code Accept} or a {@code Content-Type} that cannot be read is
 * answered with 400 or 415 and a problem document saying what to send.
 */
public class ApiHeadersFilter extends HttpFilter {

    /** A language range of RFC 9110 ({@code fr-CA}, {@code *}), or with an underscore as some clients send it. */
    private static final Pattern LANGUAGE = Pattern.compile("\\*|[A-Za-z]{1,8}([-_][A-Za-z0-9]{1,8})*");

    private static final int QUOTED_AT_MOST = 100;

    @jakarta.inject.Inject
    ca.tremplin.inquiry.AllowedOrigins allowedOrigins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String languages = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        HttpServletRequest read = !readableLanguages(languages)
                ? new WithHeader(request, HttpHeaders.ACCEPT_LANGUAGE, null)
                // RESTEasy reads "en_US" as a language named "en_us", which is not English.
                : languages != null && languages.indexOf('_') >= 0
                        ? new WithHeader(request, HttpHeaders.ACCEPT_LANGUAGE, languages.replace('_', '-'))
                        : request;
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!readableMediaRanges(accept)) {
            allowOrigin(request, response);
            refuse(response, read.getHeader(HttpHeaders.ACCEPT_LANGUAGE), HttpServletResponse.SC_BAD_REQUEST,
                    "api.problem.unreadableAccept", accept);
            return;
        }
        String body = request.getContentType();
        if (!readableMediaType(body)) {
            boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
            if (hasBody) {
                // The import address reads the file itself, not JSON: its refusal names what it takes.
                String path = request.getRequestURI().substring(request.getContextPath().length());
                allowOrigin(request, response);
                refuse(response, read.getHeader(HttpHeaders.ACCEPT_LANGUAGE),
                        HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, path.startsWith("/api/")
                                && HttpErrorMapper.takesAFile(path.substring("/api".length()))
                                ? "api.problem.unreadableFileType" : "api.problem.unreadableContentType",
                        body == null ? "" : body);
                return;
            }
            // A stray Content-Type on a request without a body (a GET) types nothing: left out, as RESTEasy would
            // refuse it with the server's page.
            read = new WithHeader(read, HttpHeaders.CONTENT_TYPE, null);
        }
        chain.doFilter(read, response);
    }

    /**
     * A refusal made here is read by the partner page's script that called, as the API's own refusals are
     * ({@link PublicReadCorsFilter}, {@link InquiryCorsFilter}): any origin for the public reads, a listed one for
     * {@code /api/inquiries}, none for the staff endpoints.
     */
    private void allowOrigin(HttpServletRequest request, HttpServletResponse response) {
        String area = ApiAreas.firstSegment(request.getPathInfo());
        if (ApiAreas.INQUIRIES.equals(area)) {
            response.addHeader(HttpHeaders.VARY, "Origin");
        }
        String allowed = allowedOrigin(area, request.getHeader("Origin"), allowedOrigins::allows);
        if (allowed != null) {
            response.setHeader("Access-Control-Allow-Origin", allowed);
        }
    }

    /**
     * The {@code Access-Control-Allow-Origin} of a refusal made at an address of the API's {@code area} (its first
     * segment) to a request from {@code origin}; null for none.
     */
    static String allowedOrigin(String area, String origin, Predicate<String> listed) {
        return switch (area) {
            case ApiAreas.STAFF -> null;
            case ApiAreas.INQUIRIES -> origin != null && listed.test(origin) ? origin : null;
            default -> "*";
        };
    }

    /** Whether every range of an {@code Accept} header is a media type with, if any, a quality from 0 to 1. */
    static boolean readableMediaRanges(String header) {
        if (header == null) {
            return true;
        }
        for (String range : header.split(",")) {
            if (range.isBlank()) {
                continue;
            }
            try {
                MediaType type = MediaType.valueOf(range.strip());
                if (!readableQuality(type.getParameters())) {
                    return false;
                }
            } catch (IllegalArgumentException unreadable) {
                return false;
            }
        }
        return true;
    }

    /** Whether a {@code Content-Type} header, if any, names one media type ({@code application/json; charset=utf-8}). */
    static boolean readableMediaType(String header) {
        if (header == null) {
            return true;
        }
        if (header.isBlank()) {
            // "Content-Type:" with nothing after it, as a script that leaves the type empty sends it.
            return false;
        }
        if (header.indexOf(',') >= 0) {
            return false;
        }
        try {
            MediaType type = MediaType.valueOf(header.strip());
            return !type.getType().isBlank() && !type.getSubtype().isBlank() && !type.isWildcardType()
                    && !type.isWildcardSubtype();
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** Whether every range of an {@code Accept-Language} header is a language with, if any, a quality from 0 to 1. */
    static boolean readableLanguages(String header) {
        if (header == null) {
            return true;
        }
        for (String range : header.split(",")) {
            if (range.isBlank()) {
                continue;
            }
            String[] parts = range.split(";");
            if (!LANGUAGE.matcher(parts[0].strip()).matches()) {
                return false;
            }
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].split("=", 2);
                if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("q")
                        && !readableQuality(Map.of("q", parameter[1]))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean readableQuality(Map<String, String> parameters) {
        String quality = parameters.entrySet().stream().filter(p -> p.getKey().equalsIgnoreCase("q"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (quality == null) {
            return true;
        }
        try {
            float q = Float.parseFloat(quality.strip().replace("\"", ""));
            return q >= 0 && q <= 1;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, String acceptLanguage, int status, String problem,
                               String header) throws IOException {
        Locale language = RequestSizeFilter.languageOf(acceptLanguage);
        String quoted = header.length() > QUOTED_AT_MOST ? header.substring(0, QUOTED_AT_MOST) + "…" : header;
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":"
                + Json.createValue(Messages.get(language, problem + ".title"))
                + ",\"status\":" + status + ",\"detail\":"
                + Json.createValue(Messages.get(language, problem + ".detail", quoted))
                + ",\"errors\":[]}");
    }

    /** The request with one of its headers replaced by {@code value}, or left out when it is null. */
    private static final class WithHeader extends HttpServletRequestWrapper {

        private final String replaced;
        private final String value;

        WithHeader(HttpServletRequest request, String replaced, String value) {
            super(request);
            this.replaced = replaced;
            this.value = value;
        }

        @Override
        public String getHeader(String name) {
            return replaced.equalsIgnoreCase(name) ? value : super.getHeader(name);
        }

        @Override
        public String getContentType() {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(replaced) ? value : super.getContentType();
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!replaced.equalsIgnoreCase(name)) {
                return super.getHeaders(name);
            }
            return value == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(value));
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> value != null || !replaced.equalsIgnoreCase(name)).toList());
        }
    }
}
