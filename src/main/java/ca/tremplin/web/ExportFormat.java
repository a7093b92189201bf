package ca.tremplin.web;

import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.ShortenedText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The file an export is asked for, from its {@code format} parameter ({@code csv} or {@code xlsx}, in any case). An
 * address without it, or with another, is answered 400 in the reader's language: one message for a format left out
 * (a link copied without its end), another quoting the one given.
 */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The file name's extension, as the format parameter writes it. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format the request asks for; when it names none or one that is not offered, the response is already a 400
     * that says so, and nothing is to be written.
     */
    public static Optional<ExportFormat> read(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        String asked = request.getParameter("format");
        String given = asked == null ? "" : asked.strip();
        for (ExportFormat format : values()) {
            if (format.extension().equalsIgnoreCase(given)) {
                return Optional.of(format);
            }
        }
        refuse(response, given.isEmpty()
                ? Messages.get(locale, "export.formatMissing")
                : Messages.get(locale, "report.unknownFormat", ShortenedText.of(given, 40)));
        return Optional.empty();
    }

    /** A 400 whose body is the message alone, as the export links' other refusals are. */
    public static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(message);
    }
}
