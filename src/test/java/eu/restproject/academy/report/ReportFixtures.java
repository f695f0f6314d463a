package eu.restproject.academy.report;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.seminar.AttendanceStatus;
import eu.restproject.academy.seminar.MarkSource;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarFixtures;
import eu.restproject.academy.seminar.SeminarSession;
import eu.restproject.academy.seminar.SeminarText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Moldovan seminar of two sessions with three participants whose names need Romanian and Serbian
 * letters, and a remark that a spreadsheet would run as a formula.
 */
final class ReportFixtures {

    static final String FORMULA = "=cmd|' /C calc'!A0";

    static final Seminar SEMINAR = SeminarFixtures.seminar(
            7,
            Country.MD,
            "Chișinău",
            Map.of(
                    Language.EN,
                    new SeminarText("Residence rights of trafficked persons", ""),
                    Language.RO,
                    new SeminarText("Dreptul de ședere al victimelor traficului", "")),
            LocalDate.of(2026, 3, 14),
            LocalDate.of(2026, 3, 15));

    private ReportFixtures() {}

    /** Ștefan present at both, Țurcan late with 2.5 hours then absent, Đorđević without marks. */
    static SeminarReport report() {
        List<SeminarSession> sessions = SEMINAR.getSessions();
        List<AttendanceRow> rows = new ArrayList<>();
        // In the order the service gives them: sessions in turn, people by name.
        rows.add(row(
                sessions.get(0), 2, "Ana Țurcan", Profession.SOCIAL_WORKER, "2.50", AttendanceStatus.LATE, FORMULA));
        rows.add(row(sessions.get(0), 3, "Đorđe Čačić-Šćekić", null, "0", null, null));
        rows.add(row(sessions.get(0), 1, "Ștefan Ionescu", Profession.LAWYER, "4.00", AttendanceStatus.PRESENT, null));
        rows.add(row(
                sessions.get(1), 2, "Ana Țurcan", Profession.SOCIAL_WORKER, "0", AttendanceStatus.ABSENT, "@SUM(1)"));
        rows.add(row(sessions.get(1), 3, "Đorđe Čačić-Šćekić", null, "0", AttendanceStatus.EXCUSED, "\t+1"));
        rows.add(
                row(sessions.get(1), 1, "Ștefan Ionescu", Profession.LAWYER, "4.00", AttendanceStatus.PRESENT, "-1+2"));
        return SeminarReport.of(SEMINAR, SEMINAR.title(Language.EN), rows);
    }

    private static AttendanceRow row(
            SeminarSession session,
            long accountId,
            String name,
            Profession profession,
            String hours,
            AttendanceStatus status,
            String remark) {
        return new AttendanceRow(
                SEMINAR.getId(),
                SEMINAR.title(Language.EN),
                session.getId(),
                session.getHeldOn(),
                session.getStartsAt(),
                session.getEndsAt(),
                SEMINAR.getCity(),
                SEMINAR.getVenue(),
                session.getRoom(),
                accountId,
                name,
                "p" + accountId + "@example.org",
                profession,
                new BigDecimal(hours),
                status,
                status == null ? null : MarkSource.ROLL_CALL,
                remark);
    }
}
