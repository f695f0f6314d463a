package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.mail.MailSender;
import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.mail.Outbox;
import eu.restproject.academy.mail.OutboxMessage;
import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.ConflictException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.support.ReceivedMail;
import eu.restproject.academy.support.TestData;
import eu.restproject.academy.support.TestMailServer;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Header;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The letters of a participant's seminar, read back from a real SMTP server: each arrives once, in the
 * participant's language, with a calendar file that ical4j accepts and that keeps its UIDs from the
 * confirmation through a change to the cancellation while its SEQUENCE rises; nothing is written for a
 * change that rolls back, and a turned-off topic silences the optional letters but not a cancellation.
 */
@ExtendWith(ArquillianExtension.class)
class SeminarNoticesIT {

    private static final LocalDate START = LocalDate.now().plusDays(30);
    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    /** Addresses of this run: the outbox outlives it on a database kept between runs. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @Inject
    private TestData testData;

    @Inject
    private Seminars seminars;

    @Inject
    private Registrations registrations;

    @Inject
    private MailSender mailSender;

    @Inject
    private Outbox outbox;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    private Caller coordinator;

    @BeforeEach
    void coordinator() {
        TestMailServer.start();
        clean();
        coordinator = Caller.of(testData.person("sn-coordinator", Role.COORDINATOR, Country.AT, Profession.NGO_STAFF));
    }

    @AfterEach
    void clean() {
        testData.removeTestSeminars();
        testData.removeTestAccounts();
    }

    @Test
    void aSeatIsConfirmedWithACalendarFileAndAWaitingPlaceWithout() throws Exception {
        Seminar seminar = seminar("seat", 1);
        Account ana = participant("sn-seat-ana", Language.DE, Set.of());
        Account luc = participant("sn-seat-luc", Language.FR, Set.of());

        registrations.join(Caller.of(ana), seminar.getInvitationCode());
        registrations.join(Caller.of(luc), seminar.getInvitationCode());
        ReceivedMail seat = onlyMessageTo(ana);
        ReceivedMail waiting = onlyMessageTo(luc);

        assertEquals("Anmeldung bestätigt: Aufenthaltsrecht – REST Academy", seat.subject());
        assertEquals("de", seat.message().getHeader("Content-Language", null));
        String text = seat.text();
        assertTrue(text.startsWith("Hallo Ana sn-seat-ana,"), text);
        assertTrue(text.contains("Datum: " + germanDate(START) + " – " + germanDate(START.plusDays(1))), text);
        assertTrue(text.contains("Veranstaltungsort: Gemeindesaal, Testville-seat"), text);
        assertTrue(
                text.contains(
                        "Termine (Ortszeit in Testville-seat):\n• " + germanDate(START) + ", 09:00–12:00 · Raum 1"),
                text);
        assertTrue(text.contains("https://academy.example.org/seminars/index.xhtml"), text);
        assertTrue(seat.calendarType().startsWith("text/calendar; method=PUBLISH"), seat.calendarType());
        Calendar calendar = seat.calendar();
        assertEquals("PUBLISH", calendar.getProperty("METHOD").orElseThrow().getValue());
        List<VEvent> events = events(calendar);
        assertEquals(2, events.size());
        SeminarSession first = seminar.getSessions().get(0);
        assertEquals(SeminarCalendar.uid(first), value(events.get(0), "UID"));
        assertEquals("0", value(events.get(0), "SEQUENCE"));
        assertEquals(utc(START, 9), value(events.get(0), "DTSTART"));
        assertTrue(value(events.get(0), "SUMMARY").contains("Aufenthaltsrecht"));

        assertEquals("En liste d’attente : Droit au séjour – REST Academy", waiting.subject());
        assertEquals("fr", waiting.message().getHeader("Content-Language", null));
        assertTrue(waiting.text().contains("liste d’attente"), waiting.text());
        assertTrue(waiting.calendarFile().isEmpty(), "no calendar file without a seat");
    }

    @Test
    void aSeatThatFreesUpGoesToTheFirstWaitingWithACalendarFile() throws Exception {
        Seminar seminar = seminar("moves", 1);
        Account seated = participant("sn-moves-seated", Language.EN, Set.of());
        Account next = participant("sn-moves-next", Language.NL, Set.of());
        Account last = participant("sn-moves-last", Language.EN, Set.of());
        registrations.join(Caller.of(seated), seminar.getInvitationCode());
        registrations.join(Caller.of(next), seminar.getInvitationCode());
        registrations.join(Caller.of(last), seminar.getInvitationCode());
        onlyMessageTo(seated);
        onlyMessageTo(next);
        onlyMessageTo(last);

        registrations.cancel(Caller.of(seated), seminar.getId(), seated.getId());
        List<ReceivedMail> toSeated = messagesTo(seated, 2);
        ReceivedMail withdrawn = toSeated.get(1);
        assertEquals("Registration withdrawn: Residence rights – REST Academy", withdrawn.subject());
        assertTrue(withdrawn.text().contains("You have withdrawn your registration"), withdrawn.text());
        assertEquals(
                "CANCEL",
                withdrawn.calendar().getProperty("METHOD").orElseThrow().getValue());
        ReceivedMail movedUp = messagesTo(next, 2).get(1);
        assertEquals("U hebt een plaats: Residence rights – REST Academy", movedUp.subject());
        assertEquals("nl", movedUp.message().getHeader("Content-Language", null));
        assertEquals(
                "PUBLISH",
                movedUp.calendar().getProperty("METHOD").orElseThrow().getValue());

        Seminar current = seminars.get(coordinator, seminar.getId());
        seminars.update(
                coordinator, seminar.getId(), current.getVersion(), details(current, 2, UnaryOperator.identity()));
        ReceivedMail secondMove = messagesTo(last, 2).get(1);
        assertEquals("You have a seat: Residence rights – REST Academy", secondMove.subject());
        assertEquals(
                "0",
                value(events(secondMove.calendar()).get(0), "SEQUENCE"),
                "a larger capacity changes nothing in calendars");
        assertEquals(2, messagesTo(next, 2).size(), "a capacity edit is no change for people seated");

        registrations.cancel(coordinator, seminar.getId(), last.getId());
        ReceivedMail removed = messagesTo(last, 3).get(2);
        assertTrue(
                removed.text().contains("The seminar’s coordinator has withdrawn your registration"), removed.text());
    }

    @Test
    void aChangeUpdatesTheSameEventsAndACancellationRemovesThem() throws Exception {
        Seminar seminar = seminar("change", 1);
        Account ana = participant("sn-change-ana", Language.DE, Set.of());
        Account ion = participant("sn-change-ion", Language.RO, Set.of());
        registrations.join(Caller.of(ana), seminar.getInvitationCode());
        registrations.join(Caller.of(ion), seminar.getInvitationCode());
        List<String> uids = events(onlyMessageTo(ana).calendar()).stream()
                .map(e -> value(e, "UID"))
                .toList();
        onlyMessageTo(ion);

        Seminar current = seminars.get(coordinator, seminar.getId());
        seminars.update(
                coordinator,
                seminar.getId(),
                current.getVersion(),
                details(current, 1, sessions -> List.of(moved(sessions.get(0), 10), sessions.get(1))));
        ReceivedMail changed = messagesTo(ana, 2).get(1);
        assertEquals("Seminar geändert: Aufenthaltsrecht – REST Academy", changed.subject());
        assertTrue(changed.text().contains(germanDate(START) + ", 10:00–13:00"), changed.text());
        List<VEvent> updated = events(changed.calendar());
        assertEquals(uids, updated.stream().map(e -> value(e, "UID")).toList(), "the same events");
        assertEquals("1", value(updated.get(0), "SEQUENCE"));
        assertEquals(utc(START, 10), value(updated.get(0), "DTSTART"));
        ReceivedMail toWaiting = messagesTo(ion, 2).get(1);
        assertEquals(
                "Seminar modificat: Residence rights – REST Academy",
                toWaiting.subject(),
                "no Romanian title: English");
        assertTrue(toWaiting.calendarFile().isEmpty(), "people waiting have no events to update");

        current = seminars.get(coordinator, seminar.getId());
        seminars.update(coordinator, seminar.getId(), current.getVersion(), retitled(current));
        assertEquals(1, seminars.get(coordinator, seminar.getId()).getCalendarSequence());

        seminars.cancel(coordinator, seminar.getId(), "Der Saal ist gesperrt; ein neuer Termin folgt.");
        ReceivedMail cancelled = messagesTo(ana, 3).get(2);
        assertEquals("Seminar abgesagt: Ein neuer Titel – REST Academy", cancelled.subject());
        assertTrue(cancelled.text().contains("Der Saal ist gesperrt; ein neuer Termin folgt."), cancelled.text());
        assertTrue(cancelled.calendarType().startsWith("text/calendar; method=CANCEL"), cancelled.calendarType());
        Calendar cancel = cancelled.calendar();
        assertEquals("CANCEL", cancel.getProperty("METHOD").orElseThrow().getValue());
        List<VEvent> removed = events(cancel);
        assertEquals(uids, removed.stream().map(e -> value(e, "UID")).toList());
        assertTrue(removed.stream().allMatch(e -> value(e, "STATUS").equals("CANCELLED")));
        assertEquals("2", value(removed.get(0), "SEQUENCE"));
        ReceivedMail cancelledWaiting = messagesTo(ion, 3).get(2);
        assertTrue(cancelledWaiting.text().contains("Der Saal ist gesperrt"), cancelledWaiting.text());
        assertEquals(3, messagesTo(ana, 3).size(), "each letter once");
    }

    @Test
    void aRemovedSessionLeavesTheCalendarWhileTheOthersAreUpdated() throws Exception {
        Seminar seminar = seminar("removed", 5);
        Account ana = participant("sn-removed", Language.EN, Set.of());
        registrations.join(Caller.of(ana), seminar.getInvitationCode());
        onlyMessageTo(ana);
        SeminarSession second = seminar.getSessions().get(1);

        Seminar current = seminars.get(coordinator, seminar.getId());
        seminars.update(
                coordinator,
                seminar.getId(),
                current.getVersion(),
                details(current, 5, sessions -> List.of(sessions.get(0))));

        List<ReceivedMail> received = messagesTo(ana, 3);
        assertEquals(3, received.size());
        List<VEvent> kept = events(received.get(1).calendar());
        assertEquals(
                List.of(SeminarCalendar.uid(seminar.getSessions().get(0))),
                kept.stream().map(e -> value(e, "UID")).toList());
        ReceivedMail removed = received.get(2);
        assertEquals("Sessions removed: Residence rights – REST Academy", removed.subject());
        assertTrue(
                removed.text().contains("This session of the seminar “Residence rights” no longer takes place"),
                removed.text());
        Calendar cancel = removed.calendar();
        assertEquals("CANCEL", cancel.getProperty("METHOD").orElseThrow().getValue());
        List<VEvent> gone = events(cancel);
        assertEquals(
                List.of(SeminarCalendar.uid(second)),
                gone.stream().map(e -> value(e, "UID")).toList());
        assertEquals("1", value(gone.get(0), "SEQUENCE"));
        assertEquals("CANCELLED", value(gone.get(0), "STATUS"));
    }

    @Test
    void aTurnedOffTopicSilencesConfirmationsButNotACancellation() throws Exception {
        Seminar seminar = seminar("quiet", 5);
        Account quiet = participant("sn-quiet", Language.EN, Set.of(MailTopic.SEMINAR_UPDATES));

        registrations.join(Caller.of(quiet), seminar.getInvitationCode());
        assertEquals(List.of(), written(quiet), "no confirmation for someone who turned them off");

        seminars.cancel(coordinator, seminar.getId(), "The trainer is ill.");
        ReceivedMail cancelled = onlyMessageTo(quiet);
        assertEquals("Seminar cancelled: Residence rights – REST Academy", cancelled.subject());
        assertTrue(cancelled.text().contains("The coordinator’s notice:\nThe trainer is ill."), cancelled.text());
        assertEquals(
                List.of(MailTopic.SEMINAR_CANCELLED),
                written(quiet).stream().map(OutboxMessage::getTopic).toList());
    }

    @Test
    void aChangeThatRollsBackLeavesNoLetter() throws Exception {
        Seminar seminar = seminar("rollback", 5);
        Account ana = participant("sn-rollback", Language.EN, Set.of());
        registrations.join(Caller.of(ana), seminar.getInvitationCode());
        assertEquals(1, written(ana).size());
        Seminar current = seminars.get(coordinator, seminar.getId());
        SeminarDetails moved = details(current, 5, sessions -> List.of(moved(sessions.get(0), 11), sessions.get(1)));

        assertThrows(
                ConflictException.class,
                () -> seminars.update(coordinator, seminar.getId(), current.getVersion() - 1, moved));
        transaction.begin();
        seminars.update(coordinator, seminar.getId(), current.getVersion(), moved);
        assertEquals(2, written(ana).size(), "written in the change's transaction");
        transaction.rollback();
        transaction.begin();
        seminars.cancel(coordinator, seminar.getId(), "Rolled back.");
        transaction.rollback();

        assertEquals(1, written(ana).size(), "only the confirmation");
        assertEquals(0, seminars.get(coordinator, seminar.getId()).getCalendarSequence());
    }

    @Test
    void lineBreaksInATitleOrANameAddNoHeader() throws Exception {
        Seminar seminar = seminars.create(
                coordinator,
                Country.AT,
                details(
                        Map.of(Language.EN, new SeminarText("Rights\r\nBcc: sn-evil-title@it.example.org", "")),
                        "Testville-headers",
                        5,
                        List.of(session(START, 9))));
        Account eve = participantNamed("sn-headers", "Eve\r\nBcc: sn-evil-name@it.example.org");

        registrations.join(Caller.of(eve), seminar.getInvitationCode());
        MimeMessage received = onlyMessageTo(eve).message();

        assertNull(received.getHeader("Bcc"));
        assertNull(received.getHeader("Cc"));
        assertEquals(1, received.getAllRecipients().length);
        for (Header header : Collections.list(received.getAllHeaders())) {
            String unfolded = header.getValue().replaceAll("\r\n[ \t]", " ");
            assertFalse(unfolded.contains("\r") || unfolded.contains("\n"), header.getName() + ": " + unfolded);
            assertFalse(header.getName().equalsIgnoreCase("Bcc"));
        }
        assertEquals(
                "Registration confirmed: Rights Bcc: sn-evil-title@it.example.org – REST Academy",
                received.getSubject());
        // GreenMail makes a mailbox for every envelope recipient it delivers to: an injected Bcc would have one.
        var mailboxes = TestMailServer.start().getUserManager();
        assertNull(mailboxes.getUserByEmail("sn-evil-title@it.example.org"));
        assertNull(mailboxes.getUserByEmail("sn-evil-name@it.example.org"));
        assertTrue(mailboxes.getUserByEmail(eve.getEmail()) != null, "the real recipient's mailbox exists");
    }

    private List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static String utc(LocalDate day, int hour) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(day.atTime(hour, 0).atZone(VIENNA).withZoneSameInstant(ZoneId.of("UTC")));
    }

    private static String germanDate(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.GERMAN)
                .format(day);
    }

    /** The only letter the person got, after sending everything due (and again, to show it goes once). */
    private ReceivedMail onlyMessageTo(Account account) throws Exception {
        List<ReceivedMail> received = messagesTo(account, 1);
        assertEquals(1, received.size(), "one letter to " + account.getEmail());
        return received.get(0);
    }

