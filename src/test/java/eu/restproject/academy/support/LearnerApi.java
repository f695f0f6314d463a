package eu.restproject.academy.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What system tests need of the running platform's API: learners, their tokens, and submitted attempts. */
public final class LearnerApi {

    public static final String PASSWORD = "Statistics harbour 2026";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private LearnerApi() {}

    /** A new participant of {@code country} (password {@link #PASSWORD}) and a token for them. */
    public static String participant(String name, String country, String profession) throws Exception {
        String account = "{\"email\":\"" + TestData.email(name) + "\",\"displayName\":\"" + name + "\",\"country\":\""
                + country + "\",\"profession\":\"" + profession + "\",\"password\":\"" + PASSWORD + "\"}";
        HttpResponse<String> opened = send("POST", "/api/v1/accounts", RunningAcademy.ADMIN_TOKEN, account);
        assertEquals(201, opened.statusCode(), opened.body());
        return token(TestData.email(name), PASSWORD);
    }

    public static String token(String email, String password) throws Exception {
        HttpResponse<String> issued = requestToken(email, password);
        assertEquals(201, issued.statusCode(), issued.body());
        Matcher secret = Pattern.compile("\"token\":\"(ra_[A-Za-z0-9_-]+)\"").matcher(issued.body());
        assertTrue(secret.find(), issued.body());
        return secret.group(1);
    }

    /** A submitted attempt: its id and the result the API answered. */
    public record Submitted(long attempt, Map<String, Object> result) {}

    /**
     * Starts an attempt, saves the answers (question id to answer JSON; a case study's path is sent
     * one choice at a time, as the page does) and submits it.
     */
    @SuppressWarnings("unchecked")
    public static Submitted submit(String token, String quiz, Map<String, String> answers) throws Exception {
        HttpResponse<String> started = send("POST", "/api/v1/quizzes/" + quiz + "/attempts", token, "");
        assertEquals(201, started.statusCode(), started.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(started.body());
        assertTrue(id.find(), started.body());
        String attempt = "/api/v1/attempts/" + id.group(1);
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            for (String step : steps(answer.getValue())) {
                HttpResponse<String> saved = send("PUT", attempt + "/answers/" + answer.getKey(), token, step);
                assertEquals(204, saved.statusCode(), answer.getKey() + " " + step + ": " + saved.body());
            }
        }
        HttpResponse<String> submitted = send("POST", attempt + "/submission", token, "");
        assertEquals(200, submitted.statusCode(), submitted.body());
        return new Submitted(Long.parseLong(id.group(1)), (Map<String, Object>) json(submitted.body()));
    }

    /** {@code {"path":["a","b"]}} becomes {@code {"path":["a"]}}, {@code {"path":["a","b"]}}; other answers stay one save. */
    private static List<String> steps(String answer) {
        Matcher path = Pattern.compile("\\{\"path\":\\[(.*)]}").matcher(answer);
        if (!path.matches() || path.group(1).isEmpty()) {
            return List.of(answer);
        }
        String[] choices = path.group(1).split(",");
        return java.util.stream.IntStream.rangeClosed(1, choices.length)
                .mapToObj(n -> "{\"path\":[" + String.join(",", java.util.Arrays.copyOf(choices, n)) + "]}")
                .toList();
    }

    public static Object json(String body) {
        return new org.openqa.selenium.json.Json().toType(body, Object.class);
    }

    public static HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    /** The answer of the token endpoint to an e-mail and password (HTTP Basic), whatever it is. */
    public static HttpResponse<String> requestToken(String email, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(RunningAcademy.url("/api/v1/tokens")))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"system test\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return send(request(method, path, token, body));
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON request to the API, with the bearer token when there is one; for a test to add headers to. */
    public static HttpRequest.Builder request(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningAcademy.url(path)))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }
}
