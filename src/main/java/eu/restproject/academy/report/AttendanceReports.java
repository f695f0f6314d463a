package eu.restproject.academy.report;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.seminar.AttendanceMark;
import eu.restproject.academy.seminar.AttendanceMarks;
import eu.restproject.academy.seminar.Registration;
import eu.restproject.academy.seminar.Registrations;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarAccess;
import eu.restproject.academy.seminar.SeminarSession;
import eu.restproject.academy.seminar.Seminars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Attendance reports within the caller's country scope: trainers and coordinators see their own
 * country's seminars, the admin every country; another country's seminar is refused, never shown
 * empty. A report reads everything it needs in a fixed number of queries (registrations, marks and
 * accounts of all its seminars at once), however many rows it has.
 *
 * <p>The people of a seminar are those holding a seat plus anyone with a mark at one of its
 * sessions, so that someone who attended and withdrew later still counts for the hours delivered.
 *
 * <p>Someone who has moved to another country since keeps their marks here (the figures stay
 * right), but trainers and coordinators see them without name and e-mail, as "now registered in
 * another country": they see only their own country's personal data, and a person's country is
 * their current one, the same rule that refuses them that person's profile.
 */
@ApplicationScoped
public class AttendanceReports {

    @Inject
    private Seminars seminars;

    @Inject
    private Registrations registrations;

    @Inject
    private AttendanceMarks attendanceMarks;

    @Inject
    private Accounts accounts;

    public SeminarReport seminar(Caller caller, long seminarId, Language language) {
        Seminar seminar = seminars.get(caller, seminarId);
        return SeminarReport.of(seminar, seminar.title(language), rows(caller, List.of(seminar), s -> true, language));
    }

    /** The sign-in sheet of a session: its seminar's seated participants by name. */
    public SignInSheet sheet(Caller caller, long sessionId, Language language) {
        SeminarSession session = seminars.getSession(sessionId);
        Seminar seminar = session.getSeminar();
        SeminarAccess.requireSee(caller, seminar);
        List<Long> seated = registrations.seated(List.of(seminar.getId())).stream()
                .map(Registration::getAccountId)
                .toList();
        Map<Long, Account> people = accounts.byIds(union(seated, seminar.getTrainerIds()));
        List<SignInSheet.Signer> signers = seated.stream()
                .map(people::get)
                .sorted(byName(caller))
                .map(a -> new SignInSheet.Signer(a.getId(), nameFor(caller, a, language), a.getProfession()))
                .toList();
        List<String> trainers = seminar.getTrainerIds().stream()
                .map(people::get)
                .filter(a -> a != null)
                .sorted(byName(caller))
                .map(Account::getDisplayName)
                .toList();
        return new SignInSheet(session, seminar.title(language), trainers, signers);
    }

