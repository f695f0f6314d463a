package eu.restproject.academy.seminar;

import static eu.restproject.academy.seminar.SeminarApi.call;
import static eu.restproject.academy.seminar.SeminarApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.RunningAcademy;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seminar and check-in API of the packaged platform: status codes and scope, with seminars created through it. */
@ExtendWith(RunningAcademy.class)
class SeminarApiSystemIT {

    private static final String ADMIN = RunningAcademy.ADMIN_TOKEN;
    private static long seminar;
    private static long session;
    private static String participantToken;
    private static String strangerToken;

    @BeforeAll
    static void aSeminarOpenNowWithTwoParticipants() {
        seminar = SeminarApi.seminarOpenNow("Testville-api", "");
        session = SeminarApi.sessionOf(seminar);
        String participant = SeminarApi.participant("api-participant");
        SeminarApi.register(seminar, participant);
        participantToken = SeminarApi.token(participant, SeminarApi.PASSWORD);
        strangerToken = SeminarApi.token(SeminarApi.participant("api-stranger"), SeminarApi.PASSWORD);
    }

    @Test
    void withoutATokenEverythingIs401() {
        assertEquals(401, call("GET", "/api/v1/seminars", null, null).statusCode());
        assertEquals(
                401,
                call("GET", "/api/v1/seminars/" + seminar + "/attendance", null, null)
                        .statusCode());
        assertEquals(
                401,
                call("POST", "/api/v1/sessions/" + session + "/check-ins", null, "{\"code\":\"ABC123\"}")
                        .statusCode());
        assertEquals(
                401, call("POST", "/api/v1/seminars", "ra_not-a-token", "{}").statusCode());
    }

    @Test
    void participantsGetNoStaffLists() {
        assertEquals(
                403, call("GET", "/api/v1/seminars", participantToken, null).statusCode());
        HttpResponse<String> attendance =
                call("GET", "/api/v1/seminars/" + seminar + "/attendance", participantToken, null);
        assertEquals(403, attendance.statusCode());
        assertFalse(attendance.body().contains("@it.example.org"), attendance.body());
        assertEquals(
                403,
                call("GET", "/api/v1/sessions/" + session + "/check-in-code", participantToken, null)
                        .statusCode());
    }

    @Test
    void aCoordinatorOfAnotherCountrySeesNeitherTheSeminarNorItsAttendance() {
        String france = SeminarApi.token("coordinator.fr@example.org", RunningAcademy.DEMO_PASSWORD);
        List<Map<String, Object>> own = SeminarApi.list(expect(200, call("GET", "/api/v1/seminars", france, null)));
        assertFalse(own.isEmpty(), "the French demo seminar");
        assertTrue(own.stream().allMatch(s -> "FR".equals(s.get("country"))), own.toString());
        assertEquals(
                403, call("GET", "/api/v1/seminars?country=AT", france, null).statusCode());
        HttpResponse<String> attendance = call("GET", "/api/v1/seminars/" + seminar + "/attendance", france, null);
        assertEquals(403, attendance.statusCode());
        assertTrue(attendance.body().contains("error.access.otherCountry"), attendance.body());
        assertEquals(
                403,
                call(
                                "POST",
                                "/api/v1/seminars",
                                france,
                                "{\"country\":\"AT\",\"texts\":{\"en\":{\"title\":\"x\"}},"
                                        + "\"city\":\"Testville-x\",\"venue\":\"v\",\"startsOn\":\"2030-01-01\",\"endsOn\":\"2030-01-01\",\"capacity\":5,"
                                        + "\"sessions\":[{\"date\":\"2030-01-01\",\"start\":\"09:00\",\"end\":\"10:00\",\"room\":\"1\",\"hours\":1}]}")
                        .statusCode());
        assertEquals(
                404,
                call("GET", "/api/v1/seminars/999999999/attendance", france, null)
                        .statusCode());
    }

