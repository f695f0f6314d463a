package eu.restproject.academy.people;

import static eu.restproject.academy.support.TestData.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.mail.MailSender;
import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.mail.Outbox;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.TooManyAttemptsException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.security.LoginThrottle;
import eu.restproject.academy.support.TestData;
import eu.restproject.academy.support.TestMailServer;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Password reset against the real database and a real SMTP server (GreenMail): the request, the letter
 * the scheduled step writes for it, the link read back from the received mail, used once, and every
 * refusal (used, expired, unknown, throttled) changing nothing. The services' clock is set by the tests
 * to step past a link's validity.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

    private static final String PASSWORD = "violet harbour lantern";
    private static final String NEW_PASSWORD = "copper meadow lighthouse";
    private static final Pattern LINK =
            Pattern.compile("https://academy\\.example\\.org/reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    /** A different source per request, so that the throttle counts only where a test means it to. */
    private static final AtomicInteger SOURCES = new AtomicInteger();

    @Inject
    private ResetRequests requests;

    @Inject
    private PasswordResets resets;

    @Inject
    private MailSender sender;

    @Inject
    private Outbox outbox;

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private ApiTokens apiTokens;

    @Inject
    private AccountAdministration administration;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private TestData testData;

    @PersistenceContext
    private EntityManager em;

    private Instant now;

    @BeforeEach
    void freshAccounts() {
        TestMailServer.start();
        testData.removeTestAccounts();
        // Whole milliseconds: the database keeps microseconds and would round a nanosecond instant up.
        at(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    @AfterEach
    void realClock() {
        resets.useClock(Clock.systemUTC());
    }

    @Test
    void theMailCarriesALinkThatSetsThePasswordOnceAndEndsTheSessions() throws Exception {
        Caller ana = testData.participant("reset-ana", Country.AT, Profession.LAWYER, Language.DE);
        String token = apiTokens.create(ana, "script").secret();
        long generation = account(ana).getSessionGeneration();

        requests.record(email("reset-ana"), "198.51.100.7");
        answerWaiting();
        MimeMessage mail = onlyMailTo(email("reset-ana"));

        assertEquals("Neues Passwort wählen – REST Academy", mail.getSubject());
        assertEquals("de", mail.getHeader("Content-Language", null));
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        String text = (String) alternative.getBodyPart(0).getContent();
        String html = (String) alternative.getBodyPart(1).getContent();
        assertTrue(text.contains("von der Netzwerkadresse 198.51.100.7"), text);
        assertTrue(text.contains("innerhalb von 60 Minuten"), text);
        String link = link(text);
        assertTrue(html.contains("<a href=\"https://academy.example.org/reset-password.xhtml?token="), html);
        assertEquals(
                MailTopic.ACCOUNT,
                outbox.latest(Optional.empty(), 10_000).stream()
                        .filter(m -> m.getRecipient().equals(email("reset-ana")))
                        .findFirst()
                        .orElseThrow()
                        .getTopic());
        assertEquals(
                0,
                ((Number) em.createNativeQuery("select count(*) from password_reset_link where token_digest = ?")
                                .setParameter(1, link)
                                .getSingleResult())
                        .intValue(),
                "only the token's digest is stored");

        assertEquals(email("reset-ana"), resets.open(link).getEmail());
        resets.reset(link, NEW_PASSWORD, "198.51.100.7");

        Account after = account(ana);
        assertTrue(hasher.verify(NEW_PASSWORD, after.getPasswordHash()));
        assertEquals(generation + 1, after.getSessionGeneration(), "the sessions signed in before are over");
        assertEquals(Optional.of(ana.accountId()), apiTokens.authenticate(token).map(Account::getId), "tokens stay");

        refused("reset.link.used", () -> resets.reset(link, "another meadow lighthouse", "198.51.100.7"));
        refused("reset.link.used", () -> resets.open(link));
        assertTrue(hasher.verify(NEW_PASSWORD, account(ana).getPasswordHash()), "the second use changed nothing");
        assertEquals(generation + 1, account(ana).getSessionGeneration());
    }

    @Test
    void aResetReplacesAOneTimePassword() throws Exception {
        Caller admin = Caller.of(testData.person("reset-admin", Role.ADMIN, null, Profession.OTHER));
        Account opened = administration
                .open(
                        admin,
                        new NewAccount(email("reset-opened"), "Opened", Country.FR, Profession.POLICE, Language.FR),
                        EnumSet.of(Role.PARTICIPANT))
                .account();
        assertTrue(accounts.get(opened.getId()).isMustChangePassword());

        resets.reset(linkFor("reset-opened"), NEW_PASSWORD, nextSource());

        assertFalse(accounts.get(opened.getId()).isMustChangePassword());
    }

    @Test
    void aLinkExpiresAfterItsMinutes() throws Exception {
        Caller bo = testData.participant("reset-expired", Country.NL, Profession.OTHER, Language.NL);
        String link = linkFor("reset-expired");

        at(now.plus(resets.validity()).minusSeconds(1));
        assertEquals(email("reset-expired"), resets.open(link).getEmail());
        at(now.plusSeconds(1));
        refused("reset.link.expired", () -> resets.open(link));
        refused("reset.link.expired", () -> resets.reset(link, NEW_PASSWORD, nextSource()));
        assertTrue(hasher.verify(PASSWORD, account(bo).getPasswordHash()), "nothing changed");
    }

    @Test
    void theTokenAloneDecidesTheAccountAndUsingOneLinkSpendsTheAccountsOthers() throws Exception {
        Caller ana = testData.participant("reset-first", Country.ES, Profession.LAWYER, Language.ES);
        Caller ben = testData.participant("reset-other", Country.ES, Profession.LAWYER, Language.ES);
        String older = linkFor("reset-first");
        String newer = linkFor("reset-first");
        String bens = linkFor("reset-other");

        assertEquals(
                email("reset-first"),
                resets.reset(newer, NEW_PASSWORD, nextSource()).getEmail());

        assertTrue(hasher.verify(NEW_PASSWORD, account(ana).getPasswordHash()));
        assertTrue(hasher.verify(PASSWORD, account(ben).getPasswordHash()), "another account is untouched");
        refused("reset.link.used", () -> resets.open(older));
        assertEquals(email("reset-other"), resets.open(bens).getEmail(), "another account's link stays open");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoLetter() throws Exception {
        testData.participant("reset-known", Country.RS, Profession.SOCIAL_WORKER, Language.SR);
        int before = requests.waiting(10_000).size();

        // The same call, the same answer (none), and the same work: one request recorded for each.
        requests.record(email("reset-known"), nextSource());
        requests.record(email("reset-nobody"), nextSource());
        assertEquals(before + 2, requests.waiting(10_000).size());
        answerWaiting();

        assertEquals(
                1,
                TestMailServer.awaitMessagesTo(email("reset-known"), 1, Duration.ofSeconds(10))
                        .size());
        assertEquals(List.of(), TestMailServer.messagesTo(email("reset-nobody")));
        assertEquals(List.of(), requests.waiting(10_000), "both requests were answered");
    }

    @Test
    void aThrottledRequesterIsRefusedAndRequestsCountLikeFailedSignIns() {
        String source = "203.0.113.9";
        for (int i = 0; i < 5; i++) {
            requests.record(email("reset-throttled"), source);
        }
        assertTrue(throttle.isBlocked(email("reset-throttled"), source), "sign-in from there is blocked too");
        TooManyAttemptsException refusal =
                assertThrows(TooManyAttemptsException.class, () -> requests.record(email("reset-throttled"), source));
        assertEquals("reset.throttled", refusal.messageKey());
        int waiting = requests.waiting(10_000).size();
        assertThrows(TooManyAttemptsException.class, () -> requests.record(email("reset-throttled"), source));
        assertEquals(waiting, requests.waiting(10_000).size(), "a refused request is not recorded");
        requests.record(email("reset-throttled"), "203.0.113.10");
    }

    @Test
    void atMostThreeLettersPerAccountAndHourWhoeverAsks() throws Exception {
        testData.participant("reset-flood", Country.MD, Profession.OTHER, Language.RO);
        for (int i = 0; i < 5; i++) {
            requests.record(email("reset-flood"), nextSource());
        }
        answerWaiting();
        assertEquals(3, letters("reset-flood"));

        at(now.plus(Duration.ofMinutes(61)));
        requests.record(email("reset-flood"), nextSource());
        answerWaiting();
        assertEquals(4, letters("reset-flood"), "the next hour has its own share");
    }

    @Test
    void aRequestIsAnsweredOnceWhenTwoNodesReachForIt() throws Exception {
        testData.participant("reset-twice", Country.AT, Profession.OTHER, Language.EN);
        requests.record(email("reset-twice"), nextSource());
        long id = requests.waiting(10_000).get(0);

        resets.answer(id);
        resets.answer(id);

        assertEquals(1, letters("reset-twice"));
    }

    @Test
    void aBadOrMissingTokenIsRefusedAndChangesNothing() throws Exception {
        Caller cy = testData.participant("reset-bad", Country.FR, Profession.OTHER, Language.FR);
        String link = linkFor("reset-bad");
        for (String bad :
                new String[] {null, "", "   ", "not-a-token", link + "x", link.substring(1), "x".repeat(500)}) {
            refused("reset.link.unknown", () -> resets.open(bad));
            refused("reset.link.unknown", () -> resets.reset(bad, NEW_PASSWORD, nextSource()));
        }
        assertTrue(hasher.verify(PASSWORD, account(cy).getPasswordHash()));
        assertEquals(email("reset-bad"), resets.open(link).getEmail(), "the real link is still open");
    }

    @Test
    void aRefusedPasswordLeavesTheLinkOpen() throws Exception {
        Caller di = testData.participant("reset-weak", Country.NL, Profession.OTHER, Language.NL);
        String link = linkFor("reset-weak");

        refused("error.password.tooShort", () -> resets.reset(link, "short", nextSource()));
        refused("error.password.weak", () -> resets.reset(link, "reset-weak@it.example.org!", nextSource()));

        assertTrue(hasher.verify(PASSWORD, account(di).getPasswordHash()));
        resets.reset(link, NEW_PASSWORD, nextSource());
        assertTrue(hasher.verify(NEW_PASSWORD, account(di).getPasswordHash()));
    }

    /** Asks for a link for the test account {@code localPart} and reads it from the mail it receives. */
    private String linkFor(String localPart) throws Exception {
        int received = TestMailServer.messagesTo(email(localPart)).size();
        requests.record(email(localPart), nextSource());
        answerWaiting();
        List<MimeMessage> mails =
                TestMailServer.awaitMessagesTo(email(localPart), received + 1, Duration.ofSeconds(10));
        assertEquals(received + 1, mails.size());
        MimeMultipart alternative = (MimeMultipart) mails.get(received).getContent();
        return link((String) alternative.getBodyPart(0).getContent());
    }

    /** What the timer does: answer the waiting requests, then send the outbox. */
    private void answerWaiting() {
        requests.waiting(10_000).forEach(resets::answer);
        sender.drain("password-reset-it", Instant.now());
    }

    private MimeMessage onlyMailTo(String address) throws InterruptedException {
        List<MimeMessage> mails = TestMailServer.awaitMessagesTo(address, 1, Duration.ofSeconds(10));
        assertEquals(1, mails.size());
        return mails.get(0);
    }

    /** The links written for the account, which go with it: each came with its letter. */
    private int letters(String localPart) {
        return ((Number) em.createNativeQuery("select count(*) from password_reset_link l join account a"
                                + " on a.id = l.account_id where a.email = ?")
                        .setParameter(1, email(localPart))
                        .getSingleResult())
                .intValue();
    }

    private static String link(String text) {
        Matcher matcher = LINK.matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }

    private Account account(Caller caller) {
        return accounts.get(caller.accountId());
    }

    private void at(Instant instant) {
        now = instant;
        resets.useClock(Clock.fixed(instant, ZoneOffset.UTC));
    }

    private static String nextSource() {
        return "192.0.2." + (SOURCES.incrementAndGet() % 250);
    }

    private static void refused(String key, Executable call) {
        AcademyException refusal = assertThrows(InvalidInputException.class, call);
        assertEquals(key, refusal.messageKey());
    }
}
