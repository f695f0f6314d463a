package eu.restproject.academy.seminar;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.platform.security.RandomCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Personal calendar feeds: a secret address (256 random bits) that a calendar application reads without
 * signing in, listing the sessions of every seminar where the person has a seat. Cancelled seminars are
 * left out, so a subscribed calendar drops their sessions on its next refresh; waiting and withdrawn
 * registrations are not listed either. The owner makes, replaces and revokes the address on their
 * seminars page.
 */
@ApplicationScoped
public class CalendarFeeds {

    /** Where feeds are served: {@code /calendar/<token>.ics}. */
    public static final String PATH = "/calendar/";

    public static final String EXTENSION = ".ics";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Registrations registrations;

    @Inject
    private SeminarCalendar calendar;

    /** The caller's feed, if they have one. */
    public Optional<CalendarFeed> find(Caller caller) {
        return Optional.ofNullable(em.find(CalendarFeed.class, caller.accountId()));
    }

    /** A new secret token for the caller's feed, replacing any earlier one; shown once, never stored. */
    @Transactional
    public String create(Caller caller) {
        Account account = accounts.get(caller.accountId());
        String token = RandomCodes.urlSafeToken(32);
        CalendarFeed feed = em.find(CalendarFeed.class, account.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (feed == null) {
            em.persist(new CalendarFeed(account.getId(), digest(token), Instant.now()));
        } else {
            feed.replace(digest(token), Instant.now());
        }
        return token;
    }

    /** Ends the caller's feed: its address finds nothing from now on. */
    @Transactional
    public void revoke(Caller caller) {
        find(caller).ifPresent(em::remove);
    }

    /**
     * The feed's calendar for a presented token, in its owner's language; empty for a token that is
     * malformed, unknown or revoked (the caller answers all three alike).
     */
    public Optional<String> calendarOf(String token, String platformBase) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return em.createNamedQuery("CalendarFeed.byDigest", CalendarFeed.class)
                .setParameter("digest", digest(token))
                .getResultStream()
                .findFirst()
                .flatMap(feed -> accounts.find(feed.getAccountId()))
                .map(owner -> calendar.feed(seated(owner), owner.getLanguage(), platformBase));
    }

    private List<Seminar> seated(Account owner) {
        List<Long> seminarIds = registrations.mine(Caller.of(owner)).stream()
                .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .map(Registration::getSeminarId)
                .toList();
        if (seminarIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select s from Seminar s where s.id in :ids and s.cancelledAt is null order by s.startsOn, s.id",
                        Seminar.class)
                .setParameter("ids", seminarIds)
                .getResultList();
    }

    static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
