package eu.restproject.academy.learning;

import static eu.restproject.academy.support.LearnerApi.request;
import static eu.restproject.academy.support.LearnerApi.requestToken;
import static eu.restproject.academy.support.LearnerApi.send;
import static eu.restproject.academy.support.LearnerApi.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.content.Bundles;
import eu.restproject.academy.support.RunningAcademy;
import eu.restproject.academy.support.TestData;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The quiz and attempt API of the packaged platform, with accounts and tokens made through the API. */
@ExtendWith(RunningAcademy.class)
class QuizApiSystemIT {

    private static final String QUIZ = "/api/v1/quizzes/it-quizapi:final";
    private static final String PASSWORD = "Quiz api harbour 2026";

    @BeforeAll
    static void publishTheQuiz() throws Exception {
        HttpResponse<String> upload = Bundles.publishThroughApi(
                "it-quizapi.zip", Bundles.withQuiz("it-quizapi", "1.0.0", "new", Bundles.QUIZ));
        assertTrue(upload.statusCode() == 201 || upload.statusCode() == 200, upload.body());
    }

    @Test
    void withoutATokenEveryQuizCallIs401() throws Exception {
        assertEquals(401, send("GET", QUIZ, null, null).statusCode());
        assertEquals(401, send("POST", QUIZ + "/attempts", null, "").statusCode());
        assertEquals(
                401,
                send("PUT", "/api/v1/attempts/1/answers/period", null, "{\"choice\":[\"nobody\"]}")
                        .statusCode());
        assertEquals(401, send("POST", "/api/v1/accounts", null, "{}").statusCode());
    }

    @Test
    void aParticipantSeesTheQuestionsButNoAnswersOrFeedback() throws Exception {
        String token = participant("quizapi-reader");
        HttpResponse<String> quiz = send("GET", QUIZ, token, null);
        assertEquals(200, quiz.statusCode(), quiz.body());
        String body = quiz.body();
        assertTrue(body.contains("\"title\":\"Final case study\""), body);
        assertTrue(
                body.contains("\"passMark\":60")
                        && body.contains("\"timeLimitMinutes\":20")
                        && body.contains("\"attemptsAllowed\":3"),
                body);
        assertTrue(body.contains("\"type\":\"truefalse\"") && body.contains("\"type\":\"case\""), body);
        assertTrue(body.contains("\"id\":\"undocumented\",\"text\":\"Anyone without papers\""), body);
        assertTrue(body.contains("What do you do?") && body.contains("Call the immigration police"), "the start step");
        assertFalse(body.contains("correct"), body);
        assertFalse(body.contains("feedback"), body);
        assertFalse(body.contains("Right: the period"), "no feedback text");
        assertFalse(body.contains("The person asks for time to think."), "later steps only with the attempt");
        assertFalse(body.contains("Help came late.") || body.contains("protected"), "no endings");
        assertFalse(body.contains("ES") || body.contains("variants"), "no country variants");
        assertTrue(
                body.indexOf("\"id\":\"refer\"") < body.indexOf("\"id\":\"identify\""),
                "the items to order (identify, refer) are not offered in their correct order: " + body);
        assertEquals(
                404,
                send("GET", "/api/v1/quizzes/it-quizapi:nothing", token, null).statusCode());
        assertEquals(404, send("GET", "/api/v1/quizzes/no-colon", token, null).statusCode());
    }

