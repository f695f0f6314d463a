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
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/** The seminar API of the running platform, for system and browser tests: accounts, tokens, seminars, registrations, codes. */
final class SeminarApi {

    static final String PASSWORD = "Check-in lantern 2026";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Json JSON = new Json();

    private SeminarApi() {}

    static HttpResponse<String> call(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningAcademy.url(path)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
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
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> issued =
                expect(201, call("POST", "/api/v1/tokens", basic, "{\"name\":\"check-in test\"}"));
        return (String) object(issued).get("token");
    }

    /** A participant of Austria with a known password; returns the e-mail. */
    static String participant(String localPart) {
        String email = localPart + "-" + System.nanoTime() + "@it.example.org";
        expect(
                201,
                call(
                        "POST",
                        "/api/v1/accounts",
                        RunningAcademy.ADMIN_TOKEN,
                        "{\"email\":\"" + email + "\",\"displayName\":\"" + localPart
                                + "\",\"country\":\"AT\",\"profession\":\"LAWYER\",\"password\":\"" + PASSWORD
                                + "\"}"));
        return email;
    }

    /**
     * An Austrian seminar whose only session takes check-ins now, whatever the time of day: it began
     * an hour ago (or at midnight), ends within today, and takes check-ins until four hours after its
     * end, which may be after midnight. Returns its id.
     */
    static long seminarOpenNow(String city, String trainerIds) {
        ZonedDateTime now = viennaNow();
        LocalTime end = now.getHour() < 21 ? now.toLocalTime().plusHours(2) : LocalTime.of(23, 59);
        String day = now.toLocalDate().toString();
        return seminar(city, trainerIds, day, day, day, openNowStart(), end, ",\"closesMinutesAfter\":240");
    }

    /** When {@link #seminarOpenNow}'s session began. */
    static LocalTime openNowStart() {
        ZonedDateTime now = viennaNow();
        return now.getHour() >= 1 ? now.toLocalTime().minusHours(1) : LocalTime.MIDNIGHT;
    }

    /** What a check-in now records in {@link #seminarOpenNow}'s session: late after the 15 minutes' grace. */
    static String statusOfACheckInNow() {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Vienna"));
        return now.toLocalTime().isAfter(openNowStart().plusMinutes(15)) ? "LATE" : "PRESENT";
    }

    private static ZonedDateTime viennaNow() {
        return ZonedDateTime.now(ZoneId.of("Europe/Vienna")).truncatedTo(ChronoUnit.MINUTES);
    }

    static long seminar(String city, String trainerIds, String day, String lastDay, LocalTime start, LocalTime end) {
        return seminar(city, trainerIds, day, lastDay, lastDay, start, end, "");
    }

    /** A seminar with one session on {@code sessionDay}; {@code settings} adds JSON members such as {@code ,"graceMinutes":5}. */
    static long seminar(
            String city,
            String trainerIds,
            String day,
            String lastDay,
            String sessionDay,
            LocalTime start,
            LocalTime end,
            String settings) {
        String json =
                "{\"country\":\"AT\",\"texts\":{\"en\":{\"title\":\"Check-in " + city + "\",\"description\":\"\"}},"
                        + "\"city\":\"" + city + "\",\"venue\":\"Hall\",\"startsOn\":\"" + day + "\",\"endsOn\":\""
                        + lastDay + "\","
                        + "\"capacity\":50,\"trainerIds\":[" + trainerIds + "],\"sessions\":[{\"date\":\"" + sessionDay
                        + "\",\"start\":\"" + start
                        + "\",\"end\":\"" + end + "\",\"room\":\"2\",\"hours\":2.5}]" + settings + "}";
        return id(expect(201, call("POST", "/api/v1/seminars", RunningAcademy.ADMIN_TOKEN, json))
                .body());
    }

    static Map<String, Object> object(HttpResponse<String> response) {
        return JSON.toType(response.body(), Json.MAP_TYPE);
    }

    static List<Map<String, Object>> list(HttpResponse<String> response) {
        return JSON.toType(response.body(), Json.LIST_OF_MAPS_TYPE);
    }

    /** The id of a seminar's first session. */
    @SuppressWarnings("unchecked")
    static long sessionOf(long seminarId) {
        for (Map<String, Object> seminar :
                list(expect(200, call("GET", "/api/v1/seminars?country=AT", RunningAcademy.ADMIN_TOKEN, null)))) {
            if (((Number) seminar.get("id")).longValue() == seminarId) {
                List<Map<String, Object>> sessions = (List<Map<String, Object>>) seminar.get("sessions");
                return ((Number) sessions.get(0).get("id")).longValue();
            }
        }
        throw new AssertionError("no seminar " + seminarId);
    }

    static void register(long seminarId, String email) {
        expect(
                201,
                call(
                        "POST",
                        "/api/v1/seminars/" + seminarId + "/registrations",
                        RunningAcademy.ADMIN_TOKEN,
                        "{\"email\":\"" + email + "\"}"));
    }

    static String code(long sessionId) {
        HttpResponse<String> screen = expect(
                200, call("GET", "/api/v1/sessions/" + sessionId + "/check-in-code", RunningAcademy.ADMIN_TOKEN, null));
        Object code = object(screen).get("code");
        if (code == null) {
            throw new AssertionError("no code: " + screen.body());
        }
        return (String) code;
    }

    static long id(String json) {
        Map<String, Object> object = JSON.toType(json, Json.MAP_TYPE);
        return ((Number) object.get("id")).longValue();
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError(
                    "expected " + status + " from " + response.request().method() + " " + response.uri() + ", got "
                            + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
