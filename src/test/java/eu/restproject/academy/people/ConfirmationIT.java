package eu.restproject.academy.people;

import static eu.restproject.academy.support.TestData.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.mail.MailSender;
import eu.restproject.academy.people.Confirmations.Outcome;
import eu.restproject.academy.platform.TooManyAttemptsException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.support.TestData;
import eu.restproject.academy.support.TestMailServer;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Confirmation of self-registered addresses against the real database and a real SMTP server: the
 * welcome letter arrives with a link that confirms once, old and made-up links confirm nothing, a
 * new link goes only where it is needed, and with {@code academy.registration.confirm} on an
 * unconfirmed account does not get in.
 */
@ExtendWith(ArquillianExtension.class)
class ConfirmationIT {

    private static final String PASSWORD = "violet harbour lantern";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'");
    private static final Pattern LINK =
            Pattern.compile("https://academy\\.example\\.org/confirm\\.xhtml\\?code=([\\w-]+)");

    @Inject
    private TestData testData;

    @Inject
    private SignUp signUp;

    @Inject
    private Confirmations confirmations;

    @Inject
    private RegistrationConfirmation setting;

    @Inject
    private AccountIdentityStore identityStore;

    @Inject
    private UnconfirmedSignIn unconfirmedSignIn;

    @Inject
    private TokenSignIn tokenSignIn;

    @Inject
    private AccountAdministration administration;

    @Inject
    private Accounts accounts;

    @Inject
    private MailSender sender;

    @Inject
    private HttpServletRequest request;

    @PersistenceContext
    private EntityManager em;

    @BeforeEach
    void start() {
        TestMailServer.start();
        // Also the letters an earlier run left unsent, which would arrive in this one's count.
        testData.removeTestAccounts();
    }

    @AfterEach
    void restore() {
        setting.require(false);
        confirmations.useClock(Clock.systemUTC());
    }

    @Test
    void theWelcomeLetterArrivesInTheRegistrantsLanguageAndItsLinkConfirmsOnce() throws Exception {
        String address = email("confirm-welcome");
        Account account = register(address, Language.DE);
        assertFalse(account.isConfirmed(), "a self-registration starts unconfirmed");

        MimeMessage welcome = deliver(address, 1).get(0);
        assertEquals("Bitte bestätigen Sie Ihre E-Mail-Adresse – REST Academy", welcome.getSubject());
        assertEquals("de", welcome.getHeader("Content-Language", null));
        String text = plainText(welcome);
        assertTrue(text.contains("Willkommen bei der REST Academy!"), text);
        assertTrue(text.contains("7 Tage lang"), text);
        String code = code(text);

        assertEquals(Outcome.CONFIRMED, confirmations.confirm(code));
        assertTrue(reload(account).isConfirmed());
        Instant confirmedAt = usedAt(account);

        assertEquals(Outcome.ALREADY_CONFIRMED, confirmations.confirm(code), "a link confirms once");
        assertEquals(confirmedAt, usedAt(account), "following it again changes nothing");
    }

    @Test
    void onlyTheDigestOfTheCodeIsStored() throws Exception {
        String address = email("confirm-digest");
        Account account = register(address, Language.EN);
        String code = code(plainText(deliver(address, 1).get(0)));

        List<?> digests = em.createNativeQuery("select code_digest from confirmation_code where account_id = ?")
                .setParameter(1, account.getId())
                .getResultList();
        assertEquals(1, digests.size());
        assertNotEquals(code, digests.get(0));
        assertEquals(ApiTokens.digest(code), digests.get(0));
    }

    @Test
    void expiredMistypedAndMadeUpLinksConfirmNothing() throws Exception {
        String address = email("confirm-expired");
        Account account = register(address, Language.EN);
        String code = code(plainText(deliver(address, 1).get(0)));

        confirmations.useClock(Clock.fixed(Instant.now().plus(Duration.ofDays(7).plusMinutes(1)), ZoneOffset.UTC));
        assertEquals(Outcome.EXPIRED, confirmations.confirm(code));
        confirmations.useClock(Clock.systemUTC());
        assertEquals(Outcome.UNKNOWN, confirmations.confirm(code.substring(0, code.length() - 1)));
        assertEquals(Outcome.UNKNOWN, confirmations.confirm("made-up"));
        assertEquals(Outcome.UNKNOWN, confirmations.confirm(""));
        assertEquals(Outcome.UNKNOWN, confirmations.confirm(null));
        assertFalse(reload(account).isConfirmed());

        // Still within its days, the same link works.
        assertEquals(Outcome.CONFIRMED, confirmations.confirm(code));
    }

