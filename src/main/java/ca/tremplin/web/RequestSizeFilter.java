package ca.tremplin.web;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.FileSize;
import ca.tremplin.kernel.Messages;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How large a request's body may be, by address. The server's listener admits 200 MB, for the staff API that
 * imports a list of a million attendees; every other address keeps the server's usual 10 MB, and the import page
 * 20 MB (its 15 MB file and the form around it). Without this, any form post could make the server read up to
 * 200 MB into memory. A request that announces a larger body is refused at once (413, a problem document on the
 * API, the error page elsewhere); one that does not announce its length is cut off by the server at the limit,
 * except on the API, which answers it with 413 once it has read past the limit ({@link LimitedBodyRequest}). The
 * error page of a form whose one file has a smaller limit of its own ({@link PageFileLimit}) names that limit.
 */
public class RequestSizeFilter extends HttpFilter {

    public static final long USUAL_LIMIT = 10L * 1024 * 1024;
    public static final long IMPORT_PAGE_LIMIT = 20L * 1024 * 1024;
    /**
     * The request's attributes the 413 page reads: the body's announced length, the address's limit in MB, and the
     * limit of the file its form sends, when the page has one of its own ({@link PageFileLimit}).
     */
    static final String SENT_BYTES = "tremplin.sentBytes";
    static final String LIMIT_MEGABYTES = "tremplin.limitMegabytes";
    static final String FILE_LIMIT_MEGABYTES = "tremplin.fileLimitMegabytes";
    private static final Pattern IMPORT_API = Pattern.compile("/api/staff/events/\\d+/imports/?");

    /** The most bytes a request to this address may send; the listener's own limit for the import API. */
    public static long limitFor(String path) {
        if (IMPORT_API.matcher(path).matches()) {
            return Long.MAX_VALUE;
        }
        // The showcase's forms take a phone's photo up to 15 MB, which the photo's own check refuses beyond with a
        // message in the person's language.
        return path.equals("/admin/import.xhtml") || path.equals("/vitrine-publier.xhtml")
                || path.equals("/vitrine-profil.xhtml") ? IMPORT_PAGE_LIMIT : USUAL_LIMIT;
    }

    /**
     * How many times its limit the server reads of an API body sent without its length, the answer given, before
     * closing the connection: enough for a caller a little over the limit to read its 413, a bound for any other.
     */
    static final int DRAINED_PAST_THE_LIMIT = 4;

    /**
     * Whether a body to this address, of this announced length (-1: not announced), is counted against its limit
     * by the application ({@link LimitedBodyRequest}) rather than cut off by the server: an API body sent without
     * its length, so that its caller gets a 413 it can read instead of a closed connection.
     */
    static boolean readsPastTheLimit(String path, long announcedLength) {
        return announcedLength < 0 && path.startsWith("/api/") && limitFor(path) != Long.MAX_VALUE;
    }

    @Inject
    Instance<PageFileLimit> fileLimits;

