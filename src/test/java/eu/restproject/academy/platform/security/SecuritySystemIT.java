package eu.restproject.academy.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.RunningAcademy;
import eu.restproject.academy.support.WebSession;
import eu.restproject.academy.support.WebSession.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the packaged platform answers over HTTP: headers, cookies, sign-in, refusals. */
@ExtendWith(RunningAcademy.class)
class SecuritySystemIT {

    private static final HttpClient RAW = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login.xhtml", "/register.xhtml", "/privacy.xhtml", "/no-such-page.xhtml"})
    void everyPageSendsSecurityHeaders(String path) {
        Page page = new WebSession().get(path);
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertTrue(
                policies.stream()
                        .anyMatch(p -> p.contains("frame-ancestors 'none'") && p.contains("object-src 'none'")),
                policies.toString());
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
    }

    @Test
    void theLanguageSwitchNeedsTheFormTokenAndOnlyReturnsWithinTheSite() {
        WebSession visitor = new WebSession();
        Page home = visitor.get("/");
        // The switch is a Faces form on every page: its token is the page's view state.
        Map<String, String> form = new java.util.HashMap<>(
                Map.of("language", "language", "language:apply", "apply", "language:choice", "FR", "returnTo", "/"));

        Page forged = visitor.post("/index.xhtml", form, Map.of());
        assertEquals(403, forged.status(), "a post from another site has no token");
        assertTrue(visitor.get("/").body().contains("lang=\"en\""), "and changes nothing");

        form.put("jakarta.faces.ViewState", home.viewState());
        form.put("primefaces.nonce", home.nonce());
        form.put("returnTo", "//evil.example/phish");
        Page away = visitor.post("/index.xhtml", form, Map.of());
        assertEquals(200, away.status());
        assertFalse(away.path().contains("evil"), away.path());
        assertTrue(away.body().contains("lang=\"fr\""), "the language is switched, and the visitor stays on this site");
        form.put("language:choice", "XX");
        form.put("returnTo", "/");
        Page unknown = visitor.post("/index.xhtml", form, Map.of());
        assertEquals(400, unknown.status());
        assertTrue(
                unknown.body().contains("Le serveur n’a pas pu traiter votre demande"),
                "a bad request, in the visitor's language");
        assertFalse(
                unknown.body().contains("Ce formulaire est resté ouvert trop longtemps"),
                "not the expired-form text: no form expired");
    }

