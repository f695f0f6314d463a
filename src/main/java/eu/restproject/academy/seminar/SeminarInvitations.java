package eu.restproject.academy.seminar;

import eu.restproject.academy.mail.Letter;
import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.mail.Outbox;
import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Correspondence;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invitations by e-mail from a seminar's coordinator (or the admin): each address gets a letter with
 * the seminar's invitation link, in the language of its account if it has one, else in the language
 * the coordinator chose. The answer is the same whether an address has an account or not, as for
 * adding people by e-mail.
 *
 * <p>Against mass mail: at most {@value #MAX_PER_SEND} addresses per send, at most
 * {@code academy.seminar.invitations-per-day} per sender within 24 hours (counted in the database under
 * the sender's row lock, so across nodes and simultaneous sends), and one invitation per address and
 * seminar within 24 hours.
 */
@ApplicationScoped
public class SeminarInvitations {

    /** What a send did: how many letters went out, and the addresses left out as invited within the day. */
    public record Sent(int sent, List<String> invitedAlready) {}

    /** Addresses one send may hold. */
    public static final int MAX_PER_SEND = InvitationAddresses.MAX_PER_SEND;

    private static final Duration DAY = Duration.ofHours(24);
    private static final Map<Country, Language> COUNTRY_LANGUAGES = new EnumMap<>(Map.of(
            Country.AT, Language.DE,
            Country.FR, Language.FR,
            Country.ES, Language.ES,
            Country.NL, Language.NL,
            Country.MD, Language.RO,
            Country.RS, Language.SR));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Seminars seminars;

    @Inject
    private Accounts accounts;

    @Inject
    private Correspondence correspondence;

    @Inject
    private Outbox outbox;

    @Inject
    @ConfigProperty(name = "academy.seminar.invitations-per-day", defaultValue = "200")
    int maxPerDay;

    private Clock clock = Clock.systemUTC();

    /** The language an invitation to an address without an account is written in unless the coordinator picks one. */
    public static Language languageOf(Country country) {
        return COUNTRY_LANGUAGES.getOrDefault(country, Language.EN);
    }

    /**
     * Invites the addresses of {@code addresses} (see {@link InvitationAddresses}) to the seminar; all
     * or nothing: a bad address, too many, or the daily limit refuses the whole send.
     */
    @Transactional
    public Sent invite(Caller caller, long seminarId, String addresses, Language fallback) {
        Seminar seminar = seminars.get(caller, seminarId);
        SeminarAccess.requireManage(caller, seminar.getCountry());
        if (seminar.isCancelled()) {
            throw new InvalidInputException("addresses", "seminar.error.cancelled");
        }
        List<String> wanted = InvitationAddresses.read(addresses);
        accounts.lock(caller.accountId());
        Instant now = clock.instant();
        Set<String> invitedAlready = new HashSet<>(em.createNamedQuery("SeminarInvitation.addressesSince", String.class)
                .setParameter("seminar", seminarId)
                .setParameter("since", now.minus(DAY))
                .getResultList());
        List<String> fresh =
                wanted.stream().filter(a -> !invitedAlready.contains(a)).toList();
        long sentToday = em.createNamedQuery("SeminarInvitation.countBy", Long.class)
                .setParameter("sender", caller.accountId())
                .setParameter("since", now.minus(DAY))
                .getSingleResult();
        if (sentToday + fresh.size() > maxPerDay) {
            throw new InvalidInputException(
                    "addresses", "seminar.invite.error.daily", maxPerDay, Math.max(0, maxPerDay - sentToday));
        }
        String inviter =
                accounts.find(caller.accountId()).map(Account::getDisplayName).orElse(caller.email());
        Map<String, Account> holders =
                accounts.byEmails(fresh).stream().collect(Collectors.toMap(Account::getEmail, Function.identity()));
        for (String address : fresh) {
            UnaryOperator<Letter> content = letter -> invitation(letter, seminar, inviter);
            Account holder = holders.get(address);
            if (holder != null) {
                correspondence.write(holder, MailTopic.SEMINAR_INVITATION, content);
            } else {
                Language language = fallback != null ? fallback : languageOf(seminar.getCountry());
                outbox.add(content.apply(Letter.to(address, "", language, MailTopic.SEMINAR_INVITATION))
                        .footer("seminar.invite.footer"));
            }
            em.persist(new SeminarInvitation(seminarId, address, caller.accountId(), now));
        }
        return new Sent(
                fresh.size(), wanted.stream().filter(invitedAlready::contains).toList());
    }

    private static Letter invitation(Letter letter, Seminar seminar, String inviter) {
        String title = seminar.title(letter.language());
        letter.subject("seminar.invite.subject", title)
                .paragraph("seminar.invite.intro", inviter, title, seminar.getCity());
        return SeminarLetters.describe(letter, seminar)
                .paragraph("seminar.invite.howTo", seminar.getInvitationCode())
                .link("seminar.invite.link", joinPath(seminar));
    }

    /** The join page with the seminar's code: the invitation link the coordinator's page shows. */
    static String joinPath(Seminar seminar) {
        return "/seminars/join.xhtml?code=" + URLEncoder.encode(seminar.getInvitationCode(), StandardCharsets.UTF_8);
    }

    void useClock(Clock testClock) {
        clock = testClock;
    }

    void limitPerDay(int max) {
        maxPerDay = max;
    }
}
