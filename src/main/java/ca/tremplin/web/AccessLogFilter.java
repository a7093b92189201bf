package ca.tremplin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * One log line per request: method, path (never the query string, which may carry e-mails or tokens; and a
 * token that is part of the path, as in a bulk e-mail's one-click unsubscribe address, masked), status, duration,
 * tenant slug and account id. No names, e-mails or addresses: logs hold no personal data.
 * Mapped first in web.xml so that it wraps everything else.
 */
public class AccessLogFilter extends HttpFilter {

    /** Request attributes the signed-in request's filter sets, for the log line: the tenant's slug, the account id. */
    public static final String TENANT_ATTRIBUTE = "tremplin.tenant";
    public static final String USER_ATTRIBUTE = "tremplin.user";

    private static final Logger LOG = Logger.getLogger("ca.tremplin.access");

    /** A showcase profile's address, {@code /fr/vitrine/12-amina-diallo}: the id kept, the name left out. */
    private static final java.util.regex.Pattern PROFILE_NAME =
            java.util.regex.Pattern.compile("^(/(?:fr/vitrine|en/showcase)/\\d+)-[^/?#;]*");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        // Read now: a forward further down the chain changes what the request reports as its address.
        String path = loggedPath(request.getRequestURI());
        try {
            chain.doFilter(request, response);
        } finally {
            if (!path.contains("/jakarta.faces.resource/")) {
                long micros = (System.nanoTime() - start) / 1_000;
                LOG.info(() -> String.format("%s %s status=%d duration_ms=%.1f tenant=%s user=%s",
                        request.getMethod(), path, response.getStatus(), micros / 1000.0,
                        orDash(request.getAttribute(TENANT_ATTRIBUTE)),
                        orDash(request.getAttribute(USER_ATTRIBUTE))));
            }
        }
    }

    /**
     * The path as the log shows it: a token in it replaced by an ellipsis, whoever reads the log must not be able to
     * use it (the one-click unsubscribe address keeps its token in the path because mail programs post to it as
     * written in messages already sent, which must keep working: CASL, 60 days at least). An apprentice's public
     * profile is logged by its id alone: the name its address carries to read well would stay in the logs after the
     * person is erased.
     */
    public static String loggedPath(String path) {
        return path == null ? null
                : PROFILE_NAME.matcher(ca.tremplin.kernel.SecretLinks.withoutSecrets(path)).replaceFirst("$1");
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
