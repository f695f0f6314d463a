package eu.restproject.academy.report;

import static eu.restproject.academy.support.TestData.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.certificate.CertificateContent;
import eu.restproject.academy.certificate.Certificates;
import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.NewAccount;
import eu.restproject.academy.people.PeopleDirectory;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Profile;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.people.SignUp;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.ConflictException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.seminar.AttendanceStatus;
import eu.restproject.academy.seminar.MarkEntry;
import eu.restproject.academy.seminar.Registrations;
import eu.restproject.academy.seminar.RollCall;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarFixtures;
import eu.restproject.academy.seminar.SeminarText;
import eu.restproject.academy.seminar.Seminars;
import eu.restproject.academy.seminar.SessionDetails;
import eu.restproject.academy.support.TestData;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Reports, exports and certificates on a real database: a Moldovan seminar of two 4-hour sessions
 * with five participants. Session 1: Ana present, Bogdan late for 2.5 hours, Cristina excused,
 * Dan absent, Elena not recorded; session 2: Ana present.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceReportIT {

    private static final Caller COORDINATOR_MD =
            new Caller(-21, "coordinator.md@it.example.org", EnumSet.of(Role.COORDINATOR), Country.MD);
    private static final Caller COORDINATOR_FR =
            new Caller(-22, "coordinator.fr@it.example.org", EnumSet.of(Role.COORDINATOR), Country.FR);
    private static final Caller TRAINER_MD =
            new Caller(-23, "trainer.md@it.example.org", EnumSet.of(Role.TRAINER), Country.MD);
    private static final Caller ADMIN = new Caller(-24, "admin@it.example.org", EnumSet.of(Role.ADMIN), null);

    @Inject
    private TestData testData;

    @Inject
    private SignUp signUp;

    @Inject
    private Seminars seminars;

    @Inject
    private Registrations registrations;

    @Inject
    private RollCall rollCall;

    @Inject
    private AttendanceReports reports;

    @Inject
    private Certificates certificates;

    @Inject
    private Profile profile;

    @Inject
    private PeopleDirectory directory;

    private Seminar seminar;
    private long first;
    private long second;
    private Account ana;
    private Account bogdan;
    private Account cristina;
    private Account elena;

    @BeforeEach
    void aSeminarWithMarks() {
        testData.removeTestSeminars();
        testData.removeTestAccounts();
        LocalDate day = LocalDate.now(Country.MD.zone()).plusDays(10);
        seminar = seminars.create(
                COORDINATOR_MD,
                Country.MD,
                SeminarFixtures.details(
                        Map.of(
                                Language.EN,
                                new SeminarText("Report test seminar", ""),
                                Language.RO,
                                new SeminarText("Seminar de raport: ședere", "")),
                        "Testville-report",
                        "Sala mare",
                        day,
                        day.plusDays(1),
                        20,
                        List.of(
                                new SessionDetails(
                                        null,
                                        day,
                                        LocalTime.of(9, 0),
                                        LocalTime.of(13, 0),
                                        "1",
                                        new BigDecimal("4.00")),
                                new SessionDetails(
                                        null,
                                        day.plusDays(1),
                                        LocalTime.of(9, 0),
                                        LocalTime.of(13, 0),
                                        "2",
                                        new BigDecimal("4.00")))));
        first = seminar.getSessions().get(0).getId();
        second = seminar.getSessions().get(1).getId();
        ana = participant("report-ana", "Ana Ștefănescu", Profession.LAWYER);
        bogdan = participant("report-bogdan", "Bogdan Țurcan", Profession.SOCIAL_WORKER);
        cristina = participant("report-cristina", "Cristina Đurić", Profession.SOCIAL_WORKER);
        Account dan = participant("report-dan", "Dan Lungu", Profession.POLICE);
        elena = participant("report-elena", "Elena Popa", Profession.OTHER);
        mark(first, ana, new MarkEntry(AttendanceStatus.PRESENT, null, null, null));
        mark(first, bogdan, new MarkEntry(AttendanceStatus.LATE, new BigDecimal("2.5"), null, "=cmd|' /C calc'!A0"));
        mark(first, cristina, new MarkEntry(AttendanceStatus.EXCUSED, null, "Court hearing", null));
        mark(first, dan, new MarkEntry(AttendanceStatus.ABSENT, null, null, null));
        mark(second, ana, MarkEntry.of(AttendanceStatus.PRESENT));
    }

    @AfterEach
    void cleanUp() {
        testData.removeTestSeminars();
        testData.removeTestAccounts();
    }

    @Test
    void theSeminarsFiguresAndRows() {
        SeminarReport report = reports.seminar(TRAINER_MD, seminar.getId(), Language.RO);
        assertEquals("Seminar de raport: ședere", report.title());
        assertEquals(new AttendanceFigures(5, 2, new BigDecimal("10.50")), report.figures());
        assertEquals(Optional.of(new BigDecimal("40.0")), report.figures().rate());
        assertEquals(
                new AttendanceFigures(5, 2, new BigDecimal("6.50")),
                report.sessions().get(0).figures());
        assertEquals(
                new AttendanceFigures(5, 1, new BigDecimal("4.00")),
                report.sessions().get(1).figures());
        assertEquals(
                List.of(Profession.LAWYER, Profession.SOCIAL_WORKER, Profession.POLICE),
                report.professions().stream()
                        .map(ProfessionFigures::profession)
                        .toList()
                        .subList(0, 3));
        assertEquals(
                new AttendanceFigures(2, 1, new BigDecimal("2.50")),
                report.professions().get(1).figures());
        assertEquals(Profession.OTHER, report.professions().get(3).profession());

        assertEquals(10, report.rows().size(), "five people times two sessions");
        List<String> names =
                report.rows().subList(0, 5).stream().map(AttendanceRow::name).toList();
        assertEquals(List.of("Ana Ștefănescu", "Bogdan Țurcan", "Cristina Đurić", "Dan Lungu", "Elena Popa"), names);
        AttendanceRow late = report.rows().get(1);
        assertEquals(AttendanceStatus.LATE, late.status());
        assertEquals(0, new BigDecimal("2.5").compareTo(late.creditedHours()));
        assertEquals(email("report-bogdan"), late.email());
        assertEquals("Testville-report", late.city());
        assertEquals(AttendanceStatus.EXCUSED, report.rows().get(2).status());
        assertEquals(0, report.rows().get(2).creditedHours().signum());
        assertNull(report.rows().get(4).status(), "not recorded");
        assertNull(report.rows().get(6).status(), "Bogdan has no mark at the second session");

        String csv = new String(
                AttendanceExport.write(report, Locale.ENGLISH, AttendanceExport.Format.CSV), StandardCharsets.UTF_8);
        assertTrue(
                csv.contains(",Bogdan Țurcan," + email("report-bogdan")
                        + ",Social worker,2.50,Late,'=cmd|' /C calc'!A0\r\n"),
                csv);
        assertTrue(csv.contains(",Elena Popa," + email("report-elena") + ",Other,0,Not recorded,\r\n"), csv);
        assertTrue(new String(AttendanceReportPdf.write(report, Language.RO), StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));

        SignInSheet sheet = reports.sheet(COORDINATOR_MD, first, Language.RO);
        assertEquals(
                names,
                sheet.participants().stream().map(SignInSheet.Signer::name).toList());
        assertTrue(new String(SignInSheetPdf.write(sheet, Language.RO, "http://localhost"), StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
    }

    @Test
    void someoneWhoMovedKeepsTheirMarksButNotTheirNameInTheOldCountry() {
        profile.update(Caller.of(bogdan), "Bogdan Țurcan", Profession.SOCIAL_WORKER, Language.RO, Country.FR);
        assertThrows(AccessDeniedException.class, () -> directory.person(COORDINATOR_MD, bogdan.getId()));

        SeminarReport report = reports.seminar(TRAINER_MD, seminar.getId(), Language.RO);
        assertEquals(new AttendanceFigures(5, 2, new BigDecimal("10.50")), report.figures(), "the figures stay right");
        List<String> names =
                report.rows().subList(0, 5).stream().map(AttendanceRow::name).toList();
        assertEquals(
                List.of(
                        "Ana Ștefănescu",
                        "Cristina Đurić",
                        "Dan Lungu",
                        "Elena Popa",
                        "Participant înregistrat acum în altă țară"),
                names,
                "named people first, the one who moved last and without name");
        AttendanceRow moved = report.rows().get(4);
        assertEquals(bogdan.getId(), moved.accountId());
        assertNull(moved.email());
        assertEquals(AttendanceStatus.LATE, moved.status());

        String csv = new String(
                AttendanceExport.write(report, Locale.ENGLISH, AttendanceExport.Format.CSV), StandardCharsets.UTF_8);
        assertFalse(csv.contains("Bogdan") || csv.contains(email("report-bogdan")), csv);
        assertTrue(csv.contains(",Participant înregistrat acum în altă țară,,Social worker,2.50,Late,"), csv);
        assertFalse(reports.sheet(COORDINATOR_MD, first, Language.RO).participants().stream()
                .anyMatch(p -> p.name().contains("Bogdan")));

        assertTrue(
                reports.seminar(ADMIN, seminar.getId(), Language.EN).rows().stream()
                        .anyMatch(r -> r.name().equals("Bogdan Țurcan")),
                "the admin sees every country");
    }

    @Test
    void aCountryOverAPeriod() {
        LocalDate day = seminar.getStartsOn();
        CountryReport md = reports.country(COORDINATOR_MD, null, day, day, Language.EN);
        assertEquals(Country.MD, md.country());
        CountryReport.SeminarLine line = md.seminars().stream()
                .filter(s -> s.seminarId() == seminar.getId())
                .findFirst()
                .orElseThrow();
        assertEquals(1, line.sessions(), "only the first session lies in the period");
        assertEquals(new AttendanceFigures(5, 2, new BigDecimal("6.50")), line.figures());
        assertEquals(
                List.of(Country.MD),
                md.countries().stream().map(CountryReport.CountryLine::country).toList());

        CountryReport all = reports.country(ADMIN, null, day, day.plusDays(1), Language.EN);
        assertEquals(
                List.of(Country.values()),
                all.countries().stream().map(CountryReport.CountryLine::country).toList());
        assertTrue(all.countries().get(Country.MD.ordinal()).figures().hours().compareTo(new BigDecimal("10.5")) >= 0);

        assertRefused(
                "report.error.period",
                () -> reports.country(COORDINATOR_MD, Country.MD, day.plusDays(1), day, Language.EN));
    }

    @Test
    void anotherCountrysCoordinatorIsRefusedEverywhere() {
        long id = seminar.getId();
        assertRefused("error.access.otherCountry", () -> reports.seminar(COORDINATOR_FR, id, Language.FR));
        assertRefused("error.access.otherCountry", () -> reports.sheet(COORDINATOR_FR, first, Language.FR));
        assertRefused(
                "error.access.otherCountry",
                () -> reports.country(
                        COORDINATOR_FR, Country.MD, seminar.getStartsOn(), seminar.getEndsOn(), Language.FR));
        assertRefused("error.access.otherCountry", () -> certificates.issue(COORDINATOR_FR, id, ana.getId()));
        Caller participant = Caller.of(bogdan);
        assertRefused("certificate.error.notYours", () -> certificates.issue(participant, id, ana.getId()));
        assertRefused("seminar.error.notCoordinator", () -> certificates.issue(TRAINER_MD, id, ana.getId()));
        assertRefused("error.access.otherCountry", () -> reports.seminar(participant, id, Language.RO));
        assertEquals(5, reports.seminar(ADMIN, id, Language.EN).figures().registered());
    }

    @Test
    void aCertificateIsIssuedOnceVerifiedAndFollowsAttendance() {
        CertificateContent issued = certificates.issue(Caller.of(bogdan), seminar.getId());
        assertTrue(issued.code().matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), issued.code());
        assertEquals(0, new BigDecimal("2.5").compareTo(issued.hours()));
        assertEquals("Bogdan Țurcan", issued.participant());

        CertificateContent verified = certificates
                .verify(issued.code().toLowerCase(Locale.ROOT).replace("-", " "))
                .orElseThrow();
        assertEquals(issued.code(), verified.code());
        assertEquals("Testville-report", verified.city());

        mark(second, bogdan, MarkEntry.of(AttendanceStatus.PRESENT));
        CertificateContent again = certificates.issue(COORDINATOR_MD, seminar.getId(), bogdan.getId());
        assertEquals(issued.code(), again.code(), "one certificate per person and seminar");
        assertEquals(issued.issuedAt(), again.issuedAt());
        assertEquals(0, new BigDecimal("6.5").compareTo(again.hours()));
        assertEquals(
                0,
                new BigDecimal("6.5")
                        .compareTo(
                                certificates.verify(issued.code()).orElseThrow().hours()));

        assertTrue(certificates.verify("ABCD-EFGH-JKMN").isEmpty());
        assertTrue(certificates.verify("not a code").isEmpty());
        assertTrue(certificates.verify("").isEmpty());
        mark(first, bogdan, MarkEntry.of(AttendanceStatus.ABSENT));
        mark(second, bogdan, MarkEntry.of(AttendanceStatus.ABSENT));
        assertTrue(certificates.verify(issued.code()).isEmpty(), "no hours left: it no longer verifies");
    }

    @Test
    void noCertificateWithoutAttendance() {
        assertRefused("certificate.error.noAttendance", () -> certificates.issue(Caller.of(cristina), seminar.getId()));
        assertRefused("certificate.error.noAttendance", () -> certificates.issue(Caller.of(elena), seminar.getId()));
        assertRefused("seminar.error.notFound", () -> certificates.issue(Caller.of(elena), -5));
    }

    private static void assertRefused(String messageKey, Executable action) {
        AcademyException refusal = assertThrows(AcademyException.class, action);
        assertEquals(messageKey, refusal.messageKey(), refusal.toString());
        assertTrue(refusal instanceof AccessDeniedException
                || refusal instanceof ConflictException
                || refusal instanceof InvalidInputException
                || refusal instanceof eu.restproject.academy.platform.NotFoundException);
    }

    private Account participant(String localPart, String name, Profession profession) {
        Account account = signUp.register(
                        new NewAccount(email(localPart), name, Country.MD, profession, Language.RO),
                        "violet harbour lantern",
                        true)
                .orElseThrow();
        registrations.add(COORDINATOR_MD, seminar.getId(), account.getEmail());
        return account;
    }

    private void mark(long session, Account person, MarkEntry entry) {
        rollCall.set(COORDINATOR_MD, session, person.getId(), entry);
    }
}