    @Test
    void startAutosaveResumeAndSubmitTwice() throws Exception {
        String token = participant("quizapi-learner");
        HttpResponse<String> started = send("POST", QUIZ + "/attempts", token, "");
        assertEquals(201, started.statusCode(), started.body());
        String attempt = "/api/v1/attempts/" + number(started.body(), "id");
        assertTrue(started.body().contains("\"deadline\":"), started.body());

        assertEquals(
                204,
                send("PUT", attempt + "/answers/period", token, "{\"choice\":[\"nobody\"]}")
                        .statusCode());
        String essay = "<script>alert(1)</script> \\\"quoted\\\"";
        assertEquals(
                204,
                send("PUT", attempt + "/answers/essay", token, "{\"text\":\"" + essay + "\"}")
                        .statusCode());
        assertEquals(
                204,
                send("PUT", attempt + "/answers/inspection", token, "{\"path\":[\"police\"]}")
                        .statusCode());
        assertEquals(
                204,
                send("PUT", attempt + "/answers/inspection", token, "{\"path\":[\"police\"]}")
                        .statusCode(),
                "a replay");
        HttpResponse<String> changed = send("PUT", attempt + "/answers/inspection", token, "{\"path\":[\"refer\"]}");
        assertEquals(409, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("\"error\":\"error.case.pathChanged\""), changed.body());

        HttpResponse<String> resumed = send("POST", QUIZ + "/attempts", token, "");
        assertEquals(200, resumed.statusCode(), resumed.body());
        assertEquals(attempt, "/api/v1/attempts/" + number(resumed.body(), "id"));
        assertTrue(resumed.body().contains("\"period\":{\"choice\":[\"nobody\"]}"), resumed.body());
        assertTrue(
                resumed.body().contains("\"essay\":{\"text\":\"" + essay + "\"}"),
                "stored as text, returned JSON-escaped: " + resumed.body());
        assertTrue(
                resumed.body().contains("The person asks for time to think.")
                        && resumed.body().contains("\"id\":\"grant\""),
                resumed.body());

        assertEquals(
                204,
                send("PUT", attempt + "/answers/inspection", token, "{\"path\":[\"police\",\"grant\"]}")
                        .statusCode());
        HttpResponse<String> first = send("POST", attempt + "/submission", token, "");
        assertEquals(200, first.statusCode(), first.body());
        // period 2 + case (police 0, grant 2, late ending 0) 2 = 4 of 20; the essay waits for a trainer.
        assertTrue(
                first.body().contains("\"score\":4.00")
                        && first.body().contains("\"max\":20.00")
                        && first.body().contains("\"percent\":20.00"),
                first.body());
        assertTrue(first.body().contains("\"awaitingTrainer\":true"), first.body());
        assertFalse(first.body().contains("\"passed\""), "not decided while a trainer grades: " + first.body());
        assertTrue(first.body().contains("Right: the period protects against expulsion."), "feedback after submission");
        assertTrue(first.body().contains("Help came late."), "the ending's debrief");
        HttpResponse<String> second = send("POST", attempt + "/submission", token, "");
        assertEquals(200, second.statusCode());
        assertEquals(first.body(), second.body(), "submitting again changes nothing");

        HttpResponse<String> late = send("PUT", attempt + "/answers/period", token, "{\"choice\":[\"undocumented\"]}");
        assertEquals(409, late.statusCode(), late.body());
        assertTrue(late.body().contains("\"error\":\"error.attempt.submitted\""), late.body());
        assertTrue(send("GET", attempt, token, null).body().contains("\"submitted\":true"));
    }