    @Test
    void whenConfirmationIsRequiredAnUnconfirmedAccountCannotSignInUntilItFollowsTheLink() throws Exception {
        setting.require(true);
        String address = email("confirm-required");
        register(address, Language.EN);
        String text = plainText(deliver(address, 1).get(0));
        assertTrue(text.contains("you can sign in as soon as it is confirmed"), text);

        assertEquals(CredentialValidationResult.Status.INVALID, signIn(address, "wrong " + PASSWORD));
        assertFalse(unconfirmedSignIn.happened(), "a wrong password learns nothing about the account");
        assertEquals(CredentialValidationResult.Status.INVALID, signIn(address, PASSWORD));
        assertTrue(unconfirmedSignIn.happened(), "the right password learns why");
        assertEquals(
                TokenSignIn.Refusal.UNCONFIRMED,
                tokenSignIn.issue(address, PASSWORD, "phone").refusal());

        assertEquals(Outcome.CONFIRMED, confirmations.confirm(code(text)));
        assertEquals(CredentialValidationResult.Status.VALID, signIn(address, PASSWORD));
    }

    @Test
    void theSignInPageSaysInTheReadersLanguageWhyAnUnconfirmedAccountIsRefused() throws Exception {
        setting.require(true);
        String address = email("confirm-sign-in-page");
        register(address, Language.DE);

        String refused = signInThroughThePage(address, PASSWORD);
        assertTrue(refused.contains("Ihre E-Mail-Adresse ist noch nicht bestätigt."), refused);
        assertTrue(refused.contains("/confirm.xhtml\"") && refused.contains("Keine Nachricht erhalten?"), refused);
        String wrong = signInThroughThePage(address, "wrong " + PASSWORD);
        assertTrue(wrong.contains("Die E-Mail-Adresse oder das Passwort ist nicht korrekt."), wrong);
        assertFalse(wrong.contains("noch nicht bestätigt"), "a wrong password learns nothing about the account");
    }

    @Test
    void whenConfirmationIsNotRequiredAnUnconfirmedAccountSignsIn() throws Exception {
        String address = email("confirm-optional");
        register(address, Language.EN);
        assertEquals(CredentialValidationResult.Status.VALID, signIn(address, PASSWORD));
        assertTrue(plainText(deliver(address, 1).get(0)).contains("You can already sign in."));
    }

    @Test
    void accountsNotMadeBySelfRegistrationCountAsConfirmed() {
        setting.require(true);
        Caller admin = new Caller(-1, "admin@it.example.org", EnumSet.of(Role.ADMIN), null);
        String address = email("confirm-by-admin");
        Account opened = administration
                .create(
                        admin,
                        new NewAccount(address, "By Admin", Country.AT, Profession.LAWYER, Language.EN),
                        EnumSet.of(Role.PARTICIPANT),
                        PASSWORD)
                .account();
        assertTrue(reload(opened).isConfirmed());
        assertEquals(CredentialValidationResult.Status.VALID, signIn(address, PASSWORD));
        assertTrue(
                accounts.findByEmail("admin@academy.local")
                        .or(() -> accounts.all().stream()
                                .filter(a -> a.has(Role.ADMIN))
                                .findFirst())
                        .orElseThrow()
                        .isConfirmed(),
                "the first admin counts as confirmed");
    }

    @Test
    void aNewLinkGoesOnlyToAnUnconfirmedAccountAndTheAnswerIsTheSameForEveryAddress() throws Exception {
        String address = email("confirm-again");
        Account account = register(address, Language.EN);
        deliver(address, 1);

        confirmations.resend(address, "198.51.100.21");
        MimeMessage again = deliver(address, 2).get(1);
        String text = plainText(again);
        assertTrue(text.contains("As requested, here is a new link"), text);
        assertEquals(Outcome.CONFIRMED, confirmations.confirm(code(text)));
        assertTrue(reload(account).isConfirmed());

        confirmations.resend(address, "198.51.100.21");
        String unknown = email("confirm-nobody");
        confirmations.resend(unknown, "198.51.100.21");
        sender.drain("confirmation-it", Instant.now());
        assertEquals(
                2,
                TestMailServer.awaitMessagesTo(address, 3, Duration.ofSeconds(2))
                        .size());
        assertEquals(List.of(), TestMailServer.messagesTo(unknown));
    }