    /**
     * A country's seminars with a session from {@code from} to {@code to} (both included); cancelled
     * seminars are left out. {@code country} null means the caller's own, or all countries for the admin.
     */
    public CountryReport country(Caller caller, Country country, LocalDate from, LocalDate to, Language language) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new InvalidInputException("to", "report.error.period");
        }
        List<Seminar> inScope = seminars.forStaff(caller, country);
        Country shown = country != null || caller.has(Role.ADMIN) ? country : caller.country();
        Predicate<SeminarSession> inPeriod =
                s -> !s.getHeldOn().isBefore(from) && !s.getHeldOn().isAfter(to);
        List<Seminar> held = inScope.stream()
                .filter(s -> !s.isCancelled())
                .filter(s -> s.getSessions().stream().anyMatch(inPeriod))
                .toList();
        Map<Long, List<AttendanceRow>> rows = rows(caller, held, inPeriod, language).stream()
                .collect(Collectors.groupingBy(AttendanceRow::seminarId));
        List<CountryReport.SeminarLine> lines = held.stream()
                .map(s -> new CountryReport.SeminarLine(
                        s.getId(),
                        s.getCountry(),
                        s.title(language),
                        s.getCity(),
                        s.getStartsOn(),
                        (int) s.getSessions().stream().filter(inPeriod).count(),
                        SeminarReport.ofPeople(rows.getOrDefault(s.getId(), List.of()))))
                .toList();
        List<Country> countries = shown != null ? List.of(shown) : List.of(Country.values());
        List<CountryReport.CountryLine> totals =
                countries.stream().map(c -> countryLine(c, lines)).toList();
        return new CountryReport(shown, from, to, lines, totals);
    }

    private static CountryReport.CountryLine countryLine(Country country, List<CountryReport.SeminarLine> lines) {
        List<CountryReport.SeminarLine> ofCountry =
                lines.stream().filter(l -> l.country() == country).toList();
        AttendanceFigures figures = ofCountry.stream()
                .map(CountryReport.SeminarLine::figures)
                .reduce(AttendanceFigures.NONE, AttendanceFigures::plus);
        return new CountryReport.CountryLine(
                country,
                ofCountry.size(),
                ofCountry.stream().mapToInt(CountryReport.SeminarLine::sessions).sum(),
                figures);
    }

    /** One row per person and session of the given seminars, the sessions in order, the people by name. */
    private List<AttendanceRow> rows(
            Caller caller, List<Seminar> of, Predicate<SeminarSession> sessionsShown, Language language) {
        if (of.isEmpty()) {
            return List.of();
        }
        Map<Long, SeminarSession> sessions = new HashMap<>();
        of.forEach(s -> s.getSessions().stream()
                .filter(sessionsShown)
                .forEach(session -> sessions.put(session.getId(), session)));
        List<AttendanceMark> marks = attendanceMarks.ofSessions(sessions.keySet());
        Map<Long, Set<Long>> people = new HashMap<>();
        registrations
                .seated(of.stream().map(Seminar::getId).toList())
                .forEach(r -> people.computeIfAbsent(r.getSeminarId(), k -> new LinkedHashSet<>())
                        .add(r.getAccountId()));
        Map<String, AttendanceMark> markOf = new HashMap<>();
        for (AttendanceMark mark : marks) {
            markOf.put(mark.getSessionId() + ":" + mark.getAccountId(), mark);
            people.computeIfAbsent(
                            sessions.get(mark.getSessionId()).getSeminar().getId(), k -> new LinkedHashSet<>())
                    .add(mark.getAccountId());
        }
        Map<Long, Account> accounts = this.accounts.byIds(
                people.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
        List<AttendanceRow> rows = new ArrayList<>();
        for (Seminar seminar : of) {
            List<Account> participants = people.getOrDefault(seminar.getId(), Set.of()).stream()
                    .map(accounts::get)
                    .sorted(byName(caller))
                    .toList();
            String title = seminar.title(language);
            for (SeminarSession session : seminar.getSessions()) {
                if (!sessions.containsKey(session.getId())) {
                    continue;
                }
                for (Account person : participants) {
                    rows.add(row(
                            seminar,
                            title,
                            session,
                            shown(caller, person, language),
                            markOf.get(session.getId() + ":" + person.getId())));
                }
            }
        }
        return rows;
    }

    /** A participant as the caller may see them: name and e-mail only of people of a country in the caller's scope. */
    private record Shown(Account account, String name, String email) {}

    private static Shown shown(Caller caller, Account person, Language language) {
        return new Shown(
                person,
                nameFor(caller, person, language),
                caller.maySeePeopleOf(person.getCountry()) ? person.getEmail() : null);
    }

    private static String nameFor(Caller caller, Account person, Language language) {
        return caller.maySeePeopleOf(person.getCountry())
                ? person.getDisplayName()
                : Messages.format(language.locale(), "report.participant.otherCountry");
    }

    private static AttendanceRow row(
            Seminar seminar, String title, SeminarSession session, Shown person, AttendanceMark mark) {
        BigDecimal hours = mark == null ? BigDecimal.ZERO : mark.creditedHours(session.getHours());
        return new AttendanceRow(
                seminar.getId(),
                title,
                session.getId(),
                session.getHeldOn(),
                session.getStartsAt(),
                session.getEndsAt(),
                seminar.getCity(),
                seminar.getVenue(),
                session.getRoom(),
                person.account().getId(),
                person.name(),
                person.email(),
                person.account().getProfession(),
                hours,
                mark == null ? null : mark.getStatus(),
                mark == null ? null : mark.getSource(),
                mark == null ? null : mark.getRemark());
    }

    private static Set<Long> union(Collection<Long> first, Collection<Long> second) {
        Set<Long> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return all;
    }

    /** By name, those the caller may not see by name last (by id, so that the order gives nothing away). */
    private static Comparator<Account> byName(Caller caller) {
        return Comparator.comparing((Account a) -> !caller.maySeePeopleOf(a.getCountry()))
                .thenComparing(a -> caller.maySeePeopleOf(a.getCountry())
                        ? a.getDisplayName().toLowerCase(Locale.ROOT)
                        : "")
                .thenComparing(Account::getId);
    }
}
