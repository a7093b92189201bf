package ca.tremplin.web;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page's request that says it carries a form as "multipart/form-data" (a file upload's) and whose body cannot be
 * read as one: cut short, without its boundary, or a GET that announces one and sends nothing, as scanners and broken
 * clients do. Faces fails reading its parameters and so does the error page, which left a 500 with no page; the
 * failure is answered here instead, with a 400 and a short page in the visitor's language. The API reads its own
 * bodies and is left to JAX-RS.
 */
public class UnreadableFormFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(UnreadableFormFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (type == null || !type.regionMatches(true, 0, "multipart/form-data", 0, 19) || path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        // Read now: a forward to the page's view changes the request's address until it returns.
        Locale language = languageOf(request);
        // The body is read where the page's servlet is known (an address like /fr/programmes is forwarded to its
        // view first): its failure is caught here, on its way out, before anything of the page was written.
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!unreadableForm(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.log(Level.FINE, "Unreadable form sent to {0}: {1}", new Object[] {path, failure.toString()});
            response.resetBuffer();
            refuse(request, response, language);
        }
    }

    /**
     * Undertow's failure to read a multipart body (UT000036, "Connection terminated parsing multipart data", and its
     * other refusals of a malformed one), not a body past its size limit (UT000020), which the 413 page answers.
     */
    static boolean unreadableForm(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("UT000020") || cause.getClass().getSimpleName().equals("RequestTooBigException")) {
                return false;
            }
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().startsWith("io.undertow.server.handlers.form.MultiPartParserDefinition")) {
                    return cause instanceof IOException;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Locale language)
            throws IOException {
        String title = Messages.get(language, "error.unreadable.title");
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // A page of its own, without Faces: Faces would read the same body again, and fail again.
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head>"
                + "<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + html(title) + " — Tremplin</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/jakarta.faces.resource/css/tremplin.css.xhtml\"></head><body><main id=\"content\">"
                + "<section class=\"narrow-card error-page\"><h1 id=\"error-title\">" + html(title) + "</h1><p>"
                + html(Messages.get(language, "error.unreadable.text")) + "</p><p><a href=\""
                + request.getContextPath() + "/" + Languages.code(language) + "\">"
                + html(Messages.get(language, "error.backHome"))
                + "</a></p></section></main></body></html>");
    }

    /** The language of the page's address ({@code /en/…}), else of the visitor's choice, else of their browser. */
    static Locale languageOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/en/") || path.startsWith("/fr/")) {
            return Languages.fromTag(path.substring(1, 3));
        }
        return LanguageSwitchFilter.cookieLanguage(request)
                .orElseGet(() -> RequestSizeFilter.languageOf(request.getHeader("Accept-Language")));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
