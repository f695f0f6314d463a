package eu.restproject.academy.seminar;

import static eu.restproject.academy.support.TestData.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.NewAccount;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.people.SignUp;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.support.TestData;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service step of the CSV import against the real database: e-mails resolved to accounts of the
 * seminar's country, rows already registered refused, a preview that saves nothing, and a
 * confirmation that seats the good rows up to the capacity and puts the rest on the waiting list.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationImportIT {

    private static final Caller COORDINATOR_AT =
            new Caller(-1, "coordinator@it.example.org", EnumSet.of(Role.COORDINATOR), Country.AT);
    private static final Caller COORDINATOR_FR =
            new Caller(-2, "coordinator.fr@it.example.org", EnumSet.of(Role.COORDINATOR), Country.FR);

    @Inject
    private TestData testData;

    @Inject
    private SignUp signUp;

    @Inject
    private Seminars seminars;

    @Inject
    private Registrations registrations;

    @Inject
    private RegistrationImports imports;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        testData.removeTestSeminars();
        testData.removeTestAccounts();
    }

    private Account participant(String name, Country country) {
        return signUp.register(
                        new NewAccount(email(name), name, country, Profession.LAWYER, Language.EN),
                        "violet harbour lantern",
                        true)
                .orElseThrow();
    }

    private Seminar seminar(int capacity) {
        LocalDate day = LocalDate.now().plusDays(30);
        return seminars.create(
                COORDINATOR_AT,
                Country.AT,
                SeminarFixtures.details(
                        Map.of(Language.EN, new SeminarText("Import test", "")),
                        "Testville-import",
                        "Hall",
                        day,
                        day,
                        capacity,
                        List.of(new SessionDetails(
                                null, day, LocalTime.of(9, 0), LocalTime.of(12, 0), "A", new BigDecimal("3")))));
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<Integer, String> reasons(ImportPreview preview) {
        return preview.lines().stream()
                .filter(l -> !l.isGood())
                .collect(Collectors.toMap(ImportPreview.Line::line, ImportPreview.Line::reasonKey));
    }

    @Test
    void unknownOtherCountryAndAlreadyRegisteredRowsAreBad() {
        Seminar seminar = seminar(10);
        participant("anna", Country.AT);
        participant("pierre", Country.FR);
        Account registered = participant("bert", Country.AT);
        registrations.add(COORDINATOR_AT, seminar.getId(), registered.getEmail());

        ImportPreview preview = imports.preview(
                COORDINATOR_AT,
                seminar.getId(),
                csv("email;name\n" + email("anna") + ";Anna\n" + email("nobody") + ";Nobody\n" + email("pierre")
                        + ";Pierre\n" + email("bert") + ";Bert\n=cmd|' /C calc'!A0;X\n"));

        assertEquals(
                Map.of(
                        3,
                        "import.error.noAccount",
                        4,
                        "import.error.noAccount",
                        5,
                        "import.error.alreadyRegistered",
                        6,
                        "import.error.formula"),
                reasons(preview),
                "no account and another country's account read alike");
        ImportPreview.Line nobody = preview.lines().get(1);
        ImportPreview.Line pierre = preview.lines().get(2);
        assertEquals(
                List.of(nobody.field(), nobody.reasonKey(), List.of(nobody.arguments())),
                List.of(pierre.field(), pierre.reasonKey(), List.of(pierre.arguments())));
        assertEquals(1, preview.good().size());
        assertEquals("anna", preview.good().get(0).displayName());
        assertEquals(1, preview.seated());
        assertEquals(0, preview.waiting());
    }

    @Test
    void aPreviewSavesNothing() {
        Seminar seminar = seminar(10);
        participant("anna", Country.AT);
        ImportPreview preview = imports.preview(COORDINATOR_AT, seminar.getId(), csv("email\n" + email("anna") + "\n"));
        assertEquals(1, preview.good().size());
        assertTrue(registrations.ofSeminar(COORDINATOR_AT, seminar.getId()).isEmpty());
    }

    @Test
    void confirmingSeatsTheGoodRowsThenFillsTheWaitingList() {
        Seminar seminar = seminar(2);
        for (String name : List.of("anna", "bert", "carla")) {
            participant(name, Country.AT);
        }
        byte[] file = csv("email\n" + email("anna") + "\n" + email("bert") + "\n" + email("nobody") + "\n"
                + email("carla") + "\n");
        ImportPreview preview = imports.preview(COORDINATOR_AT, seminar.getId(), file);
        assertEquals(2, preview.seated());
        assertEquals(1, preview.waiting());

        imports.confirm(COORDINATOR_AT, seminar.getId(), file);

        Map<Long, RegistrationStatus> statuses = registrations.ofSeminar(COORDINATOR_AT, seminar.getId()).stream()
                .collect(Collectors.toMap(Registration::getAccountId, Registration::getStatus));
        assertEquals(3, statuses.size(), "the bad row is left out, the good ones registered");
        assertEquals(2, registrations.seatsTaken(seminar.getId()));
        assertEquals(1, registrations.waiting(seminar.getId()));
        assertTrue(registrations.ofSeminar(COORDINATOR_AT, seminar.getId()).stream()
                .allMatch(r -> r.getChannel() == RegistrationChannel.IMPORT));

        ImportPreview again = imports.preview(COORDINATOR_AT, seminar.getId(), file);
        assertEquals(0, again.good().size(), "importing the same file again registers no one twice");
    }

    @Test
    void anotherCountrysCoordinatorIsRefusedAndLearnsNothing() {
        Seminar seminar = seminar(10);
        participant("anna", Country.AT);
        assertThrows(
                AccessDeniedException.class,
                () -> imports.preview(COORDINATOR_FR, seminar.getId(), csv("email\n" + email("anna") + "\n")));
        assertThrows(
                AccessDeniedException.class,
                () -> imports.confirm(COORDINATOR_FR, seminar.getId(), csv("email\n" + email("anna") + "\n")));
        assertTrue(registrations.ofSeminar(COORDINATOR_AT, seminar.getId()).isEmpty());
    }
}
