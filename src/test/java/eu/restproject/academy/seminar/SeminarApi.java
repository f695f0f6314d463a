package eu.restproject.academy.seminar;

import eu.restproject.academy.support.RunningAcademy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The seminar API of the running platform, for system and browser tests: accounts, tokens, seminars, registrations, codes. */
final class SeminarApi {

    static final String PASSWORD = "Check-in lantern 2026";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private SeminarApi() {
    }

    static HttpResponse<String> call(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningAcademy.url(path)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", token.startsWith("Basic ") ? token : "Bearer " + token);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String token(String email, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> issued = expect(201, call("POST", "/api/v1/tokens", basic, "{\"name\":\"check-in test\"}"));
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(issued.body());
        if (!token.find()) {
            throw new AssertionError(issued.body());
        }
        return token.group(1);
    }

    /** A participant of Austria with a known password; returns the e-mail. */
    static String participant(String localPart) {
        String email = localPart + "-" + System.nanoTime() + "@it.example.org";
        expect(201, call("POST", "/api/v1/accounts", RunningAcademy.ADMIN_TOKEN, "{\"email\":\"" + email + "\",\"displayName\":\""
                + localPart + "\",\"country\":\"AT\",\"profession\":\"LAWYER\",\"password\":\"" + PASSWORD + "\"}"));
        return email;
    }

    /** An Austrian seminar whose only session takes check-ins now (from an hour ago, kept within today); returns its id. */
    static long seminarOpenNow(String city, String trainerIds) {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Vienna")).truncatedTo(ChronoUnit.MINUTES);
        LocalTime start = now.getHour() >= 1 ? now.toLocalTime().minusHours(1) : LocalTime.MIDNIGHT;
        LocalTime end = now.getHour() < 21 ? now.toLocalTime().plusHours(2) : LocalTime.of(23, 59);
        return seminar(city, trainerIds, now.toLocalDate().toString(), now.toLocalDate().toString(), start, end);
    }

    static long seminar(String city, String trainerIds, String day, String lastDay, LocalTime start, LocalTime end) {
        String json = "{\"country\":\"AT\",\"texts\":{\"en\":{\"title\":\"Check-in " + city + "\",\"description\":\"\"}},"
                + "\"city\":\"" + city + "\",\"venue\":\"Hall\",\"startsOn\":\"" + day + "\",\"endsOn\":\"" + lastDay + "\","
                + "\"capacity\":50,\"trainerIds\":[" + trainerIds + "],\"sessions\":[{\"date\":\"" + lastDay + "\",\"start\":\"" + start
                + "\",\"end\":\"" + end + "\",\"room\":\"2\",\"hours\":2.5}]}";
        return id(expect(201, call("POST", "/api/v1/seminars", RunningAcademy.ADMIN_TOKEN, json)).body());
    }

    /** The id of the first session in a seminar's JSON. */
    static long firstSession(String seminarJson) {
        Matcher sessions = Pattern.compile("\"sessions\":\\[\\{[^}]*\"id\":(\\d+)").matcher(seminarJson);
        if (!sessions.find()) {
            throw new AssertionError(seminarJson);
        }
        return Long.parseLong(sessions.group(1));
    }

    static long sessionOf(long seminarId) {
        HttpResponse<String> all = expect(200, call("GET", "/api/v1/seminars?country=AT", RunningAcademy.ADMIN_TOKEN, null));
        Matcher seminar = Pattern.compile("\\{\"id\":" + seminarId + ",.*?\"sessions\":\\[\\{[^}]*?\"id\":(\\d+)").matcher(all.body());
        if (!seminar.find()) {
            throw new AssertionError(all.body());
        }
        return Long.parseLong(seminar.group(1));
    }

    static void register(long seminarId, String email) {
        expect(201, call("POST", "/api/v1/seminars/" + seminarId + "/registrations", RunningAcademy.ADMIN_TOKEN,
                "{\"email\":\"" + email + "\"}"));
    }

    static String code(long sessionId) {
        HttpResponse<String> screen = expect(200, call("GET", "/api/v1/sessions/" + sessionId + "/check-in-code", RunningAcademy.ADMIN_TOKEN, null));
        Matcher code = Pattern.compile("\"code\":\"([A-Z0-9]{6})\"").matcher(screen.body());
        if (!code.find()) {
            throw new AssertionError("no code: " + screen.body());
        }
        return code.group(1);
    }

    static long id(String json) {
        Matcher id = ID.matcher(json);
        if (!id.find()) {
            throw new AssertionError(json);
        }
        return Long.parseLong(id.group(1));
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + " from " + response.request().method() + " " + response.uri() + ", got "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