    @Test
    void checkingInTwiceGives201Then200AndOneEntry() {
        String email = SeminarApi.participant("api-twice");
        SeminarApi.register(seminar, email);
        String token = SeminarApi.token(email, SeminarApi.PASSWORD);
        String body = "{\"code\":\"" + SeminarApi.code(session) + "\"}";
        Map<String, Object> first =
                SeminarApi.object(expect(201, call("POST", "/api/v1/sessions/" + session + "/check-ins", token, body)));
        assertEquals(Boolean.FALSE, first.get("repeated"));
        assertEquals(SeminarApi.statusOfACheckInNow(), first.get("status"), "late after the grace time: " + first);
        Map<String, Object> again =
                SeminarApi.object(expect(200, call("POST", "/api/v1/sessions/" + session + "/check-ins", token, body)));
        assertEquals(Boolean.TRUE, again.get("repeated"));

        List<Map<String, Object>> entries =
                SeminarApi.list(expect(200, call("GET", "/api/v1/seminars/" + seminar + "/attendance", ADMIN, null)));
        List<Map<String, Object>> mine =
                entries.stream().filter(e -> email.equals(e.get("email"))).toList();
        assertEquals(1, mine.size(), entries.toString());
        assertEquals(first.get("status"), mine.get(0).get("status"));
        assertEquals("CHECK_IN", mine.get(0).get("source"));
        assertEquals(2.5, ((Number) mine.get(0).get("hoursCredited")).doubleValue());
        assertEquals("LAWYER", mine.get(0).get("profession"));
        assertTrue(entries.stream().anyMatch(e -> e.get("status") == null), "the other participant has no mark yet");
    }