    /** Sends everything due, waits for {@code count} letters to the person and returns all they got. */
    private List<ReceivedMail> messagesTo(Account account, int count) throws Exception {
        while (mailSender.drain("seminar-notices-it", Instant.now()) > 0) {
            // until nothing is due
        }
        return TestMailServer.awaitMessagesTo(account.getEmail(), count, Duration.ofSeconds(10)).stream()
                .map(ReceivedMail::new)
                .toList();
    }

    private List<OutboxMessage> written(Account account) {
        return outbox.latest(java.util.Optional.empty(), 10_000).stream()
                .filter(m -> m.getRecipient().equals(account.getEmail()))
                .toList();
    }

    private Account participant(String localPart, Language language, Set<MailTopic> declined) throws Exception {
        return person(localPart, "Ana " + localPart, language, declined);
    }

    private Account participantNamed(String localPart, String name) throws Exception {
        return person(localPart, name, Language.EN, Set.of());
    }

    /** An account made directly, so that its name and language are exactly what the test needs. */
    private Account person(String localPart, String name, Language language, Set<MailTopic> declined) throws Exception {
        transaction.begin();
        Account account = new Account(TestData.email(localPart + "-" + RUN), name, language, "unusable:" + localPart);
        account.assignRoles(EnumSet.of(Role.PARTICIPANT), Country.AT);
        account.decline(declined);
        em.persist(account);
        transaction.commit();
        return account;
    }

