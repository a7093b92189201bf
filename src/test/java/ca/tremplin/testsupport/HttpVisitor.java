package ca.tremplin.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor of the deployed application over plain HTTP, as a browser without JavaScript: it follows no redirect,
 * keeps its session cookie, and signs in through the sign-in form like anyone else.
 */
public final class HttpVisitor {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private boolean scriptsRun = true;
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(java.time.Duration.ofSeconds(10)).build();
    private final URL base;
    private String session;

    /** @param base the deployment's address, ending with a slash ({@code @ArquillianResource URL}) */
    public HttpVisitor(URL base) {
        this.base = base;
    }

    public HttpResponse<String> get(String address) throws IOException, InterruptedException {
        return get(address, Map.of());
    }

    /** Opens a page with the given headers besides (e.g. the Referer of a link followed from another page). */
    public HttpResponse<String> get(String address, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + address)).timeout(TIMEOUT);
        headers.forEach(request::header);
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        HttpResponse<String> response = sendIdempotent(request.build(), HttpResponse.BodyHandlers.ofString());
        rememberSession(response);
        return response;
    }

    /**
     * Sends a GET, once more if the connection the client reused was closed by the server as the request went out:
     * a server may close a kept-alive connection at any time, and a client then repeats an idempotent request
     * (RFC 9112, 9.3.1). A server that does not answer fails the second time too.
     */
    private <T> HttpResponse<T> sendIdempotent(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        try {
            return http.send(request, body);
        } catch (IOException closedUnderUs) {
            return http.send(request, body);
        }
    }

    /** Posts a body with this visitor's session and the given headers (e.g. an Origin). */
    public HttpResponse<String> post(String address, String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + address)).timeout(TIMEOUT)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        rememberSession(response);
        return response;
    }

    /** A download, as bytes. */
    public HttpResponse<byte[]> getBytes(String address) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + address)).timeout(TIMEOUT);
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return sendIdempotent(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Names this session from now on, as a browser still holding its cookie does: one the server may no longer hold
     * (it timed out, or the server restarted).
     */
    public HttpVisitor withSession(String sessionId) {
        session = sessionId;
        return this;
    }

    /** Posts the sign-in form; returns the answer to the post (a redirect when the password was right). */
    /** The session cookie this visitor sends ("JSESSIONID=..."), for a request made by other means. */
    public String sessionCookie() {
        return "JSESSIONID=" + session;
    }

    public HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("signin.xhtml");
        Matcher state = VIEW_STATE.matcher(form.body());
        if (!state.find()) {
            throw new AssertionError("The sign-in form has no view state: " + form.body());
        }
        String body = String.join("&", "signin=signin", "signin%3Aemail=" + encode(email),
                "signin%3Apassword=" + encode(password), "signin%3Asubmit=",
                "jakarta.faces.ViewState=" + encode(state.group(1)));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "signin.xhtml")).timeout(TIMEOUT)
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        rememberSession(signedIn);
        return signedIn;
    }

    /**
     * Posts as a browser whose scripts did not run: without what PrimeFaces' script adds to a post (the page's
     * Content Security Policy nonce).
     */
    public HttpVisitor withoutScripts() {
        scriptsRun = false;
        return this;
    }

    /**
     * Opens a page and posts one of its forms: the form's view state, the given fields (by their full client ids)
     * and the button pressed, and (unless {@link #withoutScripts}) the nonce PrimeFaces' script adds. Returns the
     * answer to the post.
     */
    public HttpResponse<String> submit(String address, String formId, java.util.Map<String, String> fields,
                                       String button) throws IOException, InterruptedException {
        return send(form(address, formId, fields, button));
    }

    /**
     * Opens a page and prepares the post of one of its forms, as {@link #submit} sends it, without sending it: a
     * double click sends the same post twice.
     */
    public HttpRequest form(String address, String formId, java.util.Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        return form(address, formId, fields, button, page -> Map.of());
    }

    /**
     * As {@link #form(String, String, Map, String)}, with fields read from the page that was opened besides: a hidden
     * field the page rendered (a submission's token), sent as a browser sends it.
     */
    public HttpRequest form(String address, String formId, java.util.Map<String, String> fields, String button,
                            java.util.function.Function<String, Map<String, String>> fromPage)
            throws IOException, InterruptedException {
        String page = get(address).body();
        java.util.Map<String, String> sent = new java.util.LinkedHashMap<>(fields);
        sent.putAll(fromPage.apply(page));
        return formOn(address, page, formId, sent, button);
    }

    /**
     * As {@link #form}, on a page already shown ({@code page}, the answer to an earlier post at {@code address}): the
     * next step of the same view, whose view-scoped state the post finds as that page left it.
     */
    public HttpRequest formOn(String address, String page, String formId, java.util.Map<String, String> fields,
                              String button) {
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new AssertionError("The page has no view state: " + page);
        }
        StringBuilder body = new StringBuilder(encode(formId) + "=" + encode(formId));
        // PrimeFaces' Content Security Policy wants the page's nonce back with every post (its script adds it).
        Matcher nonce = NONCE.matcher(page);
        if (scriptsRun && nonce.find()) {
            body.append("&primefaces.nonce=").append(encode(nonce.group(1)));
        }
        fields.forEach((name, value) -> body.append('&').append(encode(name)).append('=').append(encode(value)));
        body.append('&').append(encode(button)).append("=&jakarta.faces.ViewState=").append(encode(state.group(1)));
        return HttpRequest.newBuilder(URI.create(base + address)).timeout(TIMEOUT)
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    /** Sends a prepared post, in this visitor's session. */
    public HttpResponse<String> send(HttpRequest post) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(post, HttpResponse.BodyHandlers.ofString());
        rememberSession(answer);
        return answer;
    }

    /** A file as a browser sends it in a form: its name, its announced type, its bytes. */
    public record FilePart(String field, String fileName, String contentType, byte[] bytes) {
    }

    /**
     * Opens a page and posts one of its multipart forms (a file field) as a browser without JavaScript would: the
     * view state, the given fields, the file, and the button pressed, each a part of the body, as UTF-8. The file's
     * name goes into its part's header as given, quotes and line breaks included, as a hostile client could send it.
     */
    public HttpResponse<String> submitMultipart(String address, String formId, Map<String, String> fields,
                                                FilePart file, String button) throws IOException, InterruptedException {
        HttpResponse<String> page = get(address);
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new AssertionError("The page has no view state: " + page.statusCode() + " "
                    + page.headers().firstValue("Location").orElse("") + " " + page.body());
        }
        String boundary = "----TremplinTest" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put(formId, formId);
        Matcher nonce = NONCE.matcher(page.body());
        if (scriptsRun && nonce.find()) {
            parts.put("primefaces.nonce", nonce.group(1));
        }
        parts.putAll(fields);
        parts.put(button, "");
        parts.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        for (Map.Entry<String, String> part : parts.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey()
                    + "\"\r\n\r\n" + part.getValue() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(file.bytes());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + address)).timeout(TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        rememberSession(answer);
        return answer;
    }

    /**
     * True when a page shows a stack trace: a frame ({@code (Page.java:42)}), a cause, or an exception's message
     * line — not the mere name of an exception class, which PrimeFaces' settings script carries on every page.
     */
    public static boolean showsATrace(String body) {
        return TRACE.matcher(body).find();
    }

    private static final Pattern TRACE = Pattern.compile("\\.java:\\d+\\)|Caused by:|[A-Za-z]+(Exception|Error): ");

    /** Session cookies are marked Secure, which java.net's cookie handling keeps from plain HTTP: kept by hand. */
    private void rememberSession(HttpResponse<?> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher id = SESSION.matcher(cookie);
            if (id.find()) {
                session = id.group(1);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