    @Test
    void wrongCodesAre422StrangersAre403UnknownSessions404() {
        String wrong = SeminarApi.code(session).equals("ABC234") ? "ABC235" : "ABC234";
        HttpResponse<String> refused = call(
                "POST", "/api/v1/sessions/" + session + "/check-ins", participantToken, "{\"code\":\"" + wrong + "\"}");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("checkin.error.code"), refused.body());
        assertEquals(
                400,
                call("POST", "/api/v1/sessions/" + session + "/check-ins", participantToken, "{\"code\":")
                        .statusCode());
        assertEquals(
                403,
                call(
                                "POST",
                                "/api/v1/sessions/" + session + "/check-ins",
                                strangerToken,
                                "{\"code\":\"" + SeminarApi.code(session) + "\"}")
                        .statusCode());
        assertEquals(
                404,
                call("POST", "/api/v1/sessions/999999999/check-ins", participantToken, "{\"code\":\"ABC234\"}")
                        .statusCode());
    }

    @Test
    void tenWrongCodesThen429WithRetryAfterEvenForTheRightOne() {
        String email = SeminarApi.participant("api-guesser");
        SeminarApi.register(seminar, email);
        String token = SeminarApi.token(email, SeminarApi.PASSWORD);
        String wrong = SeminarApi.code(session).equals("ABC234") ? "ABC235" : "ABC234";
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    422,
                    call("POST", "/api/v1/sessions/" + session + "/check-ins", token, "{\"code\":\"" + wrong + "\"}")
                            .statusCode());
        }
        HttpResponse<String> locked = call(
                "POST",
                "/api/v1/sessions/" + session + "/check-ins",
                token,
                "{\"code\":\"" + SeminarApi.code(session) + "\"}");
        assertEquals(429, locked.statusCode(), locked.body());
        assertTrue(locked.body().contains("\"error\":\"checkin.error.throttled\""), locked.body());
        long retryAfter =
                Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 240 && retryAfter <= 300, "Retry-After " + retryAfter);
    }

    @Test
    void outsideTheWindowIs409() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Vienna"));
        long tomorrow = SeminarApi.seminar(
                "Testville-api-tomorrow",
                "",
                today.toString(),
                today.plusDays(1).toString(),
                LocalTime.of(9, 0),
                LocalTime.of(12, 0));
        long early = SeminarApi.seminar(
                "Testville-api-early",
                "",
                today.minusDays(1).toString(),
                today.toString(),
                today.minusDays(1).toString(),
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                "");
        String email = SeminarApi.participant("api-window");
        SeminarApi.register(tomorrow, email);
        SeminarApi.register(early, email);
        String token = SeminarApi.token(email, SeminarApi.PASSWORD);
        HttpResponse<String> notYet = call(
                "POST",
                "/api/v1/sessions/" + SeminarApi.sessionOf(tomorrow) + "/check-ins",
                token,
                "{\"code\":\"ABC234\"}");
        assertEquals(409, notYet.statusCode());
        assertTrue(notYet.body().contains("checkin.error.notYetOpen"), notYet.body());
        HttpResponse<String> closed = call(
                "POST",
                "/api/v1/sessions/" + SeminarApi.sessionOf(early) + "/check-ins",
                token,
                "{\"code\":\"ABC234\"}");
        assertEquals(409, closed.statusCode());
        assertTrue(closed.body().contains("checkin.error.closed"), closed.body());
    }

    @Test
    void aSeminarWithThreeBadFieldsGetsThreeProblemsInGerman() {
        HttpResponse<String> refused = call(
                "POST",
                "/api/v1/seminars?lang=de",
                ADMIN,
                "{\"country\":\"AT\",\"texts\":{\"en\":{\"title\":\"x\"}},"
                        + "\"city\":\" \",\"venue\":\"v\",\"startsOn\":\"2030-01-01\",\"endsOn\":\"2030-01-02\",\"capacity\":0,"
                        + "\"sessions\":[{\"date\":\"2030-01-01\",\"start\":\"09:00\",\"end\":\"10:00\",\"room\":\"1\",\"hours\":1},"
                        + "{\"date\":\"2030-01-02\",\"start\":\"09:00\",\"end\":\"10:00\",\"room\":\"1\",\"hours\":25}]}");
        assertEquals(422, refused.statusCode(), refused.body());
        String body = refused.body();
        assertTrue(
                body.startsWith(
                        "{\"error\":\"seminar.error.required.city\",\"message\":\"Bitte geben Sie die Stadt an.\""),
                body);
        assertTrue(
                body.contains("\"problems\":[{\"field\":\"city\",\"error\":\"seminar.error.required.city\","
                        + "\"message\":\"Bitte geben Sie die Stadt an.\"}"),
                body);
        assertTrue(
                body.contains("{\"field\":\"capacity\",\"error\":\"seminar.error.capacity\","
                        + "\"message\":\"Die Zahl der Plätze muss zwischen 1 und 10.000 liegen.\"}"),
                body);
        assertTrue(
                body.contains("{\"field\":\"sessions\",\"error\":\"seminar.error.sessionHours\","
                        + "\"message\":\"Einheit 2: Die angerechneten Stunden müssen über 0 und höchstens 24 sein, "
                        + "mit höchstens zwei Dezimalstellen.\"}]"),
                body);
        assertEquals(3, body.split("\"field\"").length - 1, body);
    }

    @Test
    void creatingASeminarFollowsTheRules() {
        HttpResponse<String> endBeforeStart = call(
                "POST",
                "/api/v1/seminars",
                ADMIN,
                "{\"country\":\"AT\",\"texts\":{\"en\":{\"title\":\"x\"}},"
                        + "\"city\":\"Testville-api-bad\",\"venue\":\"v\",\"startsOn\":\"2030-01-02\",\"endsOn\":\"2030-01-01\",\"capacity\":5,"
                        + "\"sessions\":[{\"date\":\"2030-01-01\",\"start\":\"09:00\",\"end\":\"10:00\",\"room\":\"1\",\"hours\":1}]}");
        assertEquals(422, endBeforeStart.statusCode());
        assertTrue(endBeforeStart.body().contains("seminar.error.endBeforeStart"), endBeforeStart.body());
        HttpResponse<String> badDate = call("POST", "/api/v1/seminars", ADMIN, "{\"startsOn\":\"2 January\"}");
        assertEquals(422, badDate.statusCode());
        assertTrue(badDate.body().contains("startsOn"), badDate.body());
        assertEquals(400, call("POST", "/api/v1/seminars", ADMIN, "not json").statusCode());

        List<Map<String, Object>> austria =
                SeminarApi.list(expect(200, call("GET", "/api/v1/seminars?country=AT", ADMIN, null)));
        Map<String, Object> created = austria.stream()
                .filter(s -> ((Number) s.get("id")).longValue() == seminar)
                .findFirst()
                .orElseThrow();
        assertEquals("Testville-api", created.get("city"));
        assertEquals(50L, ((Number) created.get("capacity")).longValue());
        assertTrue(((Number) created.get("seatsTaken")).longValue() >= 1);
        assertEquals("Check-in Testville-api", ((Map<?, ?>) created.get("titles")).get("en"));
        assertEquals(Boolean.FALSE, created.get("cancelled"));
    }

    @Test
    void registeringTwiceIs200() {
        String email = SeminarApi.participant("api-register");
        SeminarApi.register(seminar, email);
        HttpResponse<String> again =
                call("POST", "/api/v1/seminars/" + seminar + "/registrations", ADMIN, "{\"email\":\"" + email + "\"}");
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("REGISTERED"), again.body());
    }
}
