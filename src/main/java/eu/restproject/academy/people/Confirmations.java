package eu.restproject.academy.people;

import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.platform.security.RandomCodes;
import eu.restproject.academy.platform.security.Throttle;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Confirmation of self-registered e-mail addresses. Every self-registration gets a welcome letter
 * with a link; whether the account may sign in before the link was followed is the admin's choice
 * ({@link RegistrationConfirmation}).
 *
 * <p>A link works once and for {@value #VALID_DAYS} days: long enough for a person who registers on a
 * Friday to open the mail after a holiday week, short enough that an old mailbox leak is worth
 * nothing. A new link can be asked for at any time; asking never tells whether an address has an
 * account, and is throttled per address and per source so that nobody can flood a mailbox.
 */
@ApplicationScoped
public class Confirmations {

    static final int VALID_DAYS = 7;
    static final String PATH = "/confirm.xhtml?code=";
    /** Requests for a new link, and registrations again, per address and hour: once or twice is human. */
    static final int PER_ADDRESS = 3;
    /** Requests for a new link per source address and hour. */
    static final int PER_SOURCE = 20;

    /** What following a link did. */
    public enum Outcome {
        /** The address is confirmed now. */
        CONFIRMED,
        /** The link was followed before, or the address was confirmed through another one: nothing to do. */
        ALREADY_CONFIRMED,
        /** The link is too old; a new one can be asked for. */
        EXPIRED,
        /** No such link (mistyped, cut off, or made up). */
        UNKNOWN
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Correspondence correspondence;

    @Inject
    private RegistrationConfirmation setting;

    /** Counts every request for an address, known or not, so that the refusal tells nothing. */
    private Throttle requestsPerAddress;

    private Throttle requestsPerSource;
    /** Bounds the letters that registering again with someone's address sends them. */
    private Throttle registrationsAgain;

    private volatile Clock clock = Clock.systemUTC();

    @PostConstruct
    void init() {
        Duration hour = Duration.ofHours(1);
        requestsPerAddress = new Throttle(PER_ADDRESS, hour, hour);
        requestsPerSource = new Throttle(PER_SOURCE, hour, hour);
        registrationsAgain = new Throttle(PER_ADDRESS, hour, hour);
    }

    /** Writes the welcome letter with a new link to a just self-registered account, in its transaction. */
    @Transactional(TxType.MANDATORY)
    public void welcome(Account account) {
        send(account, "confirm.mail.welcome");
    }

    /**
     * Sends a new link if {@code email} belongs to an account that is not confirmed, and nothing
     * otherwise; the caller answers the same in both cases.
     */
    @Transactional
    public void resend(String email, String source) {
        String address = AccountRules.checkEmail(email);
        requestsPerSource.requireOpen(source, "confirm.resend.throttled");
        requestsPerAddress.requireOpen(address, "confirm.resend.throttled");
        requestsPerSource.record(source);
        requestsPerAddress.record(address);
        accounts.findByEmail(address)
                .filter(account -> !account.isConfirmed())
                .ifPresent(account -> send(account, "confirm.mail.again"));
    }

    /**
     * Someone registered with an address that has an account: its owner learns it, and if the
     * account still waits for confirmation, gets a new link instead, since that is most likely why
     * they registered again. Runs in the registration's transaction, so the answer takes as long.
     */
    void onAlreadyRegistered(@Observes AlreadyRegistered attempt) {
        Optional<Account> owner = accounts.findByEmail(attempt.email());
        if (owner.isEmpty() || registrationsAgain.isBlocked(attempt.email())) {
            return;
        }
        registrationsAgain.record(attempt.email());
        Account account = owner.get();
        if (!account.isConfirmed()) {
            send(account, "confirm.mail.again");
            return;
        }
        correspondence.write(
                account,
                MailTopic.ACCOUNT,
                letter -> letter.subject("confirm.mail.existing.subject")
                        .paragraph("confirm.mail.existing.text")
                        .paragraph("confirm.mail.existing.ignore")
                        .link("confirm.mail.existing.link", "/login.xhtml"));
    }

    /** Follows a link: confirms the address once; a used, expired or unknown code changes nothing. */
    @Transactional
    public Outcome confirm(String code) {
        if (code == null || code.isBlank() || code.length() > 200) {
            return Outcome.UNKNOWN;
        }
        // The row lock makes two clicks at once count as one.
        Optional<ConfirmationCode> found = em.createNamedQuery("ConfirmationCode.byDigest", ConfirmationCode.class)
                .setParameter("digest", ApiTokens.digest(code.strip()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        ConfirmationCode link = found.get();
        Instant now = clock.instant();
        if (link.stateAt(now) == SingleUseCode.State.USED || link.getAccount().isConfirmed()) {
            return Outcome.ALREADY_CONFIRMED;
        }
        if (link.stateAt(now) == SingleUseCode.State.EXPIRED) {
            return Outcome.EXPIRED;
        }
        link.use(now);
        return Outcome.CONFIRMED;
    }

    private void send(Account account, String introKey) {
        String code = RandomCodes.urlSafeToken(32);
        Instant now = clock.instant();
        em.persist(new ConfirmationCode(account, ApiTokens.digest(code), now, now.plus(Duration.ofDays(VALID_DAYS))));
        correspondence.write(
                account,
                MailTopic.ACCOUNT,
                letter -> letter.subject("confirm.mail.subject")
                        .paragraph(introKey)
                        .paragraph(setting.isRequired() ? "confirm.mail.required" : "confirm.mail.optional")
                        .paragraph("confirm.mail.validity", VALID_DAYS)
                        .link("confirm.mail.link", PATH + code));
    }

    /** For tests that step past a link's validity. */
    void useClock(Clock testClock) {
        this.clock = testClock;
    }
}
