package ca.tremplin.web;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.session.SessionManager;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.spec.ServletContextImpl;
import ca.tremplin.kernel.Messages;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A request body's limit set as the request arrives, before the sign-in mechanism or any filter runs. Jakarta
 * Security answers an anonymous request to a back-office address by saving it, its form fields included, to
 * replay after sign-in: without this, anyone could make the server read and keep in a new session a post as large
 * as the listener admits. Here the body of an anonymous request to {@code /admin/} or {@code /api/staff/} (one
 * that carries no session cookie, or one naming no session the server holds) may not exceed
 * {@value #ANONYMOUS_BACK_OFFICE_LIMIT} bytes; every other request gets its address's limit
 * ({@link RequestSizeFilter#limitFor}) as the most the server will read.
 *
 * <p>An anonymous back-office request announcing a larger body is refused at once with 413, unread: a problem
 * document under {@code /api/staff/}, a short page under {@code /admin/} (whose own error page needs a sign-in
 * first). Any other announced oversized body goes on to {@link RequestSizeFilter}, which answers with the error
 * page or a problem document before anything reads it. Registered as an Undertow servlet extension
 * ({@code META-INF/services/io.undertow.servlet.ServletExtension}).
 */
public class EarlyRequestLimits implements ServletExtension {

    static final long ANONYMOUS_BACK_OFFICE_LIMIT = 64L * 1024;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        String contextPath = "/".equals(deployment.getContextPath()) ? "" : deployment.getContextPath();
        String sessionCookie = deployment.getServletSessionConfig() == null
                || deployment.getServletSessionConfig().getName() == null
                ? "JSESSIONID" : deployment.getServletSessionConfig().getName();
        deployment.addInitialHandlerChainWrapper(new Wrapper(contextPath, sessionCookie,
                sessionId -> holdsSession(servletContext, sessionId)));
        // Added last, so run first: the limits read the address decoded ("/api/st%61ff/" is the staff API).
        UnreadableAddresses.decodeFirst(deployment);
    }

    /**
     * Whether this server (or, clustered, any server of the cluster) holds the session a cookie names: a cookie
     * anyone can make up ("JSESSIONID=x") does not make its request a signed-in one's. The cookie's value is the
     * session's id, followed in a cluster by "." and the node the balancer sends it to.
     */
    private static boolean holdsSession(ServletContext servletContext, String cookieValue) {
        int route = cookieValue.indexOf('.');
        String sessionId = route < 0 ? cookieValue : cookieValue.substring(0, route);
        SessionManager sessions = ((ServletContextImpl) servletContext).getDeployment().getSessionManager();
        return !sessionId.isEmpty() && sessions != null && sessions.getSession(sessionId) != null;
    }

    /** The most bytes a request to this path may send before any authentication step reads it. */
    static long limitFor(String path, boolean carriesSessionCookie) {
        if (!carriesSessionCookie && isBackOffice(path)) {
            return ANONYMOUS_BACK_OFFICE_LIMIT;
        }
        return RequestSizeFilter.limitFor(path);
    }

    /**
     * Whether an anonymous request announcing a body this large is refused here: on back-office addresses, where
     * the sign-in mechanism would read it before any filter.
     */
    static boolean refusedEarly(String path) {
        return isBackOffice(path);
    }

    private static boolean isBackOffice(String path) {
        return path.startsWith("/admin/") || path.equals("/admin") || path.startsWith("/api/staff/");
    }

    private record Wrapper(String contextPath, String sessionCookie, Predicate<String> heldSession)
            implements HandlerWrapper {
        @Override
        public HttpHandler wrap(HttpHandler next) {
            return exchange -> {
                String requestPath = exchange.getRequestPath();
                String path = requestPath.startsWith(contextPath) ? requestPath.substring(contextPath.length())
                        : requestPath;
                // Only where the session makes a difference (a back-office request that may carry a body) is the
                // session looked up; every other request keeps its address's limit, cookie or not.
                Cookie cookie = exchange.getRequestCookie(sessionCookie);
                boolean anonymous = cookie == null || isBackOffice(path) && mayCarryABody(exchange)
                        && !heldSession.test(cookie.getValue());
                long limit = limitFor(path, !anonymous);
                if (limit != Long.MAX_VALUE) {
                    if (exchange.getRequestContentLength() <= limit) {
                        // A body sent without its length is cut off here, wherever it is read from; on the API
                        // (but for an anonymous back-office request) further on, once it has been answered with 413.
                        boolean answeredFirst = !(anonymous && refusedEarly(path))
                                && RequestSizeFilter.readsPastTheLimit(path, exchange.getRequestContentLength());
                        exchange.setMaxEntitySize(answeredFirst ? limit * RequestSizeFilter.DRAINED_PAST_THE_LIMIT
                                : limit);
                    } else if (anonymous && refusedEarly(path)) {
                        refuse(exchange, path, limit);
                        return;
                    }
                    // Else an announced oversized body that no authentication step reads (a public address, or a
                    // session's): RequestSizeFilter answers it with the error page or a problem document before
                    // anything reads the body (the server, told the limit here, would close the connection at once).
                }
                next.handleRequest(exchange);
            };
        }
    }

    private static boolean mayCarryABody(HttpServerExchange exchange) {
        HttpString method = exchange.getRequestMethod();
        return !Methods.GET.equals(method) && !Methods.HEAD.equals(method) && !Methods.OPTIONS.equals(method);
    }

    /** 413 without reading the body: a problem document on the API, a short page in the caller's language elsewhere. */
    private static void refuse(HttpServerExchange exchange, String path, long limit) {
        Locale locale = RequestSizeFilter.languageOf(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE));
        exchange.setPersistent(false);
        exchange.setStatusCode(413);
        if (path.startsWith("/api/")) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json;charset=UTF-8");
            exchange.getResponseSender().send(RequestSizeFilter.tooLargeProblem(locale, limit,
                    exchange.getRequestContentLength()), StandardCharsets.UTF_8);
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html;charset=UTF-8");
        exchange.getResponseSender().send("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><meta charset=\"utf-8\">"
                + "<title>" + escape(Messages.get(locale, "error.tooLarge.title")) + "</title><h1>"
                + escape(Messages.get(locale, "error.tooLarge.title")) + "</h1><p>"
                + escape(RequestSizeFilter.tooLargePageText(locale, limit, exchange.getRequestContentLength()))
                + "</p></html>", StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
