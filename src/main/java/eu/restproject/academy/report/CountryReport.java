package eu.restproject.academy.report;

import eu.restproject.academy.people.Country;
import java.time.LocalDate;
import java.util.List;

/**
 * Attendance in one country (or, for the admin, all countries) over a period: one line per seminar
 * with a session in the period, counting only those sessions, and one line per country. A person
 * who took part in two seminars counts twice among a country's participants: the figure is of
 * seminar participations, which is what funders ask for.
 */
public record CountryReport(
        Country country, LocalDate from, LocalDate to, List<SeminarLine> seminars, List<CountryLine> countries) {

    /** A seminar's figures within the period. */
    public record SeminarLine(
            long seminarId,
            Country country,
            String title,
            String city,
            LocalDate startsOn,
            int sessions,
            AttendanceFigures figures) {}

    /** A country's figures within the period. */
    public record CountryLine(Country country, int seminars, int sessions, AttendanceFigures figures) {}

    public CountryReport {
        seminars = List.copyOf(seminars);
        countries = List.copyOf(countries);
    }

    public CountryLine total() {
        CountryLine total = new CountryLine(null, 0, 0, AttendanceFigures.NONE);
        for (CountryLine line : countries) {
            total = new CountryLine(
                    null,
                    total.seminars() + line.seminars(),
                    total.sessions() + line.sessions(),
                    total.figures().plus(line.figures()));
        }
        return total;
    }
}