    @Test
    void simultaneousSubmissionsAndSavesCountOnceAndLoseNothing() throws Exception {
        String token = participant("quizapi-tabs");
        String attempt = "/api/v1/attempts/"
                + number(send("POST", QUIZ + "/attempts", token, "").body(), "id");
        java.util.concurrent.ExecutorService tabs = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            // Answers to different questions saved at the same moment, as from several tabs: every one is kept.
            String[][] answers = {
                {"period", "{\"choice\":[\"nobody\"]}"},
                {"grounds", "{\"choice\":[\"personal\"]}"},
                {"consent", "{\"choice\":[\"false\"]}"},
                {"days", "{\"text\":\"30\"}"},
                {"essay", "{\"text\":\"Non-punishment.\"}"},
                {"steps", "{\"order\":[\"identify\",\"refer\"]}"}
            };
            java.util.List<java.util.concurrent.Future<Integer>> saves = new java.util.ArrayList<>();
            for (String[] answer : answers) {
                saves.add(tabs.submit(() -> send("PUT", attempt + "/answers/" + answer[0], token, answer[1])
                        .statusCode()));
            }
            for (java.util.concurrent.Future<Integer> save : saves) {
                assertEquals(204, save.get());
            }
            // A case choice arriving before the one it follows is refused; in order, both count once.
            assertEquals(
                    409,
                    send("PUT", attempt + "/answers/inspection", token, "{\"path\":[\"refer\",\"grant\"]}")
                            .statusCode());
            assertEquals(
                    204,
                    send("PUT", attempt + "/answers/inspection", token, "{\"path\":[\"refer\"]}")
                            .statusCode());
            assertEquals(
                    204,
                    send("PUT", attempt + "/answers/inspection", token, "{\"path\":[\"refer\",\"grant\"]}")
                            .statusCode());
            String saved = send("GET", attempt, token, null).body();
            for (String[] answer : answers) {
                assertTrue(saved.contains("\"" + answer[0] + "\":" + answer[1]), answer[0] + " in " + saved);
            }

            java.util.List<java.util.concurrent.Future<HttpResponse<String>>> submissions = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                submissions.add(tabs.submit(() -> send("POST", attempt + "/submission", token, "")));
            }
            java.util.Set<String> bodies = new java.util.HashSet<>();
            for (java.util.concurrent.Future<HttpResponse<String>> submission : submissions) {
                assertEquals(
                        200, submission.get().statusCode(), submission.get().body());
                bodies.add(submission.get().body());
            }
            assertEquals(1, bodies.size(), "eight tabs submitting at once see one and the same result: " + bodies);
            // period 2 + grounds (1 of 2 correct, no wrong) 1.5 + consent 1 + days 1 + steps 2 + case (refer 2, grant
            // 2, protected 1) 5 = 12.5
            assertTrue(bodies.iterator().next().contains("\"score\":12.50"), bodies.toString());
            assertTrue(
                    send("GET", attempt, token, null).body().contains("\"version\":2"),
                    "the attempt row changed once, at its one submission");
        } finally {
            tabs.shutdownNow();
        }
    }

    @Test
    void startsSentAtOnceMakeOneAttempt() throws Exception {
        String token = participant("quizapi-starts");
        java.util.concurrent.ExecutorService tabs = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<HttpResponse<String>>> starts = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                starts.add(tabs.submit(() -> send("POST", QUIZ + "/attempts", token, "")));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            int created = 0;
            for (java.util.concurrent.Future<HttpResponse<String>> start : starts) {
                assertTrue(
                        start.get().statusCode() == 201 || start.get().statusCode() == 200,
                        start.get().body());
                created += start.get().statusCode() == 201 ? 1 : 0;
                ids.add(number(start.get().body(), "id"));
            }
            assertEquals(1, ids.size(), "one attempt, resumed by the other seven: " + ids);
            assertEquals(1, created);
        } finally {
            tabs.shutdownNow();
        }
    }

    @Test
    void refusalsAreClearJsonErrors() throws Exception {
        String token = participant("quizapi-owner");
        String other = participant("quizapi-other");
        String attempt = "/api/v1/attempts/"
                + number(send("POST", QUIZ + "/attempts", token, "").body(), "id");

        for (HttpResponse<String> foreign : new HttpResponse[] {
            send("GET", attempt, other, null),
            send("PUT", attempt + "/answers/period", other, "{\"choice\":[\"nobody\"]}"),
            send("POST", attempt + "/submission", other, "")
        }) {
            assertEquals(404, foreign.statusCode(), foreign.body());
            assertTrue(foreign.body().contains("\"error\":\"error.attempt.notFound\""), foreign.body());
        }
        HttpResponse<String> unknown = send("PUT", attempt + "/answers/no-such-question", token, "{\"text\":\"x\"}");
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("\"error\":\"error.question.unknown\""), unknown.body());
        HttpResponse<String> unfit = send("PUT", attempt + "/answers/period", token, "{\"choice\":[\"invented\"]}");
        assertEquals(422, unfit.statusCode(), unfit.body());
        for (String malformed :
                new String[] {"{\"choice\":[\"nobody\"", "not json", "{\"choice\":[1]}", "{\"colour\":\"red\"}", "[]"
                }) {
            HttpResponse<String> refused = send("PUT", attempt + "/answers/period", token, malformed);
            assertEquals(400, refused.statusCode(), malformed + " -> " + refused.body());
            assertTrue(refused.body().contains("\"error\":\"error.json.malformed\""), refused.body());
        }
        HttpResponse<String> german =
                send(request("PUT", attempt + "/answers/no-such-question", token, "{\"text\":\"x\"}")
                        .header("Accept-Language", "de-AT, en;q=0.5"));
        assertTrue(german.body().contains("Dieses Quiz hat keine Frage no-such-question."), german.body());
        assertTrue(german.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void onlyTheAdminOpensAccounts() throws Exception {
        String participant = participant("quizapi-not-admin");
        HttpResponse<String> refused =
                send("POST", "/api/v1/accounts", participant, account("quizapi-intruder", PASSWORD));
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"error\":\"error.access.role\""), refused.body());
        HttpResponse<String> refusedUnread =
                send("POST", "/api/v1/accounts", participant, "{\"email\":\"x\",\"password\":\"short\"}");
        assertEquals(403, refusedUnread.statusCode(), "only the admin learns what is wrong with a body");
        HttpResponse<String> weak =
                send("POST", "/api/v1/accounts", RunningAcademy.ADMIN_TOKEN, account("quizapi-weak", "password"));
        assertEquals(400, weak.statusCode(), weak.body());
        assertEquals(
                400,
                send("POST", "/api/v1/accounts", RunningAcademy.ADMIN_TOKEN, "{\"email\":")
                        .statusCode());
    }

    @Test
    void theTokenEndpointIsThrottledLikeTheSignInPage() throws Exception {
        String email = created("quizapi-guessed");
        for (int i = 1; i < 5; i++) {
            HttpResponse<String> wrong = requestToken(email, "not the password " + i);
            assertEquals(401, wrong.statusCode(), wrong.body());
            assertTrue(wrong.body().contains("\"error\":\"signIn.failed\""), wrong.body());
            assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        }
        // The fifth failure locks the e-mail, as on the sign-in page; then even the right password is refused.
        for (String password : new String[] {"not the password 5", PASSWORD}) {
            HttpResponse<String> locked = requestToken(email, password);
            assertEquals(429, locked.statusCode(), locked.body());
            assertTrue(locked.body().contains("\"error\":\"signIn.throttled\""), locked.body());
        }
        assertEquals(401, send("POST", "/api/v1/tokens", null, "").statusCode(), "no credentials");
    }

    @Test
    void anAccountThatMustChangeItsPasswordGetsNoToken() throws Exception {
        HttpResponse<String> opened =
                send("POST", "/api/v1/accounts", RunningAcademy.ADMIN_TOKEN, account("quizapi-one-time", null));
        assertEquals(201, opened.statusCode(), opened.body());
        Matcher oneTime = Pattern.compile("\"oneTimePassword\":\"([^\"]+)\"").matcher(opened.body());
        assertTrue(oneTime.find(), opened.body());
        HttpResponse<String> refused = requestToken(TestData.email("quizapi-one-time"), oneTime.group(1));
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"error\":\"error.token.passwordChange\""), refused.body());
    }

    /** A new participant (country AT) and a token for them, both made through the API. */
    private static String participant(String name) throws Exception {
        return token(created(name), PASSWORD);
    }

    private static String created(String name) throws Exception {
        HttpResponse<String> opened =
                send("POST", "/api/v1/accounts", RunningAcademy.ADMIN_TOKEN, account(name, PASSWORD));
        assertEquals(201, opened.statusCode(), opened.body());
        return TestData.email(name);
    }

    private static String account(String name, String password) {
        return "{\"email\":\"" + TestData.email(name) + "\",\"displayName\":\"" + name
                + "\",\"country\":\"AT\",\"profession\":\"lawyer\""
                + (password == null ? "" : ",\"password\":\"" + password + "\"") + "}";
    }

    private static String number(String json, String member) {
        Matcher matcher = Pattern.compile("\"" + member + "\":(\\d+)").matcher(json);
        assertTrue(matcher.find(), member + " in " + json);
        return matcher.group(1);
    }
}
