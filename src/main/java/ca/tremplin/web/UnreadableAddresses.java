package ca.tremplin.web;

import ca.tremplin.kernel.Messages;
import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.URLDecodingHandler;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.URLUtils;
import io.undertow.util.UrlDecodeException;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An address whose percent-encoding cannot be read — {@code ?q=%G1}, a "%" at its end, "100%" typed in a search
 * box by a script that did not encode it — answered 400 in words: a problem document on the API, a short page
 * elsewhere, in the caller's language. Undertow's parser, decoding as it reads the request line, answers such a
 * request itself with an empty 400 and closes the connection before any handler of ours runs; so the listeners
 * leave addresses undecoded ({@code decode-url=false}, {@code wildfly-config/tremplin.cli}) and the decoding is done
 * here, in UTF-8, first of the deployment's handlers, as the parser would have done it. A server whose listener
 * still decodes gets nothing from this but the parser's own refusal.
 *
 * <p>The deployment's own decoding handler (its URL encoding, which a server may set) would decode before this
 * and fail the same way without a word: it is left out.
 */
public final class UnreadableAddresses {

    static final String CHARSET = StandardCharsets.UTF_8.name();

    /** Decodes the address and its query, once, as the parser would; does nothing when the listener decoded them. */
    private static final HttpHandler DECODING = new URLDecodingHandler(exchange -> { }, CHARSET);

    private UnreadableAddresses() {
    }

    /** Makes the address be decoded first of all the deployment's handlers, and refused in words when it cannot. */
    static void decodeFirst(DeploymentInfo deployment) {
        deployment.setUrlEncoding(null);
        deployment.addInitialHandlerChainWrapper(WRAPPER);
    }

    private static final HandlerWrapper WRAPPER = next -> exchange -> {
        // Both as sent, never decoded: a "%" that "%25" gave is no unreadable address.
        if (!readable(exchange.getRequestURI(), exchange.getQueryString())) {
            refuse(exchange);
            return;
        }
        DECODING.handleRequest(exchange);
        next.handleRequest(exchange);
    };

    /** Whether an address's path and query, as sent, can be decoded: each "%" followed by two hexadecimal digits. */
    static boolean readable(String path, String query) {
        try {
            StringBuilder buffer = new StringBuilder();
            URLUtils.decode(path == null ? "" : path, CHARSET, true, false, buffer);
            URLUtils.decode(query == null ? "" : query, CHARSET, true, true, buffer);
            return true;
        } catch (UrlDecodeException unreadable) {
            return false;
        }
    }

    private static void refuse(io.undertow.server.HttpServerExchange exchange) {
        Locale locale = RequestSizeFilter.languageOf(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE));
        exchange.setStatusCode(400);
        exchange.getResponseHeaders().put(Headers.VARY, Headers.ACCEPT_LANGUAGE_STRING);
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        if (exchange.getRequestURI().startsWith("/api/")) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json;charset=UTF-8");
            exchange.getResponseSender().send(problem(locale), StandardCharsets.UTF_8);
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html;charset=UTF-8");
        exchange.getResponseSender().send(page(locale), StandardCharsets.UTF_8);
    }

    /** The API's refusal: a problem document (RFC 9457), as every refusal of the API is. */
    static String problem(Locale locale) {
        return "{\"type\":\"about:blank\",\"title\":"
                + Json.createValue(Messages.get(locale, "error.unreadableAddress.title"))
                + ",\"status\":400,\"detail\":" + Json.createValue(Messages.get(locale, "error.unreadableAddress.api"))
                + ",\"errors\":[]}";
    }

    /** A page's refusal: a short page, since the site's error pages are views the address never reached. */
    static String page(Locale locale) {
        String title = escape(Messages.get(locale, "error.unreadableAddress.title"));
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><meta charset=\"utf-8\"><title>" + title
                + "</title><h1>" + title + "</h1><p>" + escape(Messages.get(locale, "error.unreadableAddress.text"))
                + "</p><p><a href=\"/" + locale.getLanguage() + "\">"
                + escape(Messages.get(locale, "error.unreadableAddress.home")) + "</a></p></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
