package eu.restproject.academy.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.content.Bundles;
import eu.restproject.academy.support.RunningAcademy;
import eu.restproject.academy.support.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the statistics system and browser tests need of the running platform's API: a quiz, learners, tokens, submitted attempts. */
final class StatisticsApi {

    static final String PASSWORD = "Statistics harbour 2026";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private StatisticsApi() {
    }

    static void publishQuiz(String moduleId) throws Exception {
        HttpResponse<String> upload = Bundles.publishThroughApi(moduleId + ".zip", Bundles.withQuiz(moduleId, "1.0.0", "new", Bundles.QUIZ));
        assertTrue(upload.statusCode() == 201 || upload.statusCode() == 200, upload.body());
    }

    /** A new participant of {@code country} and a token for them. */
    static String participant(String name, String country, String profession) throws Exception {
        String account = "{\"email\":\"" + TestData.email(name) + "\",\"displayName\":\"" + name + "\",\"country\":\"" + country
                + "\",\"profession\":\"" + profession + "\",\"password\":\"" + PASSWORD + "\"}";
        HttpResponse<String> opened = send("POST", "/api/v1/accounts", RunningAcademy.ADMIN_TOKEN, account);
        assertEquals(201, opened.statusCode(), opened.body());
        return token(TestData.email(name), PASSWORD);
    }

    static String token(String email, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> issued = CLIENT.send(HttpRequest.newBuilder(URI.create(RunningAcademy.url("/api/v1/tokens")))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"statistics test\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, issued.statusCode(), issued.body());
        Matcher secret = Pattern.compile("\"token\":\"(ra_[A-Za-z0-9_-]+)\"").matcher(issued.body());
        assertTrue(secret.find(), issued.body());
        return secret.group(1);
    }

    /** Starts an attempt, saves the answers (question id to answer JSON) and submits it. */
    static void submit(String token, String quiz, Map<String, String> answers) throws Exception {
        HttpResponse<String> started = send("POST", "/api/v1/quizzes/" + quiz + "/attempts", token, "");
        assertEquals(201, started.statusCode(), started.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(started.body());
        assertTrue(id.find(), started.body());
        String attempt = "/api/v1/attempts/" + id.group(1);
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            assertEquals(204, send("PUT", attempt + "/answers/" + answer.getKey(), token, answer.getValue()).statusCode());
        }
        assertEquals(200, send("POST", attempt + "/submission", token, "").statusCode());
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    private static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningAcademy.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
