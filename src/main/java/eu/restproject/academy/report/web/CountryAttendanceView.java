package eu.restproject.academy.report.web;

import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.platform.i18n.Readable;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.report.AttendanceFigures;
import eu.restproject.academy.report.AttendanceReports;
import eu.restproject.academy.report.CountryReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Attendance of a country over a period, for staff: the choice (country, from, to) is in the
 * address, sent by a plain GET form, so that it can be bookmarked. Without dates the current
 * calendar year is shown. The admin may choose any country or all; others see their own, and
 * another country in the address is refused by the service.
 */
@Named
@RequestScoped
public class CountryAttendanceView {

    private String country;
    private String from;
    private String to;

    private CountryReport report;
    private String chart;
    private Language language;

    @Inject
    private AttendanceReports reports;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    public void load() {
        language = languagePreference.getLanguage();
        Caller caller = currentCaller.get();
        int year = LocalDate.now(
                        caller.country() == null
                                ? java.time.ZoneOffset.UTC
                                : caller.country().zone())
                .getYear();
        try {
            LocalDate start = date(from, "from", LocalDate.of(year, 1, 1));
            LocalDate end = date(to, "to", LocalDate.of(year, 12, 31));
            from = start.toString();
            to = end.toString();
            report = reports.country(caller, country(), start, end, language);
            chart = AttendanceChart.json(
                    bars(), message("report.figures.registered"), message("report.figures.attended"));
        } catch (AcademyException refusal) {
            report = null;
            FacesMessages.error(refusal.messageKey(), refusal.arguments());
        }
    }

    /** A bar per country for all countries, else a bar per seminar. */
    private List<AttendanceChart.Bar> bars() {
        if (report.country() == null) {
            return report.countries().stream()
                    .map(c -> new AttendanceChart.Bar(
                            message(c.country().messageKey()),
                            c.figures().registered(),
                            c.figures().attended()))
                    .toList();
        }
        return report.seminars().stream()
                .map(s -> new AttendanceChart.Bar(
                        s.startsOn() + " " + s.city(),
                        s.figures().registered(),
                        s.figures().attended()))
                .toList();
    }

    private Country country() {
        if (country == null || country.isBlank()) {
            return null;
        }
        return Country.fromCode(country)
                .orElseThrow(() -> new InvalidInputException("country", "error.country.unknown", country));
    }

    private static LocalDate date(String text, String field, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "report.error.date", text);
        }
    }

    public String rate(AttendanceFigures figures) {
        return ReportFormat.rate(figures);
    }

    public String hours(BigDecimal hours) {
        return Readable.hours(hours);
    }

    public boolean isAdmin() {
        return currentCaller.isAdmin();
    }

    public Country getOwnCountry() {
        return currentCaller.find().map(Caller::country).orElse(null);
    }

    public Country[] getCountries() {
        return Country.values();
    }

    private String message(String key) {
        return Messages.format(language.locale(), key);
    }

    public CountryReport getReport() {
        return report;
    }

    public String getChart() {
        return chart;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