    /**
     * The switch posts back to the page that shows it: also error pages (shown at another page's
     * address), stateless pages and pages whose bean loads in a view action, which does not run on a post.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/no-such-page.xhtml",
                "/verify.xhtml?code=ABCD-EFGH-JKMN",
                "/privacy.xhtml",
                "/staff/seminars.xhtml",
                "/staff/people.xhtml",
                "/learn/catalogue.xhtml"
            })
    void theLanguageSwitchWorksOnEveryKindOfPage(String path) {
        WebSession visitor = path.startsWith("/staff") || path.startsWith("/learn")
                ? signedIn(RunningAcademy.ADMIN_EMAIL, RunningAcademy.ADMIN_PASSWORD)
                : new WebSession();
        Page page = visitor.get(path);
        java.util.regex.Matcher action = java.util.regex.Pattern.compile(
                        "<form id=\"language\"[^>]* action=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(action.find(), page.body());
        Map<String, String> form = Map.of(
                "language",
                "language",
                "language:apply",
                "apply",
                "language:choice",
                "NL",
                "returnTo",
                path,
                "jakarta.faces.ViewState",
                page.viewState(),
                "primefaces.nonce",
                page.nonce());
        Page switched = visitor.post(action.group(1).replace("&amp;", "&"), form, Map.of());
        assertTrue(switched.body().contains("lang=\"nl\""), path + " -> " + switched.status() + " " + switched.path());
        assertEquals(path.replaceAll("\\?.*", ""), switched.path().replaceAll("\\?.*", ""));

        // A signed-in account keeps the choice: give the admin's language back.
        java.util.regex.Matcher before =
                java.util.regex.Pattern.compile("lang=\"([a-z]+)").matcher(page.body());
        assertTrue(before.find());
        Map<String, String> back = new java.util.HashMap<>(form);
        back.put("language:choice", before.group(1).toUpperCase(java.util.Locale.ROOT));
        back.put("jakarta.faces.ViewState", switched.viewState());
        back.put("primefaces.nonce", switched.nonce());
        visitor.post(action.group(1).replace("&amp;", "&"), back, Map.of());
    }

    @Test
    void facesPagesAllowOnlyScriptsWithThePageNonce() {
        Page page = new WebSession().get("/login.xhtml");
        String policy = page.headers().allValues("Content-Security-Policy").stream()
                .filter(p -> p.contains("nonce-"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no nonce policy"));
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""));
        assertFalse(page.body().contains("onclick="), "inline event handlers would be blocked by the policy");
    }

    /** Pages, API answers (also the 401 written before any filter), servlets, assets, redirects, error pages. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/login.xhtml",
                "/api/v1/me",
                "/api/v1/me?admin",
                "/health",
                "/openapi",
                "/staff/check-in-state",
                "/learn/complete",
                "/jakarta.faces.resource/core.js.xhtml?ln=primefaces",
                "/no-such-page.xhtml",
                "/no-such-file.css"
            })
    void everyAnswerHasOneStrictPolicyAndDoesNotNameTheServer(String path) throws Exception {
        HttpHeaders headers = answer(path).headers();
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        String scripts = policies.get(0).replaceAll(".*script-src([^;]*).*", "$1");
        assertTrue(scripts.contains("'self'") && !scripts.contains("unsafe"), policies.get(0));
        assertTrue(policies.get(0).contains("frame-ancestors 'none'"), policies.get(0));
        for (String name : new String[] {"Server", "X-Powered-By"}) {
            assertTrue(
                    headers.allValues(name).stream()
                            .noneMatch(v -> v.matches("(?i).*(payara|glassfish|grizzly|jersey|\\d).*")),
                    name + ": " + headers.allValues(name));
        }
        if (!path.startsWith("/jakarta.faces.resource/")) {
            assertEquals(List.of("no-store"), headers.allValues("Cache-Control"), "personal data stays out of caches");
        }
    }

    @Test
    void metricsAndTheWadlAreNotServed() throws Exception {
        for (String path : new String[] {"/metrics", "/metrics/base", "/metrics/vendor", "/metrics?admin"}) {
            HttpResponse<String> metrics = answer(path);
            assertTrue(List.of(401, 403, 404).contains(metrics.statusCode()), path + ": " + metrics.statusCode());
            assertFalse(metrics.body().contains("# TYPE"), metrics.body());
        }
        for (String path :
                new String[] {"/application.wadl?admin", "/api/application.wadl?admin", "/api/v1/application.wadl?admin"
                }) {
            assertEquals(404, answer(path).statusCode(), path);
        }
        HttpRequest options = HttpRequest.newBuilder(URI.create(RunningAcademy.url("/api/v1/me")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + RunningAcademy.ADMIN_TOKEN)
                .build();
        HttpResponse<String> described = RAW.send(options, HttpResponse.BodyHandlers.ofString());
        assertFalse(described.body().contains("wadl"), described.body());
    }

    @Test
    void healthSaysOnlyUpOrDown() throws Exception {
        HttpResponse<String> health = answer("/health");
        assertEquals(200, health.statusCode());
        assertEquals(
                "{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\",\"data\":{}}]}",
                health.body());
    }

    /** One answer as it is, redirects not followed; {@code ?admin} in the path sends the admin's API token. */
    private static HttpResponse<String> answer(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningAcademy.url(path)));
        if (path.endsWith("?admin")) {
            request.header("Authorization", "Bearer " + RunningAcademy.ADMIN_TOKEN);
        }
        return RAW.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sessionCookieIsHttpOnlySecureAndSameSite() {
        Page page = new WebSession().get("/login.xhtml");
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("ACADEMY_SESSION="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void signInRenewsTheSessionIdAndSignOutEndsIt() {
        WebSession browser = new WebSession();
        Page login = browser.get("/login.xhtml");
        String before = browser.cookie("ACADEMY_SESSION");
        Page home = browser.submit(
                login,
                "login",
                "submit",
                Map.of("email", "coordinator.at@example.org", "password", RunningAcademy.DEMO_PASSWORD));
        assertTrue(home.body().contains("coordinator.at@example.org"), home.body());
        assertNotEquals(before, browser.cookie("ACADEMY_SESSION"), "the session id must change at sign-in");

        Page signedOut = browser.submit(home, "signOut", "signOutButton", Map.of());
        assertTrue(signedOut.path().startsWith("/login.xhtml"));
        Page profile = browser.get("/account/profile.xhtml");
        assertTrue(
                profile.path().startsWith("/login.xhtml?continue="), "after sign-out the profile needs a new sign-in");
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameTranslatedAnswer() {
        WebSession browser = new WebSession("de");
        Page login = browser.get("/login.xhtml");
        Page wrong = browser.submit(
                login, "login", "submit", Map.of("email", "trainer.fr@example.org", "password", "not the password"));
        Page unknown = browser.submit(
                wrong, "login", "submit", Map.of("email", "nobody@example.org", "password", "not the password"));
        String message = "Die E-Mail-Adresse oder das Passwort ist nicht korrekt.";
        assertTrue(wrong.body().contains(message), wrong.body());
        assertTrue(unknown.body().contains(message), unknown.body());
    }

    @Test
    void repeatedFailuresAreThrottled() {
        WebSession browser = new WebSession();
        Page page = browser.get("/login.xhtml");
        for (int i = 0; i < 5; i++) {
            page = browser.submit(
                    page,
                    "login",
                    "submit",
                    Map.of("email", "participant2.nl@example.org", "password", "guess number " + i));
        }
        page = browser.submit(
                page,
                "login",
                "submit",
                Map.of("email", "participant2.nl@example.org", "password", RunningAcademy.DEMO_PASSWORD));
        assertTrue(page.body().contains("Too many failed attempts"), page.body());
        assertFalse(page.body().contains("You are signed in as"));
    }

    @Test
    void protectedPagesSendStrangersToSignInAndOtherRolesAway() {
        assertTrue(new WebSession()
                .get("/admin/accounts.xhtml")
                .path()
                .startsWith("/login.xhtml?continue=%2Fadmin%2Faccounts.xhtml"));

        WebSession participant = signedIn("participant1.at@example.org");
        Page admin = participant.get("/admin/accounts.xhtml");
        assertEquals(403, admin.status());
        assertTrue(
                admin.body().contains("id=\"error-text\""),
                "the translated refusal page, in the participant's language");
        assertEquals(403, participant.get("/staff/people.xhtml").status());
    }

    @Test
    void coordinatorIsRefusedAnotherCountrysPeople() {
        WebSession coordinator = signedIn("coordinator.at@example.org");
        Page own = coordinator.get("/staff/people.xhtml");
        assertTrue(own.body().contains("Lena Gruber"), own.body());
        assertFalse(own.body().contains("Sophie Lefèvre"));

        Page other = coordinator.get("/staff/people.xhtml?country=FR");
        // The coordinator's account is in German, so the refusal is too.
        assertTrue(
                other.body()
                        .contains(
                                "Sie können nur die personenbezogenen Daten von Personen in Ihrem eigenen Land sehen."),
                other.body());
        assertFalse(other.body().contains("Sophie Lefèvre"));
        assertFalse(other.body().contains("participant1.fr@example.org"));
    }

    @Test
    void postsWithoutTheFormTokenOrFromAnotherSiteChangeNothing() {
        WebSession attacker = new WebSession();
        Map<String, String> form = Map.of(
                "register", "register",
                "register:email", "forged@example.org",
                "register:displayName", "Forged",
                "register:country", "AT",
                "register:profession", "POLICE",
                "register:password", "a perfectly fine passphrase",
                "register:privacy", "on",
                "register:submit", "register:submit");
        Page missingToken = attacker.post("/register.xhtml", form, Map.of());
        assertEquals(403, missingToken.status());
        assertTrue(missingToken.body().contains("security token was missing"), missingToken.body());

        Page registerPage = attacker.get("/register.xhtml");
        Map<String, String> withForgedToken = new java.util.HashMap<>(form);
        withForgedToken.put("jakarta.faces.ViewState", "-1234567890:987654321");
        withForgedToken.put("primefaces.nonce", registerPage.nonce());
        Page forged = attacker.post("/register.xhtml", withForgedToken, Map.of());
        assertTrue(forged.body().contains("security token is not valid"), forged.body());

        Map<String, String> withRealToken = new java.util.HashMap<>(form);
        withRealToken.put("jakarta.faces.ViewState", registerPage.viewState());
        withRealToken.put("primefaces.nonce", registerPage.nonce());
        Page foreign = attacker.post("/register.xhtml", withRealToken, Map.of("Origin", "https://evil.example"));
        assertEquals(403, foreign.status());

        assertFalse(
                signedIn("forged@example.org", "a perfectly fine passphrase")
                        .get("/")
                        .body()
                        .contains("You are signed in as"),
                "none of the forged posts may have created the account");
    }

    @Test
    void forgedChoicesAreRefusedWithATranslatedMessage() {
        WebSession browser = new WebSession("fr");
        Page register = browser.get("/register.xhtml");
        Page result = browser.submit(
                register,
                "register",
                "submit",
                Map.of(
                        "email", "forged-country@example.org",
                        "displayName", "Forged Country",
                        "country", "XX",
                        "profession", "ADMIN",
                        "password", "a perfectly fine passphrase",
                        "privacy", "on"));
        assertTrue(result.body().contains("Ce choix ne fait pas partie des options proposées."), result.body());
    }

    @Test
    void accountsOpenedByTheAdminMustReplaceTheirOneTimePassword() {
        WebSession admin = signedIn(RunningAcademy.ADMIN_EMAIL, RunningAcademy.ADMIN_PASSWORD);
        Page opened = admin.submit(
                admin.get("/admin/accounts.xhtml"),
                "open",
                "submit",
                Map.of(
                        "email", "new.coordinator@example.org",
                        "displayName", "Doina Cojocaru",
                        "roles", "COORDINATOR",
                        "country", "MD",
                        "profession", "NGO_STAFF",
                        "language", "RO"));
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("id=\"one-time-password\">([^<]+)<")
                .matcher(opened.body());
        assertTrue(secret.find(), opened.body());

        WebSession newcomer = new WebSession();
        Page first = newcomer.submit(
                newcomer.get("/login.xhtml"),
                "login",
                "submit",
                Map.of("email", "new.coordinator@example.org", "password", secret.group(1)));
        assertTrue(first.path().startsWith("/account/password.xhtml"), first.path());
        assertTrue(
                newcomer.get("/staff/people.xhtml").path().startsWith("/account/password.xhtml"),
                "nothing else opens before the one-time password is replaced");

        Page changed = newcomer.submit(
                first,
                "password",
                "submit",
                Map.of(
                        "currentPassword",
                        secret.group(1),
                        "newPassword",
                        "codru verde 2026",
                        "confirmation",
                        "codru verde 2026"));
        assertTrue(changed.path().startsWith("/account/profile.xhtml"), changed.path());
        Page people = newcomer.get("/staff/people.xhtml");
        assertTrue(people.body().contains("Elena Popa"), "a coordinator for Moldova sees Moldova's people");
        assertFalse(people.body().contains("Lena Gruber"));
    }

    @Test
    void refusedPageAddressesAnswerTheirStatusWithATranslatedPage() {
        WebSession participant = signedIn("participant2.rs@example.org");
        for (String path : List.of(
                "/learn/module.xhtml?id=no-such-module",
                "/learn/lesson.xhtml?module=no-such-module&lesson=x",
                "/learn/attempt.xhtml?id=999999",
                "/learn/attempt-result.xhtml?id=999999")) {
            assertNotFound(participant.get(path), path);
        }
        // An id that is not a number names nothing either: 404, as in the API, whatever the parameter.
        for (String path : List.of(
                "/learn/attempt.xhtml?id=abc",
                "/learn/attempt.xhtml",
                "/learn/attempt-result.xhtml?id=abc",
                "/seminars/check-in.xhtml?session=abc&code=123456",
                "/seminars/certificate.xhtml?seminar=abc")) {
            assertNotFound(participant.get(path), path);
        }
    }

    private static void assertNotFound(Page page, String path) {
        assertEquals(404, page.status(), path);
        // The account is in Serbian, so is the page.
        assertTrue(page.body().contains("Stranica nije pronađena"), path + ": " + page.body());
    }

    @Test
    void anExpiredFormIs400WithTheTranslatedExpiredPage() {
        WebSession visitor = new WebSession("de");
        Page register = visitor.get("/register.xhtml");
        Page expired = visitor.post(
                "/register.xhtml",
                Map.of(
                        "register",
                        "register",
                        "register:submit",
                        "register:submit",
                        "jakarta.faces.ViewState",
                        "-1234567890:987654321",
                        "primefaces.nonce",
                        register.nonce()),
                Map.of());
        assertEquals(400, expired.status());
        assertTrue(expired.body().contains("Das Formular ist abgelaufen"), expired.body());
    }

    @Test
    void aFormStateOnlyCountsInTheBodyOfAPost() {
        WebSession attacker = new WebSession();
        for (String method : List.of("GET", "PUT")) {
            Page register = attacker.get("/register.xhtml");
            String email = method.toLowerCase() + "-postback@example.org";
            String query = Map.of(
                            "register",
                            "register",
                            "register:email",
                            email,
                            "register:displayName",
                            "Forged",
                            "register:country",
                            "AT",
                            "register:profession",
                            "POLICE",
                            "register:password",
                            "a perfectly fine passphrase",
                            "register:privacy",
                            "on",
                            "register:submit",
                            "register:submit",
                            "jakarta.faces.ViewState",
                            register.viewState(),
                            "primefaces.nonce",
                            register.nonce())
                    .entrySet()
                    .stream()
                    .map(e -> e.getKey() + "="
                            + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                    .collect(java.util.stream.Collectors.joining("&"));
            Page refused = attacker.send(method, "/register.xhtml?" + query);
            assertEquals(403, refused.status(), method);
            assertTrue(refused.body().contains("security token was missing"), refused.body());
            assertFalse(
                    signedIn(email, "a perfectly fine passphrase")
                            .get("/")
                            .body()
                            .contains("You are signed in as"),
                    method + " with a view state in its address must not register anyone");
        }
    }

    @Test
    void malformedPostsLeaveAFewLinesInTheLogAndNoStackTrace() throws Exception {
        java.nio.file.Path log = RunningAcademy.serverLog();
        long before = java.nio.file.Files.size(log);
        WebSession stranger = new WebSession();
        Page register = stranger.get("/register.xhtml");
        Map<String, String> form = Map.of("register", "register", "register:submit", "register:submit");
        for (int i = 0; i < 100; i++) {
            Map<String, String> post = new java.util.HashMap<>(form);
            switch (i % 3) {
                case 0 ->
                    post.putAll(
                            Map.of("jakarta.faces.ViewState", "-" + i + ":" + i, "primefaces.nonce", register.nonce()));
                case 1 ->
                    post.putAll(
                            Map.of("jakarta.faces.ViewState", register.viewState(), "primefaces.nonce", "wrong" + i));
                default -> post.put("primefaces.nonce", register.nonce());
            }
            assertTrue(List.of(400, 403)
                    .contains(stranger.post("/register.xhtml", post, Map.of()).status()));
        }
        Thread.sleep(1000);
        String written;
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            byte[] bytes = new byte[(int) (file.length() - before)];
            file.seek(before);
            file.readFully(bytes);
            written = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        assertFalse(written.contains("\tat "), "no stack trace for expected refusals:\n" + written);
        assertFalse(written.contains("SEVERE"), written);
        assertTrue(written.lines().count() <= 10, "at most one line per kind of refusal and minute:\n" + written);
    }

    @Test
    void uploadsOverTheLimitAre413WithATranslatedPage() {
        WebSession admin = signedIn(RunningAcademy.ADMIN_EMAIL, RunningAcademy.ADMIN_PASSWORD);
        byte[] sixtyMegabytes = new byte[60 * 1024 * 1024];
        for (String path : List.of(
                "/admin/modules.xhtml",
                "/author/module.xhtml?module=who-is-a-trafficked-person",
                "/staff/registrations.xhtml?seminar=1")) {
            Page refused = admin.upload(path, "upload:archive", sixtyMegabytes);
            assertEquals(413, refused.status(), path);
            assertTrue(refused.body().contains("larger than 50 MB"), path + ": " + refused.body());
        }
    }

    private static WebSession signedIn(String email) {
        return signedIn(email, RunningAcademy.DEMO_PASSWORD);
    }

    private static WebSession signedIn(String email, String password) {
        WebSession browser = new WebSession();
        Page login = browser.get("/login.xhtml");
        browser.submit(login, "login", "submit", Map.of("email", email, "password", password));
        return browser;
    }
}