    /** The limit in megabytes of the one file a form sent to this address carries, when it has one; else null. */
    static Integer fileLimitFor(String path, Iterable<PageFileLimit> limits) {
        for (PageFileLimit limit : limits) {
            if (limit.path().equals(path)) {
                return limit.megabytes();
            }
        }
        return null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limitFor(path);
        if (limit != Long.MAX_VALUE) {
            if (request.getContentLengthLong() > limit) {
                // The error page says how much was sent and how much the page takes, not only "too large".
                request.setAttribute(SENT_BYTES, request.getContentLengthLong());
                request.setAttribute(LIMIT_MEGABYTES, limit / (1024 * 1024));
                request.setAttribute(FILE_LIMIT_MEGABYTES, fileLimitFor(path, fileLimits));
                refuse(path, limit, request.getContentLengthLong(), languageOf(request.getHeader("Accept-Language")),
                        response);
                return;
            }
            if (readsPastTheLimit(path, request.getContentLengthLong())) {
                // The API answers a body past its limit itself (413); the server's cut-off stays wider.
                chain.doFilter(new LimitedBodyRequest(request, limit), response);
                return;
            }
            ServletRequestContext context = ServletRequestContext.current();
            if (context != null) {
                context.getExchange().setMaxEntitySize(limit);
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(String path, long limit, long sentBytes, Locale locale, HttpServletResponse response)
            throws IOException {
        // The body is not read; the server closes the connection after the answer rather than drain it.
        if (!path.startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(tooLargeProblem(locale, limit, sentBytes));
    }

    /**
     * The 413 problem document, written by hand: this runs before JAX-RS, or outside it. {@code sentBytes} is the
     * body's announced length, said beside the limit; -1 when it was not announced.
     */
    static String tooLargeProblem(Locale locale, long limit, long sentBytes) {
        String title = Messages.get(locale, "error.tooLarge.title");
        String detail = tooLargeDetail(locale, limit, sentBytes);
        return "{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":413,\"detail\":" + json(detail)
                + ",\"errors\":[]}";
    }

    /**
     * What a 413 of the API says, with the address's limit: the same words whether the body announced its length
     * (refused here) or was cut off while read (the API's own answer).
     */
    public static String tooLargeDetail(Locale locale, long limit) {
        return limit >= 1024 * 1024 ? Messages.get(locale, "error.tooLarge.api", limit / (1024 * 1024))
                : Messages.get(locale, "error.tooLarge.apiKilobytes", limit / 1024);
    }

    /**
     * What a 413 of the API says of a body whose length was announced ({@code sentBytes}; -1 when it was not): its
     * size, rounded up as every refusal says it, beside the address's limit.
     */
    static String tooLargeDetail(Locale locale, long limit, long sentBytes) {
        if (sentBytes <= limit) {
            return tooLargeDetail(locale, limit);
        }
        FileSize sent = new FileSize(sentBytes);
        return limit >= 1024 * 1024 ? Messages.get(locale, "error.tooLarge.apiSized", sent, limit / (1024 * 1024))
                : Messages.get(locale, "error.tooLarge.apiKilobytesSized", sent, limit / 1024);
    }

    /**
     * The text of the short 413 page written before any page can be (EarlyRequestLimits): what was sent, when its
     * length was announced, and what the address takes.
     */
    static String tooLargePageText(Locale locale, long limit, long sentBytes) {
        if (sentBytes <= limit) {
            return Messages.get(locale, "error.tooLarge.text");
        }
        FileSize sent = new FileSize(sentBytes);
        return limit >= 1024 * 1024 ? Messages.get(locale, "error.tooLarge.sized", sent, limit / (1024 * 1024))
                : Messages.get(locale, "error.tooLarge.sizedKilobytes", sent, limit / 1024);
    }

    /**
     * French unless the Accept-Language header prefers English, as the API decides: the caller's languages by their
     * quality, the first written first among equals, and the first that Tremplin speaks wins ({@code *} is any
     * language, French). A range of quality 0 says "not this one" (RFC 9110, 12.4.2): {@code en;q=0} is never read as
     * English. A range that cannot be read is passed over; {@code en_US}, as some clients write it, is English.
     */
    public static Locale languageOf(String acceptLanguage) {
        if (acceptLanguage == null) {
            return Languages.FRENCH;
        }
        Locale best = Languages.FRENCH;
        double bestQuality = 0;
        for (String range : acceptLanguage.split(",")) {
            String[] parts = range.split(";");
            double quality = quality(parts);
            if (!(quality > bestQuality)) {
                continue;
            }
            String language = parts[0].strip().split("[-_]", 2)[0];
            Locale spoken = language.equalsIgnoreCase("en") ? Languages.ENGLISH
                    : language.equalsIgnoreCase("fr") || language.equals("*") ? Languages.FRENCH : null;
            if (spoken != null) {
                best = spoken;
                bestQuality = quality;
            }
        }
        return best;
    }

    /** A language range's quality, 1 without one; 0 (not wanted) when it cannot be read or is out of range. */
    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("q")) {
                try {
                    double quality = Double.parseDouble(parameter[1].strip().replace("\"", ""));
                    return quality >= 0 && quality <= 1 ? quality : 0;
                } catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static String json(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