    private Seminar seminar(String name, int capacity) {
        return seminars.create(
                coordinator,
                Country.AT,
                details(
                        Map.of(
                                Language.EN, new SeminarText("Residence rights", "Two days on permits."),
                                Language.DE, new SeminarText("Aufenthaltsrecht", "Zwei Tage zu Aufenthaltstiteln."),
                                Language.FR, new SeminarText("Droit au séjour", "Deux jours sur les titres.")),
                        "Testville-" + name,
                        capacity,
                        List.of(session(START, 9), session(START.plusDays(1), 9))));
    }

    private static SeminarDetails details(
            Map<Language, SeminarText> texts, String city, int capacity, List<SessionDetails> sessions) {
        return SeminarFixtures.details(
                texts,
                city,
                "Gemeindesaal",
                sessions.get(0).heldOn(),
                sessions.get(sessions.size() - 1).heldOn(),
                capacity,
                sessions);
    }

    /** The seminar as it is, with another capacity and its sessions changed by {@code change}. */
    private static SeminarDetails details(Seminar seminar, int capacity, UnaryOperator<List<SessionDetails>> change) {
        List<SessionDetails> sessions = seminar.getSessions().stream()
                .map(s -> new SessionDetails(
                        s.getId(), s.getHeldOn(), s.getStartsAt(), s.getEndsAt(), s.getRoom(), s.getHours()))
                .toList();
        return details(seminar.getTexts(), seminar.getCity(), capacity, change.apply(sessions));
    }

    private static SeminarDetails retitled(Seminar seminar) {
        SeminarDetails same = details(seminar, seminar.getCapacity(), UnaryOperator.identity());
        return details(
                Map.of(
                        Language.EN, new SeminarText("A new title", "Other words."),
                        Language.DE, new SeminarText("Ein neuer Titel", "Andere Worte.")),
                seminar.getCity(),
                seminar.getCapacity(),
                same.sessions());
    }

    private static SessionDetails session(LocalDate day, int fromHour) {
        return new SessionDetails(
                null, day, LocalTime.of(fromHour, 0), LocalTime.of(fromHour + 3, 0), "Raum 1", new BigDecimal("3.00"));
    }

    private static SessionDetails moved(SessionDetails session, int fromHour) {
        return new SessionDetails(
                session.id(),
                session.heldOn(),
                LocalTime.of(fromHour, 0),
                LocalTime.of(fromHour + 3, 0),
                session.room(),
                session.hours());
    }
}
