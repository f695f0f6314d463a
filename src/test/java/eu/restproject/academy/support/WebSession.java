package eu.restproject.academy.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps the session cookie (which is Secure, so java.net's cookie
 * manager would not send it over plain http), follows redirects itself, and posts Faces forms.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces (with CSP on) expects the page's nonce back with every post, as its script sends it. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'");

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String language;
    private String forwardedFor;

    public WebSession(String language) {
        this.language = language;
    }

    public WebSession() {
        this("en");
    }

    /**
     * Requests as if from {@code address}: the running platform trusts this machine as a reverse
     * proxy (see {@link RunningAcademy}), so the address sent in {@code X-Forwarded-For} counts.
     */
    public WebSession from(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** A response, after any redirects were followed. */
    public record Page(int status, String body, java.net.http.HttpHeaders headers, String path) {
        public String viewState() {
            Matcher matcher = VIEW_STATE.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No Faces view state on " + path + ":\n" + body);
            }
            return matcher.group(1).replace("&#58;", ":");
        }

        public String nonce() {
            Matcher matcher = NONCE.matcher(body);
            return matcher.find() ? matcher.group(1) : "";
        }
    }

    public Page get(String path) {
        return get(path, Map.of());
    }

    public Page get(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).GET();
        headers.forEach(builder::header);
        return send(builder, path);
    }

    /**
     * Posts the form {@code formId} of {@code page} as a browser would when its button
     * {@code button} is pressed; {@code fields} are named without the form prefix.
     */
    public Page submit(Page page, String formId, String button, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, button);
        form.put("jakarta.faces.ViewState", page.viewState());
        form.put("primefaces.nonce", page.nonce());
        return post(page.path(), form, Map.of());
    }

    public Page post(String path, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder, path);
    }

    /** A request with any method and no body, such as a PUT that carries a form in its query string. */
    public Page send(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()), path);
    }

    /** Posts {@code content} as the file field {@code field} of a multipart form, as a browser uploads a file. */
    public Page upload(String path, String field, byte[] content) {
        String boundary = "academy-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                        + "\"; filename=\"upload.bin\"\r\n" + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        // "Expect: 100-continue": a server that refuses the upload by its length answers before the body is
        // sent, instead of closing the connection while tens of megabytes are still on their way.
        return send(
                request(path)
                        .version(HttpClient.Version.HTTP_1_1)
                        .expectContinue(true)
                        .timeout(Duration.ofMinutes(2))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.concat(
                                HttpRequest.BodyPublishers.ofByteArray(head),
                                HttpRequest.BodyPublishers.ofByteArray(content),
                                HttpRequest.BodyPublishers.ofByteArray(tail))),
                path);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(RunningAcademy.url(path)))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", language);
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Page send(HttpRequest.Builder builder, String path) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String[] pair = header.split(";", 2)[0].split("=", 2);
                cookies.put(pair[0].strip(), pair.length > 1 ? pair[1] : "");
            }
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303) {
                String location = response.headers().firstValue("Location").orElseThrow();
                URI target = URI.create(RunningAcademy.url("/")).resolve(location);
                String next = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
                return send(request(next).GET(), next);
            }
            return new Page(status, response.body(), response.headers(), path);
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
