package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.support.TestData;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal calendar feeds on the real database: the sessions of the seminars where the owner has a
 * seat (not those they wait for, nor cancelled ones), valid for ical4j; the token kept only as a digest;
 * a new address ending the old one, revoking ending both, unknown and malformed tokens finding nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarFeedsIT {

    private static final String BASE = "https://academy.example.org";
    private static final LocalDate START = LocalDate.now(Country.AT.zone()).plusDays(25);

    @Inject
    private TestData testData;

    @Inject
    private Seminars seminars;

    @Inject
    private Registrations registrations;

    @Inject
    private CalendarFeeds feeds;

    @PersistenceContext
    private EntityManager em;

    private Caller coordinator;

    @BeforeEach
    void people() {
        clean();
        coordinator = Caller.of(testData.person("feed-coord", Role.COORDINATOR, Country.AT, Profession.NGO_STAFF));
    }

    @AfterEach
    void clean() {
        testData.removeTestSeminars();
        testData.removeTestAccounts();
    }

    @Test
    void theFeedListsTheSessionsOfTheSeminarsWithASeatOnly() throws Exception {
        Account owner = person("feed-owner");
        Seminar seated = seminar("seated", 20, 2);
        Seminar full = seminar("full", 1, 1);
        Seminar cancelled = seminar("cancelled", 20, 1);
        registrations.add(coordinator, full.getId(), person("feed-first").getEmail());
        Stream.of(seated, full, cancelled).forEach(s -> registrations.add(coordinator, s.getId(), owner.getEmail()));
        seminars.cancel(coordinator, cancelled.getId(), "No trainer.");
        Seminar other = seminar("other", 20, 1);
        registrations.add(coordinator, other.getId(), person("feed-other").getEmail());

        String token = feeds.create(Caller.of(owner));
        String file = feeds.calendarOf(token, BASE).orElseThrow();

        Calendar calendar = CalendarFiles.valid(file);
        assertEquals(
                seated.getSessions().stream().map(SeminarCalendar::uid).sorted().toList(),
                CalendarFiles.uids(calendar),
                "the waiting list, the cancelled seminar and other people's seminars are not listed");
        assertTrue(file.contains("X-WR-CALNAME:REST Academy seminars"), file);
        assertTrue(file.contains("URL:" + BASE + "/seminars/index.xhtml"), file);
    }

    @Test
    void onlyTheDigestIsStoredAndANewAddressEndsTheOld() {
        Caller owner = Caller.of(person("feed-replace"));
        registrations.add(coordinator, seminar("replace", 20, 1).getId(), owner.email());

        String first = feeds.create(owner);
        String stored = (String) em.createNativeQuery("select token_digest from calendar_feed where account_id = ?")
                .setParameter(1, owner.accountId())
                .getSingleResult();
        assertEquals(64, stored.length());
        assertEquals(CalendarFeeds.digest(first), stored);
        assertTrue(!stored.contains(first) && first.length() == 43, "256 random bits, stored as their digest only");

        String second = feeds.create(owner);
        assertNotEquals(first, second);
        assertEquals(Optional.empty(), feeds.calendarOf(first, BASE), "the old address finds nothing");
        assertTrue(feeds.calendarOf(second, BASE).isPresent());
    }

    @Test
    void aRevokedUnknownOrMalformedAddressFindsNothing() {
        Caller owner = Caller.of(person("feed-revoke"));
        String token = feeds.create(owner);
        assertTrue(feeds.calendarOf(token, BASE).isPresent(), "an empty calendar while the owner has no seat");

        feeds.revoke(owner);

        assertEquals(Optional.empty(), feeds.find(owner));
        for (String refused :
                new String[] {token, "A".repeat(43), token.substring(1), token + "x", "../" + token, "", null}) {
            assertEquals(Optional.empty(), feeds.calendarOf(refused, BASE), String.valueOf(refused));
        }
    }

    private Account person(String name) {
        return testData.person(name, Role.PARTICIPANT, Country.AT, Profession.LAWYER);
    }

    private Seminar seminar(String city, int capacity, int days) {
        List<SessionDetails> sessions = Stream.iterate(START, day -> day.plusDays(1))
                .limit(days)
                .map(day -> new SessionDetails(
                        null, day, LocalTime.of(10, 0), LocalTime.of(12, 0), "Room 4", new BigDecimal("2.00")))
                .toList();
        return seminars.create(
                coordinator,
                Country.AT,
                SeminarFixtures.details(
                        Map.of(Language.EN, new SeminarText("Feeds " + city, "Text.")),
                        "Testville-feed-" + city,
                        "Hall",
                        START,
                        START.plusDays(days - 1L),
                        capacity,
                        sessions));
    }
}