    @Test
    void requestsForANewLinkAreRefusedAlikeForKnownAndUnknownAddresses() {
        String known = email("confirm-throttle-known");
        register(known, Language.EN);
        for (String address : List.of(known, email("confirm-throttle-unknown"))) {
            for (int request = 1; request <= Confirmations.PER_ADDRESS; request++) {
                confirmations.resend(address, "198.51.100." + (30 + request));
            }
            TooManyAttemptsException refusal =
                    assertThrows(TooManyAttemptsException.class, () -> confirmations.resend(address, "198.51.100.40"));
            assertEquals("confirm.resend.throttled", refusal.messageKey());
        }
    }

    @Test
    void registeringAgainTellsTheOwnerOfTheAddressInsteadOfOpeningAnAccount() throws Exception {
        String address = email("confirm-twice");
        Account account = register(address, Language.FR);
        String firstCode = code(plainText(deliver(address, 1).get(0)));

        assertTrue(signUp.register(form(address, Language.EN), "another " + PASSWORD, true)
                .isEmpty());
        String again = plainText(deliver(address, 2).get(1));
        assertTrue(again.contains("Comme demandé, voici un nouveau lien"), "unconfirmed: a new link, in French");
        assertEquals(Outcome.CONFIRMED, confirmations.confirm(firstCode), "the first link still works");

        assertTrue(signUp.register(form(address, Language.EN), "another " + PASSWORD, true)
                .isEmpty());
        MimeMessage existing = deliver(address, 3).get(2);
        assertEquals("Votre compte sur REST Academy – REST Academy", existing.getSubject());
        assertTrue(plainText(existing).contains("https://academy.example.org/login.xhtml"));
        assertEquals(1L, accountsWith(address));
        assertTrue(reload(account).isConfirmed());
    }

    private Account register(String address, Language language) {
        return signUp.register(form(address, language), PASSWORD, true).orElseThrow();
    }

    private static NewAccount form(String address, Language language) {
        return new NewAccount(address, "Confirm Test", Country.NL, Profession.SOCIAL_WORKER, language);
    }

    /**
     * Posts the sign-in form of this deployment, as a German browser would, and returns the page it
     * answers with (the test runs inside a request to the same server).
     */
    private String signInThroughThePage(String address, String password) throws Exception {
        String page = "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/login.xhtml";
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> form = browser.send(
                HttpRequest.newBuilder(URI.create(page))
                        .header("Accept-Language", "de")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        // Kept by hand: the session cookie is marked Secure, which a cookie store would not send over http.
        String cookies = form.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        Map<String, String> fields = Map.of(
                "login",
                "login",
                "login:email",
                address,
                "login:password",
                password,
                "login:submit",
                "Anmelden",
                "jakarta.faces.ViewState",
                find(VIEW_STATE, form.body()).replace("&#58;", ":"),
                "primefaces.nonce",
                find(NONCE, form.body()));
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = browser.send(
                HttpRequest.newBuilder(URI.create(page))
                        .header("Accept-Language", "de")
                        .header("Cookie", cookies)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), "a refused sign-in stays on the page");
        return answer.body();
    }

    private static String find(Pattern pattern, String page) {
        Matcher found = pattern.matcher(page);
        assertTrue(found.find(), pattern + " in " + page);
        return found.group(1);
    }

    private CredentialValidationResult.Status signIn(String address, String password) {
        return identityStore
                .validate(new UsernamePasswordCredential(address, new Password(password)))
                .getStatus();
    }

    private Account reload(Account account) {
        return accounts.get(account.getId());
    }

    private long accountsWith(String address) {
        return em.createQuery("select count(a) from Account a where a.email = :email", Long.class)
                .setParameter("email", address)
                .getSingleResult();
    }

    private Instant usedAt(Account account) {
        return em.createQuery(
                        "select c from ConfirmationCode c where c.account.id = :id and c.usedAt is not null",
                        ConfirmationCode.class)
                .setParameter("id", account.getId())
                .getResultStream()
                .map(ConfirmationCode::getUsedAt)
                .findFirst()
                .orElseThrow();
    }

    /** Sends what the outbox holds (other tests' letters too) until {@code address} has {@code count} messages. */
    private List<MimeMessage> deliver(String address, int count) throws InterruptedException {
        for (int round = 0; round < 20 && TestMailServer.messagesTo(address).size() < count; round++) {
            if (sender.drain("confirmation-it", Instant.now()) == 0) {
                break;
            }
        }
        List<MimeMessage> received = TestMailServer.awaitMessagesTo(address, count, Duration.ofSeconds(10));
        assertEquals(count, received.size(), "messages to " + address);
        return received;
    }

    private static String plainText(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    }

    private static String code(String text) {
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }
}
