package eu.restproject.academy.people;

import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.security.LoginThrottle;
import eu.restproject.academy.platform.security.RandomCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password reset links: written in answer to a {@link ResetRequest}, and used once to set a new password.
 *
 * <p>{@link #answer} runs on a timer ({@link PasswordResetSchedule}), not in the page's request: it takes
 * the request out of the queue, and only then looks for the account. An unknown address is dropped there;
 * for a known one the link and its letter are written in the same transaction as the request's removal,
 * so a request is answered exactly once, even with several nodes, and never without its letter. At most
 * {@value #LETTERS_PER_HOUR} links per account and hour are written, whoever asks and from wherever, so
 * that nobody can fill a person's mailbox.
 *
 * <p>Using a link sets the password (a one-time password no longer needs replacing), spends every other
 * link of the account, and ends the account's sessions on every node ({@link Account#endSessions}). API
 * tokens stay: the reset replaces a forgotten password, it does not lock out the person's programs.
 */
@ApplicationScoped
public class PasswordResets {

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

    /** Reset letters per account within an hour; further requests in that hour are dropped. */
    static final int LETTERS_PER_HOUR = 3;

    /** Links are kept a day after they were written, to count an account's letters, then deleted. */
    static final Duration KEPT = Duration.ofDays(1);

    static final String PAGE = "/reset-password.xhtml";

    /** The field a refusal of the link itself names, as opposed to one of the new password. */
    public static final String TOKEN = "token";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ResetRequests requests;

    @Inject
    private Accounts accounts;

    @Inject
    private Correspondence correspondence;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private LoginThrottle throttle;

    @Inject
    @ConfigProperty(name = "academy.password-reset.minutes", defaultValue = "60")
    int validMinutes;

    private Clock clock = Clock.systemUTC();

    /**
     * Answers one waiting request: writes a link and its letter if the address has an account that has not
     * had its share of letters this hour, else nothing. The request is gone afterwards either way.
     */
    @Transactional
    public void answer(long requestId) {
        requests.claim(requestId)
                .ifPresent(request -> accounts.findByEmail(request.getEmail())
                        .ifPresent(account -> writeLink(account, request.getSource())));
    }

    private void writeLink(Account account, String source) {
        accounts.lock(account.getId());
        Instant now = clock.instant();
        long recent = em.createNamedQuery("ResetLink.countSince", Long.class)
                .setParameter("account", account)
                .setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= LETTERS_PER_HOUR) {
            LOG.fine(() ->
                    "Reset request for account " + account.getId() + " dropped: its letters for this hour are out");
            return;
        }
        String token = RandomCodes.urlSafeToken(32);
        em.persist(new ResetLink(account, ApiTokens.digest(token), now, now.plus(validity())));
        correspondence.write(
                account,
                MailTopic.ACCOUNT,
                letter -> letter.subject("reset.mail.subject")
                        .paragraph("reset.mail.asked", source)
                        .paragraph("reset.mail.validity", validity().toMinutes())
                        .paragraph("reset.mail.ignore")
                        .link("reset.mail.link", PAGE + "?token=" + token));
    }

    /**
     * The account whose password the token's link sets, while the link is open; otherwise a refusal that
     * says why (unknown, used, expired). Changes nothing.
     */
    @Transactional
    public Account open(String token) {
        return openLink(token, LockModeType.NONE).getAccount();
    }

    /**
     * Sets the password of the token's account, spends all its links and ends all its sessions. The token
     * alone names the account. Refused, changing nothing, for a link that is not open or a password that
     * breaks the rules. {@code source} is where the request comes from: its sign-in failures for the
     * account are forgotten, since the person has just proved they read the account's mail.
     */
    @Transactional
    public Account reset(String token, String newPassword, String source) {
        ResetLink link = openLink(token, LockModeType.PESSIMISTIC_WRITE);
        Account account = link.getAccount();
        AccountRules.checkPassword("newPassword", newPassword, account.getEmail());
        Instant now = clock.instant();
        account.setPassword(hasher.hash(newPassword), false);
        account.endSessions();
        link.use(now);
        em.createNamedQuery("ResetLink.spendOthers")
                .setParameter("now", now)
                .setParameter("account", account)
                .setParameter("id", link.getId())
                .executeUpdate();
        throttle.recordSuccess(account.getEmail(), source);
        return account;
    }

    /** Deletes links written before {@link #KEPT}: long expired, and no longer counted. */
    @Transactional
    public int forgetOld() {
        return em.createNamedQuery("ResetLink.createdBefore")
                .setParameter("before", clock.instant().minus(KEPT))
                .executeUpdate();
    }

    /** How long a link sets a password after it was written ({@code academy.password-reset.minutes}). */
    public Duration validity() {
        return Duration.ofMinutes(Math.max(1, validMinutes));
    }

    private ResetLink openLink(String token, LockModeType lock) {
        ResetLink link = find(token, lock).orElseThrow(() -> new InvalidInputException(TOKEN, "reset.link.unknown"));
        return switch (link.stateAt(clock.instant())) {
            case OPEN -> link;
            case USED -> throw new InvalidInputException(TOKEN, "reset.link.used");
            case EXPIRED -> throw new InvalidInputException(TOKEN, "reset.link.expired");
        };
    }

    private Optional<ResetLink> find(String token, LockModeType lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("ResetLink.byDigest", ResetLink.class)
                .setParameter("digest", ApiTokens.digest(token.strip()))
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    /** For tests that step past a link's validity or the hour of the letters' count. */
    void useClock(Clock testClock) {
        clock = testClock;
    }
}
