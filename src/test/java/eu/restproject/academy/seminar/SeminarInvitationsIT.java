package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.mail.MailSender;
import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.mail.Outbox;
import eu.restproject.academy.mail.OutboxMessage;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.support.ReceivedMail;
import eu.restproject.academy.support.TestData;
import eu.restproject.academy.support.TestMailServer;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invitations by e-mail, read back from a real SMTP server: the join link, the language of the
 * address's account or else the coordinator's choice; refused for other countries' coordinators,
 * participants and trainers; all or nothing with bad addresses; bounded per send, per day and per
 * address.
 */
@ExtendWith(ArquillianExtension.class)
class SeminarInvitationsIT {

    private static final LocalDate START = LocalDate.now().plusDays(40);
    /** Addresses of this run: the outbox outlives it on a database kept between runs. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @Inject
    private TestData testData;

    @Inject
    private Seminars seminars;

    @Inject
    private SeminarInvitations invitations;

    @Inject
    private MailSender mailSender;

    @Inject
    private Outbox outbox;

    private Caller coordinator;
    private Seminar seminar;

    @BeforeEach
    void seminar() {
        TestMailServer.start();
        clean();
        coordinator = Caller.of(testData.person("si-coordinator", Role.COORDINATOR, Country.AT, Profession.NGO_STAFF));
        seminar = seminars.create(
                coordinator,
                Country.AT,
                SeminarFixtures.details(
                        Map.of(
                                Language.EN, new SeminarText("Residence rights", ""),
                                Language.DE, new SeminarText("Aufenthaltsrecht", ""),
                                Language.FR, new SeminarText("Droit au séjour", "")),
                        "Testville-invitations",
                        "Community hall",
                        START,
                        START,
                        20,
                        List.of(new SessionDetails(
                                null,
                                START,
                                LocalTime.of(9, 0),
                                LocalTime.of(12, 0),
                                "Room 1",
                                new BigDecimal("3.00")))));
    }

    @AfterEach
    void clean() {
        invitations.limitPerDay(200);
        testData.removeTestSeminars();
        testData.removeTestAccounts();
    }

    @Test
    void eachAddressGetsTheLinkInItsAccountsLanguageOrTheCountrys() throws Exception {
        Caller french = testData.participant("si-has-account-" + RUN, Country.AT, Profession.LAWYER, Language.FR);
        String stranger = address("si-stranger");

        SeminarInvitations.Sent sent = invitations.invite(
                coordinator,
                seminar.getId(),
                " " + stranger + ",\n" + french.email().toUpperCase() + "; ",
                null);

        assertEquals(2, sent.sent());
        String link = "https://academy.example.org/seminars/join.xhtml?code=" + seminar.getInvitationCode();
        ReceivedMail german = only(stranger);
        assertEquals("Einladung: Aufenthaltsrecht – REST Academy", german.subject());
        assertEquals("de", german.message().getHeader("Content-Language", null));
        assertTrue(german.text().startsWith("Guten Tag,\n"), german.text());
        assertTrue(german.text().contains("si-coordinator lädt Sie zum Seminar „Aufenthaltsrecht“"), german.text());
        assertTrue(german.text().contains(link), german.text());
        assertTrue(german.text().contains("eine Koordinatorin oder ein Koordinator der REST Academy"), german.text());
        assertTrue(german.html().contains("<a href=\"" + link + "\">Zum Seminar anmelden</a>"), german.html());
        ReceivedMail frenchLetter = only(french.email());
        assertEquals("Invitation : Droit au séjour – REST Academy", frenchLetter.subject());
        assertTrue(frenchLetter.text().startsWith("Bonjour si-has-account-"), frenchLetter.text());
        assertTrue(frenchLetter.text().contains(link), frenchLetter.text());
        assertTrue(frenchLetter.calendarFile().isEmpty());
    }

    @Test
    void theCoordinatorsLanguageChoiceServesAddressesWithoutAccount() throws Exception {
        String address = address("si-english");

        invitations.invite(coordinator, seminar.getId(), address, Language.EN);

        assertEquals(
                "Invitation: Residence rights – REST Academy", only(address).subject());
    }

    @Test
    void onlyTheSeminarsCoordinatorsAndTheAdminMayInvite() {
        String address = address("si-denied");
        Caller otherCountry =
                Caller.of(testData.person("si-coordinator-fr", Role.COORDINATOR, Country.FR, Profession.NGO_STAFF));
        Caller participant =
                Caller.of(testData.person("si-participant", Role.PARTICIPANT, Country.AT, Profession.LAWYER));
        Caller trainer = Caller.of(testData.person("si-trainer", Role.TRAINER, Country.AT, Profession.LAWYER));

        for (Caller refused : List.of(otherCountry, participant, trainer)) {
            assertThrows(
                    AccessDeniedException.class,
                    () -> invitations.invite(refused, seminar.getId(), address, Language.EN),
                    refused.email());
        }
        assertEquals(List.of(), written(address));

        Caller admin = Caller.of(testData.person("si-admin", Role.ADMIN, null, Profession.NGO_STAFF));
        assertEquals(
                1,
                invitations.invite(admin, seminar.getId(), address, Language.EN).sent());
    }

    @Test
    void oneBadAddressStopsTheWholeSendAndEachIsNamed() {
        String good = address("si-good");

        UnusableAddresses refused = assertThrows(
                UnusableAddresses.class,
                () -> invitations.invite(
                        coordinator, seminar.getId(), good + ", not-an-address\nsi@nodot", Language.EN));

        assertEquals(
                List.of("not-an-address", "si@nodot"),
                refused.problems().stream()
                        .map(UnusableAddresses.Problem::address)
                        .toList());
        assertEquals(
                Set.of("error.email.malformed"),
                refused.problems().stream()
                        .map(UnusableAddresses.Problem::messageKey)
                        .collect(Collectors.toSet()));
        assertEquals(List.of(), written(good));
        assertEquals(
                "seminar.invite.error.none",
                assertThrows(
                                InvalidInputException.class,
                                () -> invitations.invite(coordinator, seminar.getId(), " \n ", Language.EN))
                        .messageKey());
    }

    @Test
    void sendsAreBoundedPerSendPerDayAndPerAddress() {
        String many = IntStream.rangeClosed(1, 51)
                .mapToObj(i -> address("si-many-" + i))
                .collect(Collectors.joining(" "));
        assertEquals(
                "seminar.invite.error.tooMany",
                assertThrows(
                                InvalidInputException.class,
                                () -> invitations.invite(coordinator, seminar.getId(), many, Language.EN))
                        .messageKey());
        assertEquals(List.of(), written(address("si-many-1")));

        String twice = address("si-twice");
        assertEquals(
                1,
                invitations
                        .invite(coordinator, seminar.getId(), twice, Language.EN)
                        .sent());
        SeminarInvitations.Sent again = invitations.invite(coordinator, seminar.getId(), twice, Language.EN);
        assertEquals(0, again.sent());
        assertEquals(List.of(twice), again.invitedAlready());
        assertEquals(1, written(twice).size(), "one invitation per address and day");

        invitations.limitPerDay(3);
        String three = address("si-day-1") + " " + address("si-day-2") + " " + address("si-day-3");
        InvalidInputException daily = assertThrows(
                InvalidInputException.class,
                () -> invitations.invite(coordinator, seminar.getId(), three, Language.EN));
        assertEquals("seminar.invite.error.daily", daily.messageKey());
        assertEquals(List.of(3, 2L), List.of(daily.arguments()), "the limit and what is left of it");
        assertEquals(List.of(), written(address("si-day-1")));
        assertEquals(
                2,
                invitations
                        .invite(
                                coordinator,
                                seminar.getId(),
                                address("si-day-1") + " " + address("si-day-2"),
                                Language.EN)
                        .sent());
    }

    private static String address(String localPart) {
        return TestData.email(localPart + "-" + RUN);
    }

    private ReceivedMail only(String address) throws Exception {
        while (mailSender.drain("seminar-invitations-it", Instant.now()) > 0) {
            // until nothing is due
        }
        List<jakarta.mail.internet.MimeMessage> received =
                TestMailServer.awaitMessagesTo(address, 1, Duration.ofSeconds(10));
        assertEquals(1, received.size(), address);
        return new ReceivedMail(received.get(0));
    }

    private List<MailTopic> written(String address) {
        return outbox.latest(Optional.empty(), 10_000).stream()
                .filter(m -> m.getRecipient().equals(address))
                .map(OutboxMessage::getTopic)
                .toList();
    }
}
