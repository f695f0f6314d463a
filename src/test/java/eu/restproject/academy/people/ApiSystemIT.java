package eu.restproject.academy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.RunningAcademy;
import eu.restproject.academy.support.WebSession;
import eu.restproject.academy.support.WebSession.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JSON API of the packaged platform, with personal tokens. */
@ExtendWith(RunningAcademy.class)
class ApiSystemIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningAcademy.url(path)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asks for an API token with e-mail and password, as if from {@code source} (see {@link WebSession#from}). */
    private static HttpResponse<String> token(String email, String password, String source)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(RunningAcademy.url("/api/v1/tokens")))
                        .header("Authorization", "Basic " + basic)
                        .header("X-Forwarded-For", source)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Page register(WebSession from, String email, String password, boolean privacy) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of(
                "email",
                email,
                "displayName",
                "Probe Person",
                "country",
                "NL",
                "profession",
                "LAWYER",
                "password",
                password));
        if (privacy) {
            fields.put("privacy", "on");
        }
        return from.submit(from.get("/register.xhtml"), "register", "submit", fields);
    }

    @Test
    void registrationAnswersAlikeForTakenAndFreeAddressesAndIsThrottledPerSource() {
        WebSession prober = new WebSession().from("198.51.100.21");
        String done = "Thank you. Sign in now with this e-mail address and your password.";
        Page taken = register(prober, "coordinator.at@example.org", "probe harbour lantern", true);
        Page free = register(prober, "probe.free@example.org", "probe harbour lantern", true);
        for (Page page : new Page[] {taken, free}) {
            assertEquals("/login.xhtml", page.path().split("\\?")[0]);
            assertTrue(page.body().contains(done), page.body());
            assertFalse(page.body().contains("already exists"), page.body());
        }
        Page signedIn = prober.submit(
                free,
                "login",
                "submit",
                Map.of("email", "probe.free@example.org", "password", "probe harbour lantern"));
        assertTrue(signedIn.body().contains("probe.free@example.org"), "a real newcomer signs in at once");
        WebSession owner = new WebSession().from("198.51.100.22");
        Page ownerIn = owner.submit(
                owner.get("/login.xhtml"),
                "login",
                "submit",
                Map.of("email", "coordinator.at@example.org", "password", RunningAcademy.DEMO_PASSWORD));
        assertTrue(ownerIn.body().contains("coordinator.at@example.org"), "the existing account is untouched");

        for (int i = 2; i < 30; i++) {
            Page refused = register(prober, "probe" + i + "@example.org", "probe harbour lantern", false);
            assertTrue(refused.body().contains("Please accept the privacy notice"), refused.body());
        }
        Page throttled = register(prober, "probe.late@example.org", "probe harbour lantern", true);
        assertTrue(throttled.body().contains("Too many registrations from your network"), throttled.body());
        Page elsewhere = register(
                new WebSession().from("198.51.100.23"), "probe.elsewhere@example.org", "probe harbour lantern", true);
        assertTrue(elsewhere.body().contains(done), "other sources register as before");
    }

    @Test
    void failuresFromOneSourceDoNotLockTheSameEmailFromAnother() throws Exception {
        for (int i = 1; i < 5; i++) {
            assertEquals(
                    401,
                    token("participant2.fr@example.org", "guess " + i, "198.51.100.31")
                            .statusCode());
        }
        assertEquals(
                429,
                token("participant2.fr@example.org", "guess 5", "198.51.100.31").statusCode(),
                "the fifth failure locks");
        assertEquals(
                429,
                token("participant2.fr@example.org", RunningAcademy.DEMO_PASSWORD, "198.51.100.31")
                        .statusCode(),
                "the guessing source is locked out");
        HttpResponse<String> owner =
                token("participant2.fr@example.org", RunningAcademy.DEMO_PASSWORD, "198.51.100.32");
        assertEquals(201, owner.statusCode(), "the owner elsewhere is not: " + owner.body());
        for (int i = 0; i < 6; i++) {
            token(RunningAcademy.ADMIN_EMAIL, "guess " + i, "198.51.100.33");
        }
        assertEquals(
                201,
                token(RunningAcademy.ADMIN_EMAIL, RunningAcademy.ADMIN_PASSWORD, "198.51.100.34")
                        .statusCode(),
                "nobody keeps the admin out from elsewhere");
    }

    @Test
    void oneSourceTryingManyEmailsIsLockedForAllOfThem() throws Exception {
        for (int i = 1; i < 30; i++) {
            assertEquals(
                    401,
                    token("sprayed" + i + "@example.org", "Spring2026!", "198.51.100.41")
                            .statusCode());
        }
        assertEquals(
                429,
                token("sprayed30@example.org", "Spring2026!", "198.51.100.41").statusCode(),
                "the 30th failure locks");
        assertEquals(
                429,
                token("participant1.fr@example.org", RunningAcademy.DEMO_PASSWORD, "198.51.100.41")
                        .statusCode(),
                "another e-mail from the same source is refused, even with its right password");
        assertEquals(
                201,
                token("participant1.fr@example.org", RunningAcademy.DEMO_PASSWORD, "198.51.100.42")
                        .statusCode());
    }

    @Test
    void withoutAValidTokenTheApiAnswers401InJson() throws Exception {
        for (String token : new String[] {null, "ra_not-a-token", ""}) {
            HttpResponse<String> response = get("/api/v1/me", token);
            assertEquals(401, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(response.body().contains("\"error\":\"unauthorized\""), response.body());
        }
    }

    @Test
    void aMalformedAcceptLanguageIsAnsweredInEnglish() throws Exception {
        for (String header : new String[] {"en;q=abc", ";;;", "*;q=2", "12345678901234567890"}) {
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(RunningAcademy.url("/api/v1/modules/no-such-module")))
                            .header("Authorization", "Bearer " + RunningAcademy.ADMIN_TOKEN)
                            .header("Accept-Language", header)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode(), header);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), header);
            assertTrue(
                    response.body().contains("\"message\":\"This module or version does not exist.\""),
                    header + ": " + response.body());
        }
    }

    private static HttpResponse<String> openAccount(String body, String language)
            throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(RunningAcademy.url("/api/v1/accounts")))
                        .header("Authorization", "Bearer " + RunningAcademy.ADMIN_TOKEN)
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyWithThreeBadFieldsGetsThreeProblemsInTheCallersLanguage() throws Exception {
        HttpResponse<String> refused = openAccount(
                "{\"email\":\"not-an-address\",\"displayName\":\" \",\"country\":\"AT\",\"password\":\"short\"}",
                "de-AT, en;q=0.5");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String body = refused.body();
        assertTrue(body.startsWith("{\"error\":\"error.email.malformed\",\"message\":\"Dies ist keine"), body);
        assertTrue(
                body.contains("\"problems\":[{\"field\":\"email\",\"error\":\"error.email.malformed\",\"message\":"
                        + "\"Dies ist keine gültige E-Mail-Adresse (Beispiel: name@organisation.org).\"}"),
                body);
        assertTrue(
                body.contains("{\"field\":\"displayName\",\"error\":\"error.name.required\","
                        + "\"message\":\"Bitte geben Sie Ihren Namen ein.\"}"),
                body);
        assertTrue(
                body.contains("{\"field\":\"password\",\"error\":\"error.password.tooShort\","
                        + "\"message\":\"Das Passwort muss mindestens 12 Zeichen lang sein.\"}]"),
                body);
        assertEquals(3, body.split("\"field\"").length - 1, body);
    }

    @Test
    void unreadableBodiesAre400WithOurMessage() throws Exception {
        for (String unreadable : new String[] {"{\"email\":", "not json", "{\"roles\":\"admin\"}", ""}) {
            HttpResponse<String> refused = openAccount(unreadable, "fr");
            assertEquals(400, refused.statusCode(), unreadable + " -> " + refused.body());
            assertTrue(
                    refused.body().contains("\"error\":\"error.json.malformed\""),
                    unreadable + " -> " + refused.body());
            assertFalse(refused.body().contains("problems\":[{\"field\":\"email"), refused.body());
        }
    }

    @Test
    void theAdminTokenFromTheEnvironmentWorksAtFirstStart() throws Exception {
        HttpResponse<String> me = get("/api/v1/me", RunningAcademy.ADMIN_TOKEN);
        assertEquals(200, me.statusCode());
        assertTrue(me.body().contains("\"email\":\"admin@example.org\""), me.body());
        assertTrue(me.body().contains("\"roles\":[\"admin\"]"), me.body());
        HttpResponse<String> france = get("/api/v1/people?country=FR", RunningAcademy.ADMIN_TOKEN);
        assertEquals(200, france.statusCode());
        assertTrue(france.body().contains("participant1.fr@example.org"));
        assertFalse(france.body().contains("passwordHash"));
    }

    @Test
    void aCoordinatorsTokenSeesOnlyTheirCountryAndCanBeRevoked() throws Exception {
        WebSession browser = new WebSession();
        Page login = browser.get("/login.xhtml");
        browser.submit(
                login,
                "login",
                "submit",
                Map.of("email", "coordinator.rs@example.org", "password", RunningAcademy.DEMO_PASSWORD));
        Page profile = browser.get("/account/profile.xhtml");
        Page created = browser.submit(profile, "tokens", "create", Map.of("tokenName", "reporting script"));
        Matcher secret =
                Pattern.compile("id=\"token-secret\">(ra_[A-Za-z0-9_-]+)<").matcher(created.body());
        assertTrue(secret.find(), created.body());
        String token = secret.group(1);

        HttpResponse<String> me = get("/api/v1/me", token);
        assertTrue(me.body().contains("\"country\":\"RS\""), me.body());
        assertTrue(me.body().contains("\"roles\":[\"coordinator\"]"), me.body());

        HttpResponse<String> own = get("/api/v1/people", token);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("participant1.rs@example.org"));
        assertFalse(own.body().contains("participant1.md@example.org"));

        HttpResponse<String> other = get("/api/v1/people?country=MD", token);
        assertEquals(403, other.statusCode());
        assertTrue(other.body().contains("\"error\":\"error.access.otherCountry\""), other.body());
        assertFalse(other.body().contains("participant1.md@example.org"));

        assertEquals(400, get("/api/v1/people?country=XX", token).statusCode());

        Matcher revoke = Pattern.compile("name=\"(tokens:[^\"]*:0:revoke)\"").matcher(created.body());
        assertTrue(revoke.find(), "revoke button");
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("tokens", "tokens");
        form.put(revoke.group(1), "Revoke");
        form.put("jakarta.faces.ViewState", created.viewState());
        form.put("primefaces.nonce", created.nonce());
        browser.post("/account/profile.xhtml", form, Map.of());
        assertEquals(401, get("/api/v1/me", token).statusCode());
    }

    @Test
    void participantsCannotListPeople() throws Exception {
        WebSession browser = new WebSession();
        Page login = browser.get("/login.xhtml");
        browser.submit(
                login,
                "login",
                "submit",
                Map.of("email", "participant1.es@example.org", "password", RunningAcademy.DEMO_PASSWORD));
        Page created =
                browser.submit(browser.get("/account/profile.xhtml"), "tokens", "create", Map.of("tokenName", "phone"));
        Matcher secret =
                Pattern.compile("id=\"token-secret\">(ra_[A-Za-z0-9_-]+)<").matcher(created.body());
        assertTrue(secret.find());
        assertEquals(403, get("/api/v1/people?country=ES", secret.group(1)).statusCode());
    }

    @Test
    void healthAndOpenApiAreServed() throws Exception {
        HttpResponse<String> health = get("/health", null);
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"name\":\"database\",\"status\":\"UP\""), health.body());
        HttpResponse<String> openapi = get("/openapi", null);
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/me"));
        assertTrue(openapi.body().contains("/api/v1/people"));
    }
}
