package ca.tremplin.web;

import ca.tremplin.kernel.Messages;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A problem document (RFC 9457) written by a filter or a servlet, outside JAX-RS, in the caller's language: the same
 * shape as the API's own refusals ({@code api.Problem}).
 */
public final class ProblemDocument {

    private ProblemDocument() {
    }

    public static void write(HttpServletResponse response, int status, Locale locale, String titleKey,
                             String detailKey) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":"
                + Json.createValue(Messages.get(locale, titleKey)) + ",\"status\":" + status
                + ",\"detail\":" + Json.createValue(Messages.get(locale, detailKey)) + ",\"errors\":[]}");
    }
}
