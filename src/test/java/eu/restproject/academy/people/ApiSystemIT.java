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
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(RunningAcademy.url("/api/v1/modules/no-such-module")))
                    .header("Authorization", "Bearer " + RunningAcademy.ADMIN_TOKEN).header("Accept-Language", header).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode(), header);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), header);
            assertTrue(response.body().contains("\"message\":\"This module or version does not exist.\""), header + ": " + response.body());
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
        browser.submit(login, "login", "submit", Map.of("email", "coordinator.rs@example.org", "password", RunningAcademy.DEMO_PASSWORD));
        Page profile = browser.get("/account/profile.xhtml");
        Page created = browser.submit(profile, "tokens", "create", Map.of("tokenName", "reporting script"));
        Matcher secret = Pattern.compile("id=\"token-secret\">(ra_[A-Za-z0-9_-]+)<").matcher(created.body());
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
        browser.submit(login, "login", "submit", Map.of("email", "participant1.es@example.org", "password", RunningAcademy.DEMO_PASSWORD));
        Page created = browser.submit(browser.get("/account/profile.xhtml"), "tokens", "create", Map.of("tokenName", "phone"));
        Matcher secret = Pattern.compile("id=\"token-secret\">(ra_[A-Za-z0-9_-]+)<").matcher(created.body());
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
